/**
 * `npm run bench -- enterprises`: the public directory search with filters, and the suggested suppliers for one
 * contract or grant, p95, on 20,000 enterprises (90% approved, 70% listed, in six markets across the pack's wards),
 * 60 consortia of 5 members and 5,000 contract and grant opportunities, generated with generate_series on the
 * city pack (no demo people), then VACUUM ANALYZE. Target: both p95 < 50 ms (issue 6).
 *
 * Timed: the service functions, called directly (no HTTP): searchDirectory rotating "catering in <ward>", a market,
 * text with a market, and a stage with a market; suggestedSuppliers (limit 10) rotating over 50 opportunities, as
 * the programme admin.
 *
 * Environment: BENCH_ITERATIONS (default 200), BENCH_DATABASE_URL (a fresh PostgreSQL database instead of PGlite).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { pino } from 'pino';
import { loadConfig } from '../server/config';
import { migrateToLatest } from '../server/db/migrate';
import type { Db } from '../server/db/tx';
import type { Deps } from '../server/deps';
import { suggestedSuppliers } from '../server/modules/enterprises/contracts.suggestions.service';
import { searchDirectory, type DirectoryFilter } from '../server/modules/enterprises/enterprises.service';
import { seedProgramme } from '../server/seed/seed';
import { benchDatabase, databaseKind } from './lib/database';
import { contextOf, round2, timeIt } from './lib/timing';

const iterations = Number(process.env.BENCH_ITERATIONS ?? 200);
const sizes = { enterprises: 20_000, consortia: 60, opportunities: 5_000 };
const target = 50;
const line = (fields: Record<string, unknown>) =>
  process.stdout.write(`${JSON.stringify({ bench: 'enterprises', ...fields })}\n`);

const markets = `array['health_social_care','creative','built_environment','food','retail','other']`;
const words = `array['community catering','cleaning services','printing and design','home care','bakery and cakes',
  'joinery','market stall','photography','food hygiene','gardening','events','laundry']`;

/** The volume, in set-based SQL: one statement per table. */
async function generate(db: Db): Promise<void> {
  const areas = sql`(select array_agg(id order by slug) from areas)`;
  await sql`insert into enterprises (name, legal_form, stage, markets, products_services, area_id, local_jobs,
      turnover_band, listed_publicly, status, search_text, updated_at)
    select 'Bench enterprise ' || i, (array['cic','co_operative','other'])[1 + i % 3],
      (array['idea','start_up','established'])[1 + i % 3],
      case when i % 5 = 0 then array[(${sql.raw(markets)})[1 + i % 6], (${sql.raw(markets)})[1 + (i / 6) % 6]]
        else array[(${sql.raw(markets)})[1 + i % 6]] end,
      (${sql.raw(words)})[1 + i % 12] || ', ' || (${sql.raw(words)})[1 + (i / 7) % 12],
      (${areas})[1 + i % cardinality(${areas})], i % 40,
      (array['unknown','none','under_10k','10k_50k','50k_250k','250k_1m','over_1m'])[1 + i % 7],
      i % 10 < 7, case when i % 10 = 9 then 'pending' else 'approved' end,
      lower('Bench enterprise ' || i || ' ' || (${sql.raw(words)})[1 + i % 12] || ' ' || (${sql.raw(words)})[1 + (i / 7) % 12]),
      now()
    from generate_series(1, ${sizes.enterprises}) i`.execute(db);
  await sql`insert into consortia (name, market, lead_enterprise_id, capabilities, updated_at)
    select 'Bench consortium ' || i, (${sql.raw(markets)})[1 + i % 6],
      (select id from enterprises where name = 'Bench enterprise ' || (i * 6 + 1 + i % 6)), array['catering','events'], now()
    from generate_series(1, ${sizes.consortia}) i`.execute(db);
  await sql`insert into consortium_members (consortium_id, enterprise_id, role)
    select c.id, e.id, case when e.id = c.lead_enterprise_id then 'lead' else 'member' end
    from consortia c cross join generate_series(0, 4) k
    join enterprises e on e.name = 'Bench enterprise ' || (substring(c.name from 18)::int * 6 + 1 + substring(c.name from 18)::int % 6 + k * 300)`.execute(
    db,
  );
  const partner = sql`(select id from partners order by slug limit 1)`;
  await sql`insert into opportunities (partner_id, kind, title, area_id, value, status)
    select ${partner}, case when i % 4 = 0 then 'grant' else 'contract' end, 'Bench opportunity ' || i,
      (${areas})[1 + i % cardinality(${areas})], 1000 * (1 + i % 500), 'open'
    from generate_series(1, ${sizes.opportunities}) i`.execute(db);
  await sql`insert into contract_grant_features (opportunity_id, kind, partner_id, title, status, value, area_id, market,
      capabilities, search_text)
    select o.id, o.kind, o.partner_id, o.title, o.status, o.value, o.area_id, (${sql.raw(markets)})[1 + n % 6],
      array[(${sql.raw(words)})[1 + n % 12], 'events'], lower(o.title)
    from (select o.*, row_number() over (order by o.title) n from opportunities o where o.title like 'Bench opportunity %') o`.execute(
    db,
  );
  await sql`insert into contract_details (opportunity_id, ocid, buyer_partner_id)
    select opportunity_id, 'ocds-useit-' || opportunity_id, partner_id from contract_grant_features where kind = 'contract'`.execute(
    db,
  );
  await sql`insert into grant_details (opportunity_id, identifier, funder_name, funder_org_id)
    select opportunity_id, '360G-useit-' || opportunity_id, 'Bench Trust', 'GB-CHC-1000000'
    from contract_grant_features where kind = 'grant'`.execute(db);
}

