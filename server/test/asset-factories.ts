import { sql } from 'kysely';
import type { Db } from '../db/tx';

/**
 * Factories for the asset graph's read side: they write rows straight into the tables (tests may; no SQL is
 * mocked), so a test can set up exactly the supply, visibility and places it needs.
 */
let counter = 0;
const unique = (prefix: string) => `${prefix}-${process.pid}-${++counter}`;

export async function makeOccupation(db: Db, o: { code: string; label: string; isco08?: string; synonyms?: string[] }) {
  const text = [o.label, ...(o.synonyms ?? [])].map((t) => t.toLowerCase()).join(' | ');
  await sql`insert into occupations (code, isco08, soc2020, sector, labels, synonyms, search_text)
    values (${o.code}, ${o.isco08 ?? '9999'}, '9999', 'test', ${JSON.stringify({ en: o.label })}::jsonb,
            ${JSON.stringify({ en: o.synonyms ?? [] })}::jsonb, ${text})
    on conflict (code) do nothing`.execute(db);
  return o.code;
}

export interface Box {
  minLng: number;
  minLat: number;
  maxLng: number;
  maxLat: number;
}

/** An area whose boundary is its bounding box. */
export async function makeArea(db: Db, name: string, box: Box) {
  const ring = [
    [box.minLng, box.minLat],
    [box.maxLng, box.minLat],
    [box.maxLng, box.maxLat],
    [box.minLng, box.maxLat],
    [box.minLng, box.minLat],
  ];
  return db
    .insertInto('areas')
    .values({
      slug: unique(name.toLowerCase().replace(/[^a-z]+/g, '-')),
      name,
      kind: 'ward',
      boundary: JSON.stringify({ type: 'Polygon', coordinates: [ring] }),
      centre_lat: (box.minLat + box.maxLat) / 2,
      centre_lng: (box.minLng + box.maxLng) / 2,
      min_lat: box.minLat,
      min_lng: box.minLng,
      max_lat: box.maxLat,
      max_lng: box.maxLng,
    })
    .returning(['id', 'slug', 'name'])
    .executeTakeFirstOrThrow();
}

export async function makeResident(db: Db, partnerId: string, areaId: string | null) {
  const reference = unique('R');
  return db
    .insertInto('residents')
    .values({
      reference,
      partner_id: partnerId,
      display_name: `Resident ${reference}`,
      area_id: areaId,
      updated_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export interface AssetSpec {
  partnerId: string;
  name?: string;
  category?: string;
  kind?: string;
  occupationCode?: string | null;
  /** a resident's asset: owned by this resident, never at a point */
  residentId?: string;
  areaId?: string | null;
  at?: { lat: number; lng: number };
  visibility?: 'public' | 'partners' | 'private';
  sensitive?: boolean;
}

export async function makeMicroAsset(db: Db, a: AssetSpec) {
  const resident = a.residentId !== undefined;
  return db
    .insertInto('micro_assets')
    .values({
      partner_id: a.partnerId,
      category: a.category ?? (resident ? 'human' : 'community'),
      kind: a.kind ?? (resident ? 'skill' : 'group'),
      name: a.name ?? unique('asset'),
      occupation_code: a.occupationCode ?? null,
      owner_type: resident ? 'resident' : 'partner',
      resident_id: a.residentId ?? null,
      owner_partner_id: resident ? null : a.partnerId,
      area_id: a.areaId ?? null,
      lat: a.at?.lat ?? null,
      lng: a.at?.lng ?? null,
      provenance: resident ? 'interview' : 'partner_report',
      visibility: a.visibility ?? (resident ? 'private' : 'public'),
      sensitive: a.sensitive ?? false,
      updated_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

/** n residents of a partner in an area, each with one skill in the occupation. */
export async function residentSkills(
  db: Db,
  n: number,
  partnerId: string,
  areaId: string | null,
  occupationCode: string,
) {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const r = await makeResident(db, partnerId, areaId);
    ids.push(
      (
        await makeMicroAsset(db, {
          partnerId,
          residentId: r.id,
          areaId,
          occupationCode,
          name: `Skill ${occupationCode}`,
        })
      ).id,
    );
  }
  return ids;
}

export async function makeMacroAsset(
  db: Db,
  ownerPartnerId: string,
  name: string,
  at: { lat: number; lng: number } | null,
) {
  return db
    .insertInto('macro_assets')
    .values({
      slug: unique(name.toLowerCase().replace(/[^a-z]+/g, '-')),
      name,
      kind: 'hospital',
      owner_partner_id: ownerPartnerId,
      investment_value: null,
      status: 'complete',
      lat: at?.lat ?? null,
      lng: at?.lng ?? null,
      phases: JSON.stringify([]),
    })
    .returning(['id', 'slug', 'name'])
    .executeTakeFirstOrThrow();
}

export interface OpportunitySpec {
  partnerId: string;
  title: string;
  kind?: string;
  macroAssetId?: string | null;
  codes?: string[];
  areaId?: string | null;
  at?: { lat: number; lng: number };
  status?: string;
  englishLevel?: string | null;
  legalGates?: string[];
  quantity?: number;
  closesOn?: string | null;
}

export async function makeOpportunity(db: Db, o: OpportunitySpec) {
  const row = await db
    .insertInto('opportunities')
    .values({
      partner_id: o.partnerId,
      macro_asset_id: o.macroAssetId ?? null,
      kind: o.kind ?? 'vacancy',
      title: o.title,
      english_level: o.englishLevel ?? null,
      legal_gates: JSON.stringify(o.legalGates ?? []),
      area_id: o.areaId ?? null,
      lat: o.at?.lat ?? null,
      lng: o.at?.lng ?? null,
      quantity: o.quantity ?? 1,
      closes_on: o.closesOn ?? null,
      status: o.status ?? 'open',
      updated_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const code of o.codes ?? [])
    await db.insertInto('opportunity_occupations').values({ opportunity_id: row.id, occupation_code: code }).execute();
  return row;
}
