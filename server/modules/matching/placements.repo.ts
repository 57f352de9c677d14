import { sql } from 'kysely';
import type { Db } from '../../db/tx';
import { pdb } from './pipeline.tables';

const day = (ref: string) => sql<string | null>`${sql.ref(ref)}::text`;
const startDay = (ref: string) => sql<string>`${sql.ref(ref)}::text`;

export const placementsOf = (db: Db, candidateId: string) =>
  pdb(db)
    .selectFrom('interim_placements')
    .select(['id', 'candidate_id', 'provider', 'role', 'hours_per_week', 'status', 'notes', 'version', 'updated_at'])
    .select([startDay('starts_on').as('starts_on'), day('ends_on').as('ends_on')])
    .where('candidate_id', '=', candidateId)
    .orderBy('starts_on', 'desc')
    .orderBy('id')
    .execute();
export type PlacementRow = Awaited<ReturnType<typeof placementsOf>>[number];

export const insertPlacement = (
  db: Db,
  row: {
    candidate_id: string;
    provider: string;
    role: string;
    starts_on: string;
    ends_on: string | null;
    hours_per_week: number | null;
    status: string;
    notes: string;
    created_by: string | null;
  },
) =>
  pdb(db)
    .insertInto('interim_placements')
    .values({ ...row, updated_at: new Date() })
    .returning('id')
    .executeTakeFirstOrThrow();

export async function updatePlacement(
  db: Db,
  id: string,
  candidateId: string,
  version: number,
  changes: { status?: string; ends_on?: string | null; notes?: string },
): Promise<boolean> {
  const r = await pdb(db)
    .updateTable('interim_placements')
    .set({ ...changes, version: sql`version + 1`, updated_at: new Date() } as never)
    .where('id', '=', id)
    .where('candidate_id', '=', candidateId)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export const placementExists = (db: Db, id: string, candidateId: string) =>
  pdb(db)
    .selectFrom('interim_placements')
    .select('id')
    .where('id', '=', id)
    .where('candidate_id', '=', candidateId)
    .executeTakeFirst();
