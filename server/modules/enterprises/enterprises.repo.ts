import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import { likePattern, paginate } from '../../db/paging';
import type { Db } from '../../db/tx';
import type { ListQuery } from '../../lib/paging';
import { xdb, type EnterprisesTable } from './enterprises.tables';

/** Kysely queries for enterprises, their contacts and linked users. */

export interface EnterpriseRefRow {
  id: string;
  name: string;
  markets: string[];
  area_id: string | null;
  area_name: string | null;
}

export async function refs(db: Db, ids: readonly string[]): Promise<EnterpriseRefRow[]> {
  if (ids.length === 0) return [];
  return xdb(db)
    .selectFrom('enterprises as e')
    .leftJoin('areas as a', 'a.id', 'e.area_id')
    .select(['e.id', 'e.name', 'e.markets', 'e.area_id', 'a.name as area_name'])
    .where('e.id', 'in', [...new Set(ids)])
    .execute();
}

export type EnterpriseRow = Selectable<EnterprisesTable> & {
  area_name: string | null;
  partner_name: string | null;
  has_logo: boolean;
};

const withNames = (db: Db) =>
  xdb(db)
    .selectFrom('enterprises as e')
    .leftJoin('areas as a', 'a.id', 'e.area_id')
    .leftJoin('partners as p', 'p.id', 'e.partner_id')
    .selectAll('e')
    .select(['a.name as area_name', 'p.name as partner_name'])
    .select((eb) =>
      eb
        .exists(
          eb.selectFrom('enterprise_logos as l').select('l.enterprise_id').whereRef('l.enterprise_id', '=', 'e.id'),
        )
        .$castTo<boolean>()
        .as('has_logo'),
    );

export async function getEnterprise(db: Db, id: string, forUpdate = false): Promise<EnterpriseRow | undefined> {
  const q = withNames(db).where('e.id', '=', id);
  return (forUpdate ? q.forUpdate('e') : q).executeTakeFirst();
}

export async function insertEnterprise(db: Db, row: Insertable<EnterprisesTable>): Promise<string> {
  return (await xdb(db).insertInto('enterprises').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

/** Updates only if the version still matches; returns false when someone else changed it first. */
export async function updateEnterprise(
  db: Db,
  id: string,
  version: number,
  patch: Updateable<EnterprisesTable>,
): Promise<boolean> {
  const res = await xdb(db)
    .updateTable('enterprises')
    .set({ ...patch, version: sql`version + 1`, updated_at: new Date() })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** An enterprise with the same name (any case) in the same ward, other than `except`. */
export async function findDuplicate(db: Db, name: string, areaId: string | null, except?: string) {
  let q = withNames(db).where('e.name_key', '=', name.trim().toLowerCase());
  q = areaId ? q.where('e.area_id', '=', areaId) : q.where('e.area_id', 'is', null);
  if (except) q = q.where('e.id', '<>', except);
  return q.executeTakeFirst();
}

export interface DirectoryFilter {
  words?: readonly string[];
  market?: string | undefined;
  legalForm?: string | undefined;
  stage?: string | undefined;
  areaId?: string | null | undefined;
  status?: string | undefined;
  listed?: boolean | undefined;
}
export type EnterpriseSort = 'name' | 'localJobs' | 'updatedAt';
const sortColumns: Record<EnterpriseSort, string> = {
  name: 'e.name_key',
  localJobs: 'e.local_jobs',
  updatedAt: 'e.updated_at',
};

/** One page of enterprises matching every filter; words each match the trigram-indexed search text. */
export async function searchEnterprises(db: Db, filter: DirectoryFilter, query: ListQuery<EnterpriseSort>) {
  let q = withNames(db);
  for (const word of filter.words ?? []) q = q.where('e.search_text', 'ilike', likePattern(word));
  if (filter.market) q = q.where('e.markets', '@>', sql<string[]>`array[${filter.market}]::text[]`);
  if (filter.legalForm) q = q.where('e.legal_form', '=', filter.legalForm);
  if (filter.stage) q = q.where('e.stage', '=', filter.stage);
  if (filter.areaId) q = q.where('e.area_id', '=', filter.areaId);
  if (filter.status) q = q.where('e.status', '=', filter.status);
  if (filter.listed !== undefined) q = q.where('e.listed_publicly', '=', filter.listed);
  return paginate(q, query, sortColumns, 'e.id');
}

export async function listContacts(db: Db, enterpriseId: string) {
  return xdb(db)
    .selectFrom('enterprise_contacts')
    .select(['name', 'role', 'email', 'phone'])
    .where('enterprise_id', '=', enterpriseId)
    .orderBy('position')
    .execute();
}

export async function replaceContacts(
  db: Db,
  enterpriseId: string,
  contacts: readonly { name: string; role: string; email: string | null; phone: string | null }[],
) {
  await xdb(db).deleteFrom('enterprise_contacts').where('enterprise_id', '=', enterpriseId).execute();
  if (contacts.length === 0) return;
  await xdb(db)
    .insertInto('enterprise_contacts')
    .values(contacts.map((c, position) => ({ ...c, enterprise_id: enterpriseId, position })))
    .execute();
}

export async function listUsers(db: Db, enterpriseId: string) {
  return xdb(db)
    .selectFrom('enterprise_users as eu')
    .innerJoin('users as u', 'u.id', 'eu.user_id')
    .select(['u.id', 'u.display_name', 'u.email'])
    .where('eu.enterprise_id', '=', enterpriseId)
    .orderBy('u.display_name')
    .execute();
}

export async function isLinked(db: Db, enterpriseId: string, userId: string): Promise<boolean> {
  const row = await xdb(db)
    .selectFrom('enterprise_users')
    .select('user_id')
    .where('enterprise_id', '=', enterpriseId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row !== undefined;
}

export async function linkUser(db: Db, enterpriseId: string, userId: string) {
  await xdb(db)
    .insertInto('enterprise_users')
    .values({ enterprise_id: enterpriseId, user_id: userId })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export async function linkedEnterpriseIds(db: Db, userId: string): Promise<string[]> {
  const rows = await xdb(db)
    .selectFrom('enterprise_users')
    .select('enterprise_id')
    .where('user_id', '=', userId)
    .execute();
  return rows.map((r) => r.enterprise_id);
}

export async function areaName(db: Db, areaId: string | null): Promise<string | null | undefined> {
  if (!areaId) return null;
  const row = await xdb(db).selectFrom('areas').select('name').where('id', '=', areaId).executeTakeFirst();
  return row?.name;
}

export async function userRole(db: Db, userId: string): Promise<string | null> {
  const row = await xdb(db).selectFrom('users').select('role').where('id', '=', userId).executeTakeFirst();
  return row?.role ?? null;
}

export async function userIdByEmail(db: Db, email: string): Promise<string | null> {
  const row = await xdb(db)
    .selectFrom('users')
    .select('id')
    .where('email', '=', email.toLowerCase())
    .executeTakeFirst();
  return row?.id ?? null;
}
