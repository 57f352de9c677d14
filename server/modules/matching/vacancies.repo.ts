import { sql, type Insertable } from 'kysely';
import { likePattern } from '../../db/paging';
import type { Db } from '../../db/tx';
import type { ListQuery } from '../../lib/paging';
import { parseSort } from '../../lib/paging';
import { edb, type VacancyDetailsTable, type VacancyMatchFeaturesTable } from './matches.tables';

/** Vacancy details (band, requirements) and the vacancy match features the search reads. */

export async function insertDetails(db: Db, row: Omit<VacancyDetailsTable, 'updated_at'>): Promise<void> {
  await edb(db).insertInto('vacancy_details').values(row).execute();
}

export async function detailsOf(db: Db, ids: string[]) {
  if (ids.length === 0) return new Map<string, VacancyDetailsRow>();
  const rows = await edb(db).selectFrom('vacancy_details').selectAll().where('opportunity_id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.opportunity_id, r]));
}
export type VacancyDetailsRow = Awaited<ReturnType<typeof findDetails>> & object;

export async function findDetails(db: Db, id: string) {
  return edb(db).selectFrom('vacancy_details').selectAll().where('opportunity_id', '=', id).executeTakeFirst();
}

type FeatureRow = Insertable<VacancyMatchFeaturesTable>;
export async function upsertFeatures(db: Db, rows: FeatureRow[]): Promise<void> {
  if (rows.length === 0) return;
  await edb(db)
    .insertInto('vacancy_match_features')
    .values(rows)
    .onConflict((oc) =>
      oc.column('opportunity_id').doUpdateSet((eb) => ({
        partner_id: eb.ref('excluded.partner_id'),
        title: eb.ref('excluded.title'),
        status: eb.ref('excluded.status'),
        quantity: eb.ref('excluded.quantity'),
        occupation_codes: eb.ref('excluded.occupation_codes'),
        band: eb.ref('excluded.band'),
        registration: eb.ref('excluded.registration'),
        dbs: eb.ref('excluded.dbs'),
        paid: eb.ref('excluded.paid'),
        cefr: eb.ref('excluded.cefr'),
        lat: eb.ref('excluded.lat'),
        lng: eb.ref('excluded.lng'),
        closes_on: eb.ref('excluded.closes_on'),
        refreshed_at: new Date(),
      })),
    )
    .execute();
}

export type VacancySort = 'title' | 'closesOn' | 'band' | 'quantity';
const sortColumns = { title: 'title', closesOn: 'closes_on', band: 'band', quantity: 'quantity' } as const;

export interface VacancyFilter {
  partnerId?: string | undefined;
  occupation?: string | undefined;
  band?: number | undefined;
  status?: string | undefined;
}

export async function listVacancies(db: Db, filter: VacancyFilter, query: ListQuery<VacancySort>) {
  let q = edb(db).selectFrom('vacancy_match_features as v');
  if (filter.partnerId) q = q.where('v.partner_id', '=', filter.partnerId);
  if (filter.occupation) q = q.where(sql<boolean>`${filter.occupation} = any(v.occupation_codes)`);
  if (filter.band !== undefined) q = q.where('v.band', '=', filter.band);
  if (filter.status) q = q.where('v.status', '=', filter.status);
  if (query.q) q = q.where('v.title', 'ilike', likePattern(query.q));
  const { field, direction } = parseSort(query.sort);
  const [items, total] = await Promise.all([
    q
      .selectAll('v')
      .select(sql<string | null>`v.closes_on::text`.as('closes_on_text'))
      .orderBy(sql`${sql.ref(`v.${sortColumns[field]}`)} ${sql.raw(direction)} nulls last`)
      .orderBy('v.opportunity_id')
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize)
      .execute(),
    q.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: total.n };
}
export type VacancyFeatureRow = Awaited<ReturnType<typeof listVacancies>>['items'][number];

export async function findFeatures(db: Db, id: string) {
  return edb(db)
    .selectFrom('vacancy_match_features as v')
    .selectAll('v')
    .select(sql<string | null>`v.closes_on::text`.as('closes_on_text'))
    .where('v.opportunity_id', '=', id)
    .executeTakeFirst();
}

export async function openVacancies(db: Db, partnerId: string | null) {
  let q = edb(db).selectFrom('vacancy_match_features as v').selectAll('v').where('v.status', '=', 'open');
  if (partnerId) q = q.where('v.partner_id', '=', partnerId);
  return q.execute();
}
