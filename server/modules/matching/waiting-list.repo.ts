import type { Db } from '../../db/tx';
import { tdb } from './training.tables';

/** Kysely queries for waiting-list entries (re-exported by training.repo). */

const waiting = (db: Db) =>
  tdb(db)
    .selectFrom('training_waiting_list as w')
    .innerJoin('candidates as c', 'c.id', 'w.candidate_id')
    .innerJoin('training_programmes as p', 'p.id', 'w.programme_id')
    .select([
      'w.id',
      'w.programme_id',
      'p.slug as programme_slug',
      'p.name as programme_name',
      'w.candidate_id',
      'w.joined_on',
      'w.status',
      'c.reference',
      'c.full_name',
      'c.partner_id',
      'c.resident_id',
    ]);

export const waitingFor = (db: Db, programmeId: string) =>
  waiting(db).where('w.programme_id', '=', programmeId).where('w.status', '=', 'waiting').execute();
export type WaitingRow = Awaited<ReturnType<typeof waitingFor>>[number];

/** How many wait on each of these programmes (programmes with no one waiting are absent). */
export async function waitingCounts(db: Db, programmeIds: string[]): Promise<Map<string, number>> {
  if (programmeIds.length === 0) return new Map();
  const rows = await tdb(db)
    .selectFrom('training_waiting_list')
    .select(['programme_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('programme_id', 'in', programmeIds)
    .where('status', '=', 'waiting')
    .groupBy('programme_id')
    .execute();
  return new Map(rows.map((r) => [r.programme_id, Number(r.n)]));
}

export const waitingByToken = (db: Db, tokenHash: string) =>
  waiting(db).where('w.token_hash', '=', tokenHash).where('w.status', '=', 'waiting').executeTakeFirst();

export const entriesOfCandidate = (db: Db, candidateId: string) =>
  waiting(db).where('w.candidate_id', '=', candidateId).where('w.status', '=', 'waiting').execute();

export async function insertWaiting(
  db: Db,
  w: { programme_id: string; candidate_id: string; joined_on: string; token_hash: string },
) {
  return tdb(db).insertInto('training_waiting_list').values(w).returning('id').executeTakeFirstOrThrow();
}

export const findWaiting = (db: Db, id: string) =>
  waiting(db).where('w.id', '=', id).where('w.status', '=', 'waiting').executeTakeFirst();

export async function setToken(db: Db, id: string, tokenHash: string) {
  await tdb(db).updateTable('training_waiting_list').set({ token_hash: tokenHash }).where('id', '=', id).execute();
}

export async function closeWaiting(db: Db, programmeId: string, candidateId: string, status: 'enrolled' | 'removed') {
  await tdb(db)
    .updateTable('training_waiting_list')
    .set({ status })
    .where('programme_id', '=', programmeId)
    .where('candidate_id', '=', candidateId)
    .where('status', '=', 'waiting')
    .execute();
}
