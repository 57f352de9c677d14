import { sql, type SelectQueryBuilder } from 'kysely';
import type { Db } from '../../db/tx';
import type { SupplyGroup } from './linking.supply.rules';

/**
 * Larger result sets come back as one json_agg value rather than row by row: on PGlite each row costs a
 * protocol message and a parse in JavaScript, one JSON document costs one JSON.parse.
 */
export async function asJson<D, TB extends keyof D, T>(db: Db, qb: SelectQueryBuilder<D, TB, T>): Promise<T[]> {
  const row = await db
    .selectFrom(qb.as('t'))
    .select(sql<T[]>`coalesce(json_agg(t), '[]'::json)`.as('rows'))
    .executeTakeFirst();
  return row?.rows ?? [];
}

export const findMacroAssetRef = (db: Db, idOrSlug: string, byId: boolean) =>
  db
    .selectFrom('macro_assets')
    .select(['id', 'slug', 'name'])
    .where(byId ? 'id' : 'slug', '=', idOrSlug)
    .executeTakeFirst();

export const listAreaRefs = (db: Db) =>
  db
    .selectFrom('areas')
    .select(['id', 'slug', 'name', 'min_lat', 'min_lng', 'max_lat', 'max_lng'])
    .orderBy('name')
    .execute();

export type AreaRow = Awaited<ReturnType<typeof listAreaRefs>>[number];

const openOf = (db: Db, macroAssetId: string) =>
  db.selectFrom('opportunities as o').where('o.macro_asset_id', '=', macroAssetId).where('o.status', '=', 'open');

/** One page of a macro-asset's open opportunities with their occupations, soonest closing first, and how many. */
export async function openOpportunitiesPage(db: Db, macroAssetId: string, page: number, pageSize: number) {
  const total = await openOf(db, macroAssetId)
    .select(sql<number>`count(*)::int`.as('n'))
    .executeTakeFirst();
  const items = await openOf(db, macroAssetId)
    .select([
      'o.id',
      'o.title',
      'o.kind',
      'o.status',
      'o.quantity',
      'o.closes_on',
      'o.english_level',
      'o.legal_gates',
      'o.area_id',
      sql<{ code: string; label: string; isco08: string }[]>`coalesce((
        select json_agg(json_build_object('code', c.code, 'label', coalesce(c.labels->>'en', c.code), 'isco08', c.isco08)
          order by c.code)
        from opportunity_occupations oo join occupations c on c.code = oo.occupation_code
        where oo.opportunity_id = o.id), '[]'::json)`.as('occupations'),
    ])
    .orderBy('o.closes_on', (ob) => ob.asc().nullsLast())
    .orderBy('o.title')
    .orderBy('o.id')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  return { items, total: total?.n ?? 0 };
}

export async function occupationsOf(db: Db, opportunityIds: readonly string[]) {
  if (opportunityIds.length === 0) return [];
  return db
    .selectFrom('opportunity_occupations as oo')
    .innerJoin('occupations as c', 'c.code', 'oo.occupation_code')
    .select(['oo.opportunity_id', 'c.code', 'c.isco08', sql<string>`coalesce(c.labels->>'en', c.code)`.as('label')])
    .where('oo.opportunity_id', 'in', opportunityIds)
    .orderBy('c.code')
    .execute();
}

export const occupationLabels = (db: Db, codes: readonly string[]) =>
  codes.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('occupations')
        .select(['code', sql<string>`coalesce(labels->>'en', code)`.as('label')])
        .where('code', 'in', codes)
        .execute();

export interface CountRowDb {
  area_id: string | null;
  occupation_code: string | null;
  kind: string;
  n: number;
}

/** The groups as rows of (codes, kinds, idx): codes null when the group names none. */
const groupsCte = (groups: readonly SupplyGroup[]) => sql`
  select string_to_array(nullif(c, ''), ','), string_to_array(k, ','), i
  from unnest(${groups.map((g) => g.codes.join(','))}::text[], ${groups.map((g) => g.kinds.join(','))}::text[])
    with ordinality as u(c, k, i)`;

/**
 * The live micro-assets each supply group counts (linking.supply.rules inGroup: a supplying kind, and one of
 * the group's occupations unless it names none), by area. Groups with no supply are absent. Reads the
 * derived counts through micro_asset_counts_code_idx.
 */
