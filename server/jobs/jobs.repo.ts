import { sql } from 'kysely';
import type { Db } from '../db/tx';

export interface JobRow {
  id: number;
  kind: string;
  payload: Record<string, unknown>;
  attempts: number;
  max_attempts: number;
}

export interface NewJob {
  kind: string;
  payload?: Record<string, unknown>;
  uniqueKey?: string | undefined;
  runAt?: Date | undefined;
  maxAttempts?: number | undefined;
}

/** Adds a job; with a unique key already taken, adds nothing and returns null. */
export async function insertJob(db: Db, job: NewJob): Promise<number | null> {
  const row = await db
    .insertInto('jobs')
    .values({
      kind: job.kind,
      payload: JSON.stringify(job.payload ?? {}),
      unique_key: job.uniqueKey ?? null,
      run_at: job.runAt ?? new Date(),
      max_attempts: job.maxAttempts ?? 5,
    })
    .onConflict((oc) => oc.column('unique_key').doNothing())
    .returning('id')
    .executeTakeFirst();
  return row ? Number(row.id) : null;
}

/**
 * Claims the next due job with a lease: queued and due, or running with a lease that ran out (its process died).
 * `for update skip locked` lets several app servers share one queue without taking the same job.
 */
export async function claimJob(db: Db, leaseSeconds: number): Promise<JobRow | undefined> {
  const r = await sql<JobRow>`
    update jobs set status = 'running', attempts = attempts + 1,
      locked_until = now() + make_interval(secs => ${leaseSeconds})
    where id = (
      select id from jobs
      where (status = 'queued' and run_at <= now()) or (status = 'running' and locked_until < now())
      order by run_at, id limit 1 for update skip locked)
    returning id, kind, payload, attempts, max_attempts`.execute(db);
  const row = r.rows[0];
  return row && { ...row, id: Number(row.id) };
}

export async function finishJob(db: Db, id: number): Promise<void> {
  await db
    .updateTable('jobs')
    .set({ status: 'done', finished_at: sql`now()`, locked_until: null, last_error: null })
    .where('id', '=', id)
    .execute();
}

export async function failJob(db: Db, id: number, error: string, retryInSeconds: number | null): Promise<void> {
  await db
    .updateTable('jobs')
    .set(
      retryInSeconds === null
        ? { status: 'failed', last_error: error, locked_until: null, finished_at: sql`now()` }
        : {
            status: 'queued',
            last_error: error,
            locked_until: null,
            run_at: sql`now() + make_interval(secs => ${retryInSeconds})`,
          },
    )
    .where('id', '=', id)
    .execute();
}

export const findJob = (db: Db, id: number) =>
  db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();
