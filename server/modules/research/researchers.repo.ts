import { sql } from 'kysely';
import type { Db } from '../../db/tx';
import { likePattern, paginate } from '../../db/paging';
import type { ListQuery } from '../../lib/paging';
import type { PartnerScope } from '../../http/policy';
import { pdb } from './researchers.tables';

export type ResearcherSort = 'name' | 'status' | 'signedUp';

export interface ResearcherFilter {
  scope: PartnerScope;
  status?: string | undefined;
  role?: string | undefined;
  partnerId?: string | undefined;
  /** a community researcher sees only their own record */
  userId?: string | undefined;
}

export interface ResearcherInsert {
  partnerId: string;
  residentId: string | null;
  userId: string | null;
  displayName: string;
  role: 'researcher' | 'community_partner';
  recruitmentEventId: string | null;
  signedUpOn?: string | undefined;
}

const sortColumn = { name: 'r.display_name', status: 'r.status', signedUp: 'r.signed_up_on' } as const;

function base(db: Db) {
  return pdb(db).selectFrom('research_researchers as r').innerJoin('partners as p', 'p.id', 'r.partner_id');
}

export const researcherColumns = [
  'r.id',
  'r.partner_id',
  'p.name as partner_name',
  'r.resident_id',
  'r.user_id',
  'r.display_name',
  'r.role',
  'r.status',
  'r.leave_reason',
  'r.left_on',
  'r.recruitment_event_id',
  'r.signed_up_on',
  'r.version',
  'r.updated_at',
] as const;

export async function listResearchers(db: Db, filter: ResearcherFilter, query: ListQuery<ResearcherSort>) {
  let q = base(db);
  if (filter.scope.kind === 'partner') q = q.where('r.partner_id', '=', filter.scope.partnerId);
  if (filter.partnerId) q = q.where('r.partner_id', '=', filter.partnerId);
  if (filter.status) q = q.where('r.status', '=', filter.status);
  if (filter.role) q = q.where('r.role', '=', filter.role);
  if (filter.userId) q = q.where('r.user_id', '=', filter.userId);
  if (query.q) q = q.where('r.display_name', 'ilike', likePattern(query.q));
  const { items, total } = await paginate(q.select(researcherColumns), query, sortColumn, 'r.id');
  return { rows: items, total };
}

export async function findResearcher(db: Db, id: string) {
  return base(db).where('r.id', '=', id).select(researcherColumns).executeTakeFirst();
}

export async function insertResearcher(db: Db, r: ResearcherInsert): Promise<string> {
  const row = await pdb(db)
    .insertInto('research_researchers')
    .values({
      partner_id: r.partnerId,
      resident_id: r.residentId,
      user_id: r.userId,
      display_name: r.displayName,
      role: r.role,
      recruitment_event_id: r.recruitmentEventId,
      ...(r.signedUpOn ? { signed_up_on: r.signedUpOn } : {}),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface StatusChange {
  status: 'active' | 'paused' | 'left';
  leaveReason: string | null;
  leftOn: string | null;
}

/** Optimistic concurrency: updates only when the version still matches; returns false otherwise. */
export async function updateResearcherStatus(db: Db, id: string, version: number, c: StatusChange) {
  const res = await pdb(db)
    .updateTable('research_researchers')
    .set({
      status: c.status,
      leave_reason: c.leaveReason,
      left_on: c.leftOn,
      version: sql`version + 1`,
      updated_at: sql`now()`,
    })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export async function activeResidentIds(db: Db, residentIds: string[]): Promise<string[]> {
  if (residentIds.length === 0) return [];
  const rows = await pdb(db)
    .selectFrom('research_researchers')
    .where('resident_id', 'in', residentIds)
    .where('status', '=', 'active')
    .where('role', '=', 'researcher')
    .select('resident_id')
    .distinct()
    .execute();
  return rows.map((r) => r.resident_id).filter((id): id is string => id !== null);
}
