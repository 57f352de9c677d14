import { paginate } from '../../db/paging';
import type { Db } from '../../db/tx';
import type { ListQuery } from '../../lib/paging';
import { xdb } from './enterprises.tables';

/** Kysely queries for change requests and logos. */

export async function pendingChangeId(db: Db, enterpriseId: string): Promise<string | null> {
  const row = await xdb(db)
    .selectFrom('enterprise_changes')
    .select('id')
    .where('enterprise_id', '=', enterpriseId)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return row?.id ?? null;
}

/** Stores a proposal; a second one from the enterprise replaces the pending one (one pending per enterprise). */
export async function upsertPending(
  db: Db,
  row: { enterpriseId: string; baseVersion: number; proposed: Record<string, unknown>; requestedBy: string | null },
): Promise<string> {
  const existing = await pendingChangeId(db, row.enterpriseId);
  const values = {
    base_version: row.baseVersion,
    proposed: JSON.stringify(row.proposed),
    requested_by: row.requestedBy,
    requested_at: new Date(),
  };
  if (existing) {
    await xdb(db).updateTable('enterprise_changes').set(values).where('id', '=', existing).execute();
    return existing;
  }
  const inserted = await xdb(db)
    .insertInto('enterprise_changes')
    .values({ ...values, enterprise_id: row.enterpriseId })
    .returning('id')
    .executeTakeFirstOrThrow();
  return inserted.id;
}

const changes = (db: Db) =>
  xdb(db)
    .selectFrom('enterprise_changes as c')
    .innerJoin('enterprises as e', 'e.id', 'c.enterprise_id')
    .leftJoin('users as u', 'u.id', 'c.requested_by')
    .selectAll('c')
    .select(['e.name as enterprise_name', 'e.version as enterprise_version', 'u.display_name as requested_by_name']);
export type ChangeRow = NonNullable<Awaited<ReturnType<typeof getChange>>>;

export async function getChange(db: Db, id: string, forUpdate = false) {
  const q = changes(db).where('c.id', '=', id);
  return (forUpdate ? q.forUpdate('c') : q).executeTakeFirst();
}

export async function listChanges(
  db: Db,
  filter: { status?: string | undefined; enterpriseIds?: readonly string[] | undefined },
  query: ListQuery<'requestedAt'>,
) {
  let q = changes(db);
  if (filter.status) q = q.where('c.status', '=', filter.status);
  if (filter.enterpriseIds) {
    if (filter.enterpriseIds.length === 0) return { items: [], total: 0 };
    q = q.where('c.enterprise_id', 'in', [...filter.enterpriseIds]);
  }
  return paginate(q, query, { requestedAt: 'c.requested_at' }, 'c.id');
}

export async function decideChange(
  db: Db,
  id: string,
  decision: { status: 'approved' | 'rejected'; decidedBy: string | null; note: string },
) {
  await xdb(db)
    .updateTable('enterprise_changes')
    .set({ status: decision.status, decided_by: decision.decidedBy, decided_at: new Date(), note: decision.note })
    .where('id', '=', id)
    .execute();
}

export async function putLogo(db: Db, enterpriseId: string, contentType: string, bytes: Buffer) {
  const values = { content_type: contentType, bytes, size: bytes.length, updated_at: new Date() };
  await xdb(db)
    .insertInto('enterprise_logos')
    .values({ ...values, enterprise_id: enterpriseId })
    .onConflict((oc) => oc.column('enterprise_id').doUpdateSet(values))
    .execute();
}

export async function getLogo(db: Db, enterpriseId: string) {
  return xdb(db)
    .selectFrom('enterprise_logos')
    .select(['content_type', 'bytes', 'updated_at'])
    .where('enterprise_id', '=', enterpriseId)
    .executeTakeFirst();
}

export async function hasLogo(db: Db, enterpriseId: string): Promise<boolean> {
  const row = await xdb(db)
    .selectFrom('enterprise_logos')
    .select('enterprise_id')
    .where('enterprise_id', '=', enterpriseId)
    .executeTakeFirst();
  return row !== undefined;
}
