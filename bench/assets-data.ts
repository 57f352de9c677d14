/**
 * Bench data for `npm run bench -- assets`: residents, micro-assets and opportunities generated inside the
 * database (`insert ... select generate_series`, seeded random), on top of a seeded city pack.
 */
import { sql } from 'kysely';
import type { Db } from '../server/db/tx';

export interface BenchSizes {
  residents: number;
  residentAssets: number;
  otherAssets: number;
  opportunities: number;
}

/** The occupations in the database (the taxonomy is loaded first), with their English labels. */
async function occupationList(db: Db): Promise<{ code: string; sector: string; label: string }[]> {
  const rows = await sql<{ code: string; sector: string; label: string }>`
    select code, sector, coalesce(labels->>'en', code) as label from occupations order by code`.execute(db);
  if (rows.rows.length < 20) throw new Error('load the occupations taxonomy before generating bench data');
  return rows.rows;
}

// Organisation names from a realistic vocabulary: a place or theme word and an activity (1,440 pairs), so a
// word like "Ladywood" appears in a few hundred of the 10,000 names, not thousands.
const namePrefixes = [
  'Ladywood',
  'Summerfield',
  'Spring Hill',
  'Soho',
  'Cape Hill',
  'Winson Green',
  'Smethwick',
  'St Pauls',
  'Icknield',
  'North Edgbaston',
  'Jewellery Quarter',
  'Rotton Park',
  'Dudley Road',
  'Foundry',
  'Reservoir',
  'Canalside',
  'Victoria',
  'Heritage',
  'Rainbow',
  'Unity',
  'Hope',
  'Eastside',
  'Brookfields',
  'Hockley',
  'Ashcroft',
  'Lodge Road',
  'Park Road',
  'Handsworth',
  'Black Patch',
  'Port Loop',
  'Sandwell',
  'Western Road',
  'Harborne',
  'Birchfield',
  'Aston',
  'Nechells',
];
const nameNouns = [
  'community kitchen',
  'youth club',
  "women's network",
  'repair café',
  'allotments',
  'community hall',
  'food bank',
  'sewing circle',
  'football club',
  'credit union',
  'cricket club',
  'boxing gym',
  'mosque hall',
  'gurdwara kitchen',
  'church hall',
  'library',
  'garden',
  'play centre',
  'peer support group',
  'ESOL class',
  'job club',
  'coding club',
  "men's shed",
  'choir',
  'dance school',
  "carers' group",
  'refugee network',
  "tenants' association",
  'bike workshop',
  'community café',
  'market co-op',
  'arts studio',
  'recording studio',
  'print shop',
  'bakery co-op',
  'cleaning co-op',
  'care co-op',
  'tutoring circle',
  'walking group',
  'wildlife group',
];

const text = (values: string[]) => sql`${values}::text[]`;
const uuids = (values: string[]) => sql`${values}::uuid[]`;

/** Generates the bench rows in one transaction; returns the hospital's id. */
export async function generateAssetGraph(db: Db, sizes: BenchSizes): Promise<{ hospitalId: string }> {
  return db.transaction().execute(async (trx) => {
    await sql`select setseed(0.4242)`.execute(trx);
    const occupations = await occupationList(trx);
    const codes = occupations.map((o) => o.code);
    const healthCodes = occupations.filter((o) => o.sector === 'health').map((o) => o.code);
    const labels = occupations.map((o) => o.label);
    const partners = (await trx.selectFrom('partners').select('id').orderBy('slug').execute()).map((p) => p.id);
    const areas = await trx.selectFrom('areas').select(['id', 'min_lat', 'min_lng', 'max_lat', 'max_lng']).execute();
    const areaIds = areas.map((a) => a.id);
    const hospital = await trx
      .selectFrom('macro_assets')
      .select('id')
      .where('kind', '=', 'hospital')
      .executeTakeFirstOrThrow();
    const macroIds = (await trx.selectFrom('macro_assets').select('id').execute()).map((m) => m.id);

    await sql`insert into residents (reference, partner_id, display_name, area_id, updated_at)
      select 'BENCH-' || g, (${uuids(partners)})[1 + (g % ${partners.length})], 'Bench resident ' || g,
             (${uuids(areaIds)})[1 + floor(random() * ${areaIds.length})::int], now()
      from generate_series(1, ${sizes.residents}) g`.execute(trx);

    // Resident-owned skills and qualifications: never located at a point, counted per area.
    await sql`insert into micro_assets (partner_id, category, kind, name, occupation_code, owner_type, resident_id,
                area_id, provenance, visibility, updated_at)
      select r.partner_id, 'human', (array['skill','skill','skill','qualification','talent'])[1 + (x.g % 5)],
             (${text(labels)})[x.o] || (array['', ' (qualified abroad)', ' experience', ''])[1 + (x.g % 4)],
             (${text(codes)})[x.o], 'resident', r.id, r.area_id,
             (array['questionnaire','interview','self_registration','import'])[1 + (x.g % 4)],
             (array['partners','private'])[1 + (x.g % 2)], now()
      from (select g, 1 + floor(random() * ${sizes.residents})::int as rn,
                   1 + floor(power(random(), 1.6) * ${codes.length})::int as o
            from generate_series(1, ${sizes.residentAssets}) g) x
      join residents r on r.reference = 'BENCH-' || x.rn`.execute(trx);

    // Groups, enterprises, buildings and spaces, at points inside their area's bounding box.
    const box = (col: 'min_lat' | 'min_lng' | 'max_lat' | 'max_lng') => areas.map((a) => String(a[col] ?? 0));
    await sql`insert into micro_assets (partner_id, category, kind, name, occupation_code, owner_type,
                owner_partner_id, area_id, lat, lng, provenance, visibility, sensitive, updated_at)
      select p, k.category, k.kind,
             (${text(namePrefixes)})[1 + (g % ${namePrefixes.length})] || ' ' ||
             (${text(nameNouns)})[1 + ((g / ${namePrefixes.length}) % ${nameNouns.length})] ||
             (array['', ' CIC', ' Trust', ' Project', ' Group', ''])[1 + ((g / 997) % 6)],
             case when g % 3 = 0 then (${text(codes)})[1 + (g % ${codes.length})] end,
             'partner', p, a.id,
             a.lo_lat + random() * (a.hi_lat - a.lo_lat), a.lo_lng + random() * (a.hi_lng - a.lo_lng),
             'partner_report', (array['public','public','partners','private'])[1 + (g % 4)], g % 50 = 0, now()
      from (select g, (${uuids(partners)})[1 + (g % ${partners.length})] as p,
                   1 + floor(random() * ${areaIds.length})::int as ai, g % 7 as ki
            from generate_series(1, ${sizes.otherAssets}) g) x
      join lateral (select (${uuids(areaIds)})[x.ai] as id,
                           (${text(box('min_lat'))})[x.ai]::float8 as lo_lat, (${text(box('max_lat'))})[x.ai]::float8 as hi_lat,
                           (${text(box('min_lng'))})[x.ai]::float8 as lo_lng, (${text(box('max_lng'))})[x.ai]::float8 as hi_lng) a on true
      join lateral (select (array['community','community','community','physical','physical','physical','financial'])[1 + x.ki] as category,
                           (array['group','network','social_enterprise','building','green_space','blue_space','financial'])[1 + x.ki] as kind) k on true`.execute(
      trx,
    );

    await generateOpportunities(trx, sizes.opportunities, {
      partners,
      areaIds,
      macroIds,
      hospitalId: hospital.id,
      codes,
      healthCodes,
      labels,
    });
    return { hospitalId: hospital.id };
  });
}