export async function run(): Promise<boolean> {
  const dataDir = mkdtempSync(join(tmpdir(), 'useit-bench-'));
  const config = loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'warn', DATA_DIR: dataDir });
  const database = await benchDatabase();
  try {
    await migrateToLatest(database.db);
    const deps: Deps = { db: database.db, config, log: pino({ level: 'warn' }), fieldKey: randomBytes(32) };
    const started = performance.now();
    const seeded = await seedProgramme(deps, { pack: config.CITY_PACK, demo: false });
    await generate(deps.db);
    await sql`vacuum analyze`.execute(deps.db);
    line({
      figure: 'generate',
      seconds: round2((performance.now() - started) / 1000),
      ...sizes,
      database: databaseKind,
    });

    const admin = await contextOf(deps.db, seeded.admin.email);
    const wards = (await deps.db.selectFrom('areas').select('name').orderBy('slug').execute()).map((a) => a.name);
    const filters: DirectoryFilter[] = [
      ...wards.map((w) => ({ q: `catering in ${w}` })),
      { market: 'food' },
      { q: 'printing', market: 'creative' },
      { stage: 'start_up', market: 'retail' },
    ];
    const opportunityIds = (
      await deps.db
        .selectFrom('opportunities')
        .select('id')
        .where('title', 'like', 'Bench opportunity %')
        .orderBy('title')
        .limit(50)
        .execute()
    ).map((o) => o.id);
    const sample = await suggestedSuppliers(deps, admin, opportunityIds[0]!, 10);
    const found = await searchDirectory(deps.db, filters[0]!, { page: 1, pageSize: 20 });
    line({
      figure: 'shape',
      directory_first_query: filters[0]!.q,
      directory_total: found.total,
      suppliers_considered: sample.considered,
      top_supplier: sample.items[0]?.name,
      top_score: sample.items[0]?.score,
    });
    const directory = await timeIt(
      (i) => searchDirectory(deps.db, filters[i % filters.length]!, { page: 1, pageSize: 20 }),
      iterations,
    );
    line({ figure: 'directory', ...directory, target_p95_ms: target, database: databaseKind });
    const matches = await timeIt(
      (i) => suggestedSuppliers(deps, admin, opportunityIds[i % opportunityIds.length]!, 10),
      iterations,
    );
    line({ figure: 'matches', ...matches, target_p95_ms: target, database: databaseKind });
    const ok = directory.p95_ms < target && matches.p95_ms < target;
    line({
      ok,
      directory_p95_ms: directory.p95_ms,
      matches_p95_ms: matches.p95_ms,
      target_p95_ms: target,
      database: databaseKind,
      timed: 'service functions',
    });
    return ok;
  } finally {
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
