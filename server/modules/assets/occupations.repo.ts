import { sql } from 'kysely';
import { likePattern, paginate } from '../../db/paging';
import type { Db } from '../../db/tx';
import type { ListQuery } from '../../lib/paging';

export type OccupationSort = 'label' | 'code';

export interface OccupationRow {
  code: string;
  isco08: string;
  soc2020: string;
  sector: string;
  regulated: boolean;
  regulator: string | null;
  labels: Record<string, string>;
  synonyms: Record<string, string[]>;
  search_text: string;
}

const columns = ['code', 'isco08', 'soc2020', 'sector', 'regulated', 'regulator', 'labels'] as const;

export async function listOccupations(
  db: Db,
  query: ListQuery<OccupationSort> & { sector?: string | undefined; lang: string; normalisedQ?: string | undefined },
) {
  let qb = db
    .selectFrom('occupations')
    .select(columns)
    .select(sql<string>`coalesce(labels ->> ${query.lang}, labels ->> 'en')`.as('label'))
    // Case-insensitive order, the same on every database collation for what matters here.
    .select(sql<string>`lower(coalesce(labels ->> ${query.lang}, labels ->> 'en'))`.as('label_key'));
  if (query.sector) qb = qb.where('sector', '=', query.sector);
  if (query.q) {
    const p = likePattern(query.normalisedQ || query.q);
    qb = qb.where((eb) => eb.or([eb('search_text', 'ilike', p), eb('code', 'ilike', likePattern(query.q!))]));
  }
  return paginate(qb, query, { label: 'label_key', code: 'code' }, 'code');
}

/** Every occupation with its terms: the resolver's dictionary (some hundreds of rows). */
export const allOccupations = (db: Db) =>
  db
    .selectFrom('occupations')
    .select([...columns, 'synonyms', 'search_text'])
    .orderBy('code')
    .execute();

export const findOccupations = (db: Db, codes: readonly string[]) =>
  codes.length === 0
    ? Promise.resolve([])
    : db.selectFrom('occupations').select(['code', 'labels']).where('code', 'in', codes).execute();

export async function existingCodes(db: Db, codes: readonly string[]): Promise<Set<string>> {
  const rows = await findOccupations(db, codes);
  return new Set(rows.map((r) => r.code));
}

/** Insert or update by code, in chunks (one statement per chunk keeps parameter counts small). */
export async function upsertOccupations(db: Db, rows: OccupationRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 200) {
    const chunk = rows.slice(i, i + 200).map((r) => ({
      ...r,
      labels: JSON.stringify(r.labels),
      synonyms: JSON.stringify(r.synonyms),
    }));
    await db
      .insertInto('occupations')
      .values(chunk)
      .onConflict((oc) =>
        oc.column('code').doUpdateSet((eb) => ({
          isco08: eb.ref('excluded.isco08'),
          soc2020: eb.ref('excluded.soc2020'),
          sector: eb.ref('excluded.sector'),
          regulated: eb.ref('excluded.regulated'),
          regulator: eb.ref('excluded.regulator'),
          labels: eb.ref('excluded.labels'),
          synonyms: eb.ref('excluded.synonyms'),
          search_text: eb.ref('excluded.search_text'),
          updated_at: sql<Date>`now()`,
        })),
      )
      .execute();
  }
}

export async function recordTaxonomyVersion(db: Db, name: string, version: string): Promise<void> {
  await db
    .insertInto('taxonomy_versions')
    .values({ name, version })
    .onConflict((oc) => oc.column('name').doUpdateSet({ version, loaded_at: sql<Date>`now()` }))
    .execute();
}

export const taxonomyVersion = (db: Db, name: string) =>
  db.selectFrom('taxonomy_versions').select(['version', 'loaded_at']).where('name', '=', name).executeTakeFirst();
