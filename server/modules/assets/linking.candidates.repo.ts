import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../../db/tx';
import type { Viewer } from './linking.rules';

/** A group of opportunities that share candidates: one occupation (or none), supplying kinds, an area. */
export interface CandidateKey {
  code: string | null;
  /** best-scoring kind first */
  kinds: readonly string[];
  areaId: string | null;
}

export interface CandidateRow {
  key: number;
  id: string;
  name: string;
  kind: string;
  category: string;
  owner_type: string;
  occupation_code: string | null;
  area_id: string | null;
}

function visibility(v: Viewer): { org: RawBuilder<unknown>; resident: RawBuilder<unknown> } {
  if (v.allPartners) return { org: sql`true`, resident: sql`true` };
  const shared = v.partnerRole ? sql`m.visibility in ('public', 'partners')` : sql`m.visibility = 'public'`;
  return {
    org: sql`(m.partner_id = ${v.partnerId} or (not m.sensitive and ${shared}))`,
    resident: sql`m.partner_id = ${v.partnerId}`,
  };
}

const places = [
  sql`m.area_id = k.area`,
  sql`m.area_id is not null and (k.area is null or m.area_id <> k.area)`,
  sql`m.area_id is null`,
];

/**
 * Up to `per` visible micro-assets per key, best first as the rules score them: in the key's area before
 * elsewhere before no recorded area, and within each the better-weighted kind first, organisations' and
 * residents' assets alike. Each part is one index range scan (micro_assets_org_*, micro_assets_resident_supply_idx);
 * under the outer LIMIT PostgreSQL stops running parts once it has enough, so most keys cost a few scans.
 */
export async function candidates(db: Db, keys: readonly CandidateKey[], v: Viewer, per = 10): Promise<CandidateRow[]> {
  const out: CandidateRow[] = [];
  const vis = visibility(v);
  for (const coded of [true, false]) {
    const group = keys.map((k, i) => ({ ...k, i })).filter((k) => (k.code !== null) === coded);
    if (group.length === 0) continue;
    const kindSlots = Math.max(...group.map((k) => k.kinds.length));
    const code = coded ? sql`and m.occupation_code = k.code` : sql``;
    const part = (place: RawBuilder<unknown>, slot: number, resident: boolean) => sql`(select m.id, m.name, m.kind,
        m.category, m.owner_type, m.occupation_code, m.area_id from micro_assets m
      where ${resident ? sql`m.owner_type = 'resident'` : sql`m.owner_type <> 'resident'`} and m.merged_into_id is null
        and m.kind = k.kinds[${sql.lit(slot)}] ${code} and ${place}
        and ${resident ? vis.resident : vis.org}
      limit ${sql.lit(per)})`;
    const parts = places.flatMap((place) =>
      Array.from({ length: kindSlots }, (_, s) => [part(place, s + 1, false), part(place, s + 1, true)]).flat(),
    );
    const result = await sql<{ rows: CandidateRow[] | null }>`select json_agg(c) as rows from (
      select (k.idx - 1)::int as key, x.*
      from (select code, area, string_to_array(kinds, ',') as kinds, idx
            from unnest(${group.map((k) => k.code)}::text[], ${group.map((k) => k.areaId)}::uuid[],
                        ${group.map((k) => k.kinds.join(','))}::text[]) with ordinality as u(code, area, kinds, idx)) k
      cross join lateral (select * from (${sql.join(parts, sql` union all `)}) u limit ${sql.lit(per)}) x) c`.execute(
      db,
    );
    for (const r of result.rows[0]?.rows ?? []) out.push({ ...r, key: group[r.key]!.i });
  }
  return out;
}
