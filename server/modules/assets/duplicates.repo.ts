import { sql } from 'kysely';
import type { Db } from '../../db/tx';

/** Community micro-assets with alike names in the same area; resident-owned assets are never compared. */

export interface SimilarAssets {
  a_id: string;
  a_name: string;
  a_kind: string;
  a_partner_id: string;
  a_visibility: string;
  a_created_at: Date;
  b_id: string;
  b_name: string;
  b_kind: string;
  b_partner_id: string;
  b_visibility: string;
  b_created_at: Date;
  area_id: string;
  area_slug: string;
  area_name: string;
  similarity: number;
}

/**
 * Pairs of live community assets in one area whose names are at least `threshold` alike. `seenBy` narrows to
 * what a partner-scoped caller may see: its own partner's assets, and others' public or partners-only ones.
 */
export async function similarCommunityAssets(
  db: Db,
  threshold: number,
  limit: number,
  seenBy: string | null,
): Promise<SimilarAssets[]> {
  const visible = (t: string) =>
    seenBy === null
      ? sql`true`
      : sql`(${sql.ref(`${t}.partner_id`)} = ${seenBy} or ${sql.ref(`${t}.visibility`)} in ('public', 'partners'))`;
  const result = await sql<SimilarAssets>`
    select a.id as a_id, a.name as a_name, a.kind as a_kind, a.partner_id as a_partner_id,
           a.visibility as a_visibility, a.created_at as a_created_at,
           b.id as b_id, b.name as b_name, b.kind as b_kind, b.partner_id as b_partner_id,
           b.visibility as b_visibility, b.created_at as b_created_at,
           ar.id as area_id, ar.slug as area_slug, ar.name as area_name,
           similarity(a.name, b.name)::float8 as similarity
    from micro_assets a
    join micro_assets b on b.area_id = a.area_id and a.id < b.id and a.name % b.name
    join areas ar on ar.id = a.area_id
    where a.category = 'community' and b.category = 'community'
      and a.owner_type <> 'resident' and b.owner_type <> 'resident'
      and a.merged_into_id is null and b.merged_into_id is null
      and similarity(a.name, b.name) >= ${threshold}
      and ${visible('a')} and ${visible('b')}
    order by similarity desc, a.name, b.name
    limit ${limit}`.execute(db);
  return result.rows;
}

export const lockMicroAsset = (db: Db, id: string) =>
  db.selectFrom('micro_assets').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();

export async function markMerged(db: Db, id: string, into: string): Promise<void> {
  await db
    .updateTable('micro_assets')
    .set({ merged_into_id: into, updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}
