/**
 * `npm run bench -- impact`: a full dashboard refresh (every programme indicator's live figure, target, series and
 * status) over 1,000,000 questionnaire responses, 100,000 residents and 50,000 candidates (a fifth of them placed
 * in jobs), generated with generate_series on the city pack. p95 of the refresh against the target: under 300 ms
 * on PostgreSQL (BENCH_DATABASE_URL), under 1 s on the embedded PGlite (issue 8).
 *
 * Environment: BENCH_IMPACT_RESPONSES (default 1000000), BENCH_IMPACT_RESIDENTS (100000),
 * BENCH_IMPACT_CANDIDATES (50000), BENCH_IMPACT_RUNS (20), BENCH_DATABASE_URL.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { pino } from 'pino';
import { loadConfig } from '../server/config';
import { migrateToLatest } from '../server/db/migrate';
import type { Deps } from '../server/deps';
import type { RequestContext } from '../server/http/context';
import { listIndicatorViews } from '../server/modules/impact/indicators.service';
import { seedProgramme } from '../server/seed/seed';
import { benchDatabase, databaseKind } from './lib/database';

const responses = Number(process.env.BENCH_IMPACT_RESPONSES ?? 1_000_000);
const residents = Number(process.env.BENCH_IMPACT_RESIDENTS ?? 100_000);
const candidates = Number(process.env.BENCH_IMPACT_CANDIDATES ?? 50_000);
const runs = Number(process.env.BENCH_IMPACT_RUNS ?? 20);
const targetMs = databaseKind === 'postgres' ? 300 : 1_000;

const line = (fields: Record<string, unknown>) =>
  process.stdout.write(`${JSON.stringify({ bench: 'impact', ...fields })}\n`);

async function time<T>(fn: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const start = performance.now();
  const result = await fn();
  return { ms: performance.now() - start, result };
}

/**
 * Bulk-load practice: a table's secondary indexes (not those behind a constraint) are dropped before its rows go in
 * and built again, with the same definitions, once they are all there: one sort per index instead of 1,000,000
 * index insertions each.
 */
async function withoutSecondaryIndexes(deps: Deps, table: string, load: () => Promise<unknown>): Promise<void> {
  const { rows } = await sql<{ name: string; def: string }>`select indexname as name, indexdef as def from pg_indexes i
    where schemaname = current_schema() and tablename = ${table}
      and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`.execute(deps.db);
  for (const r of rows) await sql`drop index ${sql.id(r.name)}`.execute(deps.db);
  await load();
  for (const r of rows) await sql.raw(r.def).execute(deps.db);
}

/** The volume, in set-based SQL: one statement per table, spread over two years and the pack's areas. */
async function generate(deps: Deps): Promise<void> {
  const db = deps.db;
  const partner = (await db.selectFrom('partners').select('id').orderBy('slug').executeTakeFirstOrThrow()).id;
  await sql`insert into research_forms (xform_id, partner_id, title, status) values ('bench_impact', ${partner}, 'Bench', 'open')`.execute(
    db,
  );
  await sql`insert into research_form_versions (form_id, version, xml, md5, schema, source)
    select id, '1', '<h:html/>', md5('bench'), '{}'::jsonb, 'xform' from research_forms where xform_id = 'bench_impact'`.execute(
    db,
  );
  const areas = sql`(select array_agg(id order by slug) from areas)`;
  await withoutSecondaryIndexes(deps, 'research_submissions', () =>
    sql`insert into research_submissions (form_id, form_version_id, instance_id, xml_sha256, xml, channel, anonymous,
      area_id, complete, received_at)
    select v.form_id, v.id, 'uuid:' || i, md5(i::text) || md5(i::text), '<data/>', 'web', false,
      (${areas})[1 + i % cardinality(${areas})], i % 10 <> 0, now() - ((i % 700) || ' days')::interval
    from research_form_versions v, generate_series(1, ${responses}) i where v.version = '1'
      and v.form_id = (select id from research_forms where xform_id = 'bench_impact')`.execute(db),
  );
  await withoutSecondaryIndexes(deps, 'residents', () =>
    sql`insert into residents (reference, partner_id, display_name, area_id, created_at)
    select 'BENCH-' || i, ${partner}, 'Bench resident ' || i, (${areas})[1 + i % cardinality(${areas})],
      now() - ((i % 700) || ' days')::interval
    from generate_series(1, ${residents}) i`.execute(db),
  );
  await withoutSecondaryIndexes(deps, 'candidates', () =>
    sql`insert into candidates (reference, partner_id, source, full_name, name_key, area_id, stage, stage_changed_at, created_at)
    select 'MC-' || lpad(upper(to_hex(i)), 8, '0'), ${partner}, 'intake', 'Bench candidate', 'bench candidate',
      (${areas})[1 + i % cardinality(${areas})], case when i % 5 = 0 then 'employed' else 'assessed' end,
      now() - ((i % 600) || ' days')::interval, now() - ((i % 700) || ' days')::interval
    from generate_series(1, ${candidates}) i`.execute(db),
  );
  await sql`analyze`.execute(db);
}

export async function run(): Promise<boolean> {
  const config = loadConfig({
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    DATA_DIR: mkdtempSync(join(tmpdir(), 'useit-bench-')),
  });
  const database = await benchDatabase();
  try {
    await migrateToLatest(database.db);
    const deps: Deps = { db: database.db, config, log: pino({ level: 'warn' }), fieldKey: randomBytes(32) };
    await seedProgramme(deps, { pack: config.CITY_PACK, demo: false });
    const load = await time(() => generate(deps));
    line({ figure: 'load_ms', value: Math.round(load.ms), responses, residents, candidates, database: databaseKind });
    const admin = await deps.db.selectFrom('users').select(['id', 'email', 'partner_id']).executeTakeFirstOrThrow();
    const ctx: RequestContext = {
      actor: { userId: admin.id, email: admin.email, role: 'programme_admin', partnerId: admin.partner_id },
      ip: null,
      requestId: null,
    };
    const refresh = () => listIndicatorViews(deps, ctx, {});
    const first = await time(refresh);
    line({ figure: 'first_refresh_ms', value: Math.round(first.ms), indicators: first.result.items.length });
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) samples.push((await time(refresh)).ms);
    samples.sort((a, b) => a - b);
    const p95 = samples[Math.min(samples.length - 1, Math.ceil(samples.length * 0.95) - 1)]!;
    const median = samples[Math.floor(samples.length / 2)]!;
    line({ figure: 'refresh_median_ms', value: Math.round(median) });
    line({ figure: 'refresh_p95_ms', value: Math.round(p95), target_ms: targetMs, runs });
    const ok = p95 < targetMs && first.result.items.length > 0;
    line({ ok, p95_ms: Math.round(p95), target_ms: targetMs, database: databaseKind });
    return ok;
  } finally {
    await database.close();
  }
}
