import { sql } from 'kysely';
import type { Db } from '../../db/tx';

/** Partners as the duplicate finder, the merge and the HSDS directory see them: live rows only. */

export interface SimilarPartners {
  a_id: string;
  a_slug: string;
  a_name: string;
  a_kind: string;
  a_website: string | null;
  a_created_at: Date;
  b_id: string;
  b_slug: string;
  b_name: string;
  b_kind: string;
  b_website: string | null;
  b_created_at: Date;
  similarity: number;
}

/** Pairs of live partners whose names are at least `threshold` alike (pg_trgm), most alike first. */
export async function similarPartners(db: Db, threshold: number, limit: number): Promise<SimilarPartners[]> {
  const result = await sql<SimilarPartners>`
    select a.id as a_id, a.slug as a_slug, a.name as a_name, a.kind as a_kind, a.website as a_website,
           a.created_at as a_created_at,
           b.id as b_id, b.slug as b_slug, b.name as b_name, b.kind as b_kind, b.website as b_website,
           b.created_at as b_created_at,
           similarity(lower(a.name), lower(b.name))::float8 as similarity
    from partners a join partners b on a.id < b.id and a.name % b.name
    where a.merged_into_id is null and b.merged_into_id is null
      and similarity(lower(a.name), lower(b.name)) >= ${threshold}
    order by similarity desc, a.name, b.name
    limit ${limit}`.execute(db);
  return result.rows;
}

export const lockPartner = (db: Db, id: string) =>
  db.selectFrom('partners').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();

export async function markMerged(db: Db, id: string, into: string): Promise<void> {
  await db.updateTable('partners').set({ merged_into_id: into }).where('id', '=', id).execute();
}

export const livePartnersOfKinds = (db: Db, kinds: readonly string[]) =>
  db
    .selectFrom('partners')
    .select(['id', 'slug', 'name', 'kind', 'website', 'description'])
    .where('merged_into_id', 'is', null)
    .where('kind', 'in', [...kinds])
    .orderBy('name')
    .execute();

export const livePartnersByIds = (db: Db, ids: readonly string[]) =>
  ids.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('partners')
        .select(['id', 'slug', 'name', 'kind', 'website', 'description'])
        .where('id', 'in', [...ids])
        .execute();