export async function supplySums(
  db: Db,
  groups: readonly SupplyGroup[],
): Promise<{ grp: number; area_id: string | null; n: number }[]> {
  if (groups.length === 0) return [];
  // Two joins, not one with an OR, so each can use micro_asset_counts_code_idx or a kind filter.
  const result = await sql<{ rows: { grp: number; area_id: string | null; n: number }[] | null }>`
    with g(codes, kinds, idx) as (${groupsCte(groups)}),
    matched as (
      select g.idx, c.area_id, c.n from g
        join derived.micro_asset_counts c on c.occupation_code = any(g.codes) and c.kind = any(g.kinds)
        where g.codes is not null
      union all
      select g.idx, c.area_id, c.n from g
        join derived.micro_asset_counts c on c.kind = any(g.kinds)
        where g.codes is null)
    select json_agg(t) as rows from (
      select (idx - 1)::int as grp, area_id, sum(n)::int as n from matched
      where n > 0 group by 1, 2) t`.execute(db);
  return result.rows[0]?.rows ?? [];
}

export interface TrainingNeedRow {
  id: string;
  title: string;
  kind: string;
  quantity: number;
}

/**
 * Open opportunities (of one macro-asset, or all) with no local supply at all: nothing of a kind that can
 * supply them (supplyTable, from the rules), with one of their occupations (any when they name none). One
 * index probe each (micro_asset_counts_code_idx), stopping at the first count; mirrors inGroup.
 */
export async function trainingNeeds(
  db: Db,
  supplyTable: readonly (readonly [string, readonly string[]])[],
  macroAssetId: string | null,
): Promise<TrainingNeedRow[]> {
  // Distinct (kind, occupations) groups are probed once each.
  const result = await sql<{ rows: TrainingNeedRow[] | null }>`
    with sk(okind, kinds) as materialized (
      select k, string_to_array(v, ',')
      from unnest(${supplyTable.map(([k]) => k)}::text[], ${supplyTable.map(([, v]) => v.join(','))}::text[]) u(k, v)),
    o as materialized (
      select o.id, o.title, o.kind, o.quantity,
        array(select oo.occupation_code from opportunity_occupations oo where oo.opportunity_id = o.id order by 1) as codes
      from opportunities o
      where o.status = 'open' ${macroAssetId ? sql`and o.macro_asset_id = ${macroAssetId}` : sql``}),
    g as materialized (select distinct o.kind, o.codes, sk.kinds from o left join sk on sk.okind = o.kind),
    empty as (
      select g.kind, g.codes from g
      where g.kinds is null
        or (cardinality(g.codes) = 0 and not exists (select 1 from derived.micro_asset_counts c
              where c.kind = any(g.kinds) and c.n > 0))
        or (cardinality(g.codes) > 0 and not exists (select 1 from derived.micro_asset_counts c
              where c.occupation_code = any(g.codes) and c.kind = any(g.kinds) and c.n > 0)))
    select json_agg(t) as rows from (
      select o.id, o.title, o.kind, o.quantity from o join empty e on e.kind = o.kind and e.codes = o.codes
      order by o.quantity desc, o.title, o.id) t`.execute(db);
  return result.rows[0]?.rows ?? [];
}

/** Every counted row with an occupation, by area (for hidden talent). */
export const occupationCountRows = (db: Db, kinds: readonly string[]) =>
  asJson(
    db,
    db
      .selectFrom('derived.micro_asset_counts')
      .select(['area_id', 'occupation_code', 'kind', sql<number>`sum(n)::int`.as('n')])
      .where('occupation_code', 'is not', null)
      .where('kind', 'in', kinds)
      .where('n', '>', 0)
      .groupBy(['area_id', 'occupation_code', 'kind']),
  );

/** Occupation codes that some open opportunity asks for. */
export const demandedCodes = async (db: Db) =>
  (
    await db
      .selectFrom('opportunity_occupations as oo')
      .innerJoin('opportunities as o', 'o.id', 'oo.opportunity_id')
      .select('oo.occupation_code')
      .distinct()
      .where('o.status', '=', 'open')
      .execute()
  ).map((r) => r.occupation_code);
