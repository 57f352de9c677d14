import type { Db } from '../../db/tx';

/** The imports table: one row per uploaded file, from dry run to commit. */

export interface NewJob {
  kind: string;
  format: string;
  filename: string;
  status: string;
  total_rows: number;
  content: string;
  partner_id: string | null;
  created_by: string | null;
}

export interface JobPatch {
  status?: string;
  processed_rows?: number;
  error_count?: number;
  imported_count?: number | null;
  report?: Record<string, unknown>;
  content?: string | null;
  finished_at?: Date | null;
}

const viewColumns = [
  'id',
  'kind',
  'format',
  'filename',
  'status',
  'total_rows',
  'processed_rows',
  'error_count',
  'imported_count',
  'report',
  'partner_id',
  'created_by',
  'created_at',
  'updated_at',
  'finished_at',
] as const;

export const insertJob = (db: Db, job: NewJob) =>
  db
    .insertInto('imports')
    .values({ ...job, report: JSON.stringify({}), updated_at: new Date() })
    .returning(viewColumns)
    .executeTakeFirstOrThrow();

export type JobRow = Awaited<ReturnType<typeof insertJob>>;

export const findJob = (db: Db, id: string) =>
  db.selectFrom('imports').select(viewColumns).where('id', '=', id).executeTakeFirst();

export const jobContent = async (db: Db, id: string): Promise<string | null> =>
  (await db.selectFrom('imports').select('content').where('id', '=', id).executeTakeFirst())?.content ?? null;

export async function updateJob(db: Db, id: string, patch: JobPatch): Promise<JobRow | undefined> {
  const { report, ...rest } = patch;
  return db
    .updateTable('imports')
    .set({ ...rest, ...(report ? { report: JSON.stringify(report) } : {}), updated_at: new Date() })
    .where('id', '=', id)
    .returning(viewColumns)
    .executeTakeFirst();
}

/** Only a valid dry run can be committed, and only once: the status moves to importing atomically. */
export const claimForCommit = (db: Db, id: string) =>
  db
    .updateTable('imports')
    .set({ status: 'importing', processed_rows: 0, updated_at: new Date() })
    .where('id', '=', id)
    .where('status', '=', 'valid')
    .returning(viewColumns)
    .executeTakeFirst();