interface OpportunityRefs {
  partners: string[];
  areaIds: string[];
  macroIds: string[];
  hospitalId: string;
  codes: string[];
  healthCodes: string[];
  labels: string[];
}

async function generateOpportunities(trx: Db, n: number, r: OpportunityRefs): Promise<void> {
  // 4% published by the hospital (all health roles), 12% by the other macro-assets, the rest by partners.
  await sql`insert into opportunities (partner_id, macro_asset_id, kind, title, english_level, legal_gates, area_id,
              lat, lng, quantity, opens_on, closes_on, status, updated_at)
    select (${uuids(r.partners)})[1 + (g % ${r.partners.length})],
           case when g % 25 = 0 then ${r.hospitalId}::uuid
                when g % 25 < 4 then (${uuids(r.macroIds)})[1 + (g % ${r.macroIds.length})] end,
           (array['vacancy','vacancy','vacancy','vacancy','training_place','work_placement','contract','grant',
                  'volunteering','space'])[1 + (g % 10)],
           'Bench opportunity ' || g,
           (array[null,'B1','B2','C1'])[1 + (g % 4)],
           case when g % 10 < 4 then '["right_to_work"]'::jsonb when g % 10 = 4 then '["right_to_work","dbs_enhanced"]'::jsonb
                else '[]'::jsonb end,
           case when g % 10 < 7 then (${uuids(r.areaIds)})[1 + floor(random() * ${r.areaIds.length})::int] end,
           null, null, 1 + (g % 5), date '2026-11-01', date '2027-03-01' + (g % 90),
           (array['open','open','open','open','open','open','open','draft','closed','filled'])[1 + (g % 10)], now()
    from generate_series(1, ${n}) g`.execute(trx);
  // one occupation for most, two for some, none for grants and spaces
  await sql`insert into opportunity_occupations (opportunity_id, occupation_code)
    select o.id, case when o.macro_asset_id = ${r.hospitalId}::uuid
                      then (${text(r.healthCodes)})[1 + floor(random() * ${r.healthCodes.length})::int]
                      else (${text(r.codes)})[1 + floor(random() * ${r.codes.length})::int] end
    from opportunities o where o.kind not in ('grant','space')
    on conflict do nothing`.execute(trx);
  await sql`insert into opportunity_occupations (opportunity_id, occupation_code)
    select o.id, (${text(r.codes)})[1 + floor(random() * ${r.codes.length})::int]
    from opportunities o where o.kind = 'vacancy' and random() < 0.15
    on conflict do nothing`.execute(trx);
  await sql`update opportunities o set title = coalesce(
      (select coalesce(c.labels->>'en', c.code) from opportunity_occupations oo join occupations c on c.code = oo.occupation_code
        where oo.opportunity_id = o.id order by oo.occupation_code limit 1),
      (array['Community grant','Small grants fund','Start-up grant','Green spaces fund','Arts commission',
             'Meeting room','Shop unit','Event space','Workshop bay','Kitchen hire'])[1 + floor(random() * 10)::int])
      || ' — ' || replace(o.kind, '_', ' ') || coalesce(', ' || (select a.name from areas a where a.id = o.area_id), '')`.execute(
    trx,
  );
  // a third carry a point: the site of the work, inside their area's box
  await sql`update opportunities o set lat = (a.min_lat + a.max_lat) / 2 + (random() - 0.5) * 0.004,
      lng = (a.min_lng + a.max_lng) / 2 + (random() - 0.5) * 0.004
    from areas a where a.id = o.area_id and random() < 0.45`.execute(trx);
}
