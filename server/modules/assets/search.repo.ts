import { sql } from 'kysely';
import type { Db } from '../../db/tx';
import type { Viewer } from './linking.rules';

/**
 * Trigram search, one query per type. `q <% column` (word similarity above the threshold set for the
 * transaction) is what lets PostgreSQL use the trigram GIN indexes; results are cut per type, then merged.
 * On the larger tables the best `limit` rows by word similarity are picked first, and only those are joined
 * and given a whole-title similarity: every trigram comparison costs, on PGlite especially.
 */
export interface Hit {
  id: string;
  title: string;
  ws: number;
  sim: number;
}

/**
 * For this transaction only: the word-similarity threshold `<%` uses, and no sequential scans. The planner
 * costs trigram operators as cheap, so on tables of a few thousand rows it would rather compare the query with
 * every row than read the trigram index; the index is far cheaper.
 */
export async function prepareSearch(db: Db, wordSimilarity: number): Promise<void> {
  await sql`select set_config('pg_trgm.word_similarity_threshold', ${String(wordSimilarity)}, true),
    set_config('enable_seqscan', 'off', true)`.execute(db);
}

const match = (q: string, column: string) => sql<boolean>`${q} <% ${sql.ref(column)}`;
const ws = (q: string, column: string) => sql<number>`word_similarity(${q}, ${sql.ref(column)})`.as('ws');
const sim = (q: string, column: string) => sql<number>`similarity(${q}, ${sql.ref(column)})`.as('sim');

export const macroAssets = (db: Db, q: string, limit: number) =>
  db
    .selectFrom('macro_assets as m')
    .innerJoin('partners as p', 'p.id', 'm.owner_partner_id')
    .select(['m.id', 'm.slug', 'm.name as title', 'm.kind', 'p.name as owner', ws(q, 'm.name'), sim(q, 'm.name')])
    .where(match(q, 'm.name'))
    .orderBy('ws', 'desc')
    .orderBy('sim', 'desc')
    .limit(limit)
    .execute();

/** Not cancelled; drafts only for their own partner (draftsOf) unless the caller sees every partner's. */
export function opportunities(db: Db, q: string, limit: number, draftsOf: string | null) {
  const best = db
    .selectFrom('opportunities as o')
    .select(['o.id', 'o.title', 'o.kind', 'o.status', 'o.partner_id', ws(q, 'o.title')])
    .where(match(q, 'o.title'))
    .where('o.status', '<>', 'cancelled')
    .$if(draftsOf !== null, (qb) =>
      qb.where((eb) => eb.or([eb('o.status', '<>', 'draft'), eb('o.partner_id', '=', draftsOf!)])),
    )
    .orderBy('ws', 'desc')
    .limit(limit)
    .as('t');
  return db
    .selectFrom(best)
    .innerJoin('partners as p', 'p.id', 't.partner_id')
    .select(['t.id', 't.title', 't.kind', 't.status', 'p.name as publisher', 't.ws', sim(q, 't.title')])
    .execute();
}

/**
 * Non-personal micro-assets only (the partial trigram index micro_assets_org_name_trgm): residents' assets are
 * never searched. Another partner's only when public, or partners-only for a partner role; never private or sensitive.
 */
export function microAssets(db: Db, q: string, limit: number, v: Viewer) {
  const best = db
    .selectFrom('micro_assets as m')
    .select(['m.id', 'm.name as title', 'm.kind', 'm.area_id', ws(q, 'm.name')])
    .where(match(q, 'm.name'))
    .where('m.owner_type', '<>', 'resident')
    .where('m.merged_into_id', 'is', null)
    .$if(!v.allPartners, (qb) =>
      qb.where((eb) =>
        eb.or([
          eb('m.partner_id', '=', v.partnerId),
          eb.and([
            eb('m.sensitive', '=', false),
            eb('m.visibility', 'in', v.partnerRole ? ['public', 'partners'] : ['public']),
          ]),
        ]),
      ),
    )
    .orderBy('ws', 'desc')
    .limit(limit)
    .as('t');
  return db
    .selectFrom(best)
    .leftJoin('areas as a', 'a.id', 't.area_id')
    .select(['t.id', 't.title', 't.kind', 'a.name as area', 't.ws', sim(q, 't.title')])
    .execute();
}

export const partners = (db: Db, q: string, limit: number) =>
  db
    .selectFrom('partners as p')
    .select(['p.id', 'p.slug', 'p.name as title', 'p.kind', ws(q, 'p.name'), sim(q, 'p.name')])
    .where(match(q, 'p.name'))
    .where('p.merged_into_id', 'is', null)
    .orderBy('ws', 'desc')
    .orderBy('sim', 'desc')
    .limit(limit)
    .execute();

export const areas = (db: Db, q: string, limit: number) =>
  db
    .selectFrom('areas as a')
    .select(['a.id', 'a.slug', 'a.name as title', 'a.kind', ws(q, 'a.name'), sim(q, 'a.name')])
    .where(match(q, 'a.name'))
    .orderBy('ws', 'desc')
    .orderBy('sim', 'desc')
    .limit(limit)
    .execute();

/** Over every label and synonym, one term per row (derived.occupation_terms); the best term ranks the occupation. */
export const occupations = (db: Db, q: string, limit: number) =>
  db
    .selectFrom(
      db
        .selectFrom('derived.occupation_terms as t')
        .select([
          't.code',
          sql<number>`max(word_similarity(${q}, t.term))`.as('ws'),
          sql<number>`max(similarity(${q}, t.term))`.as('sim'),
        ])
        .where(match(q, 't.term'))
        .groupBy('t.code')
        .as('m'),
    )
    .innerJoin('occupations as c', 'c.code', 'm.code')
    .select([
      'c.code as id',
      sql<string>`coalesce(c.labels->>'en', c.code)`.as('title'),
      'c.isco08',
      'c.soc2020',
      'm.ws',
      'm.sim',
    ])
    .orderBy('m.ws', 'desc')
    .orderBy('sim', 'desc')
    .limit(limit)
    .execute();
