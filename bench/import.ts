/**
 * `npm run bench -- import`: a 50,000-row CSV of opportunities, and one of micro-assets, each imported as a user
 * would: dry run (every row through the API's zod schema and rules, in chunks with progress), then commit by the same
 * person (all rows in one transaction, with a version-1 history entry per opportunity; the rows the dry run checked
 * are reused, see docs/adr/0006). On an in-memory PGlite seeded with the city pack (no demo people), or a fresh
 * PostgreSQL database when BENCH_DATABASE_URL is set. Prints wall and CPU time (steadier on a shared machine).
 * Target (issue 3): dry run + commit of 50,000 rows under 10 s, for each kind.
 *
 * Environment: BENCH_IMPORT_ROWS (default 50000), BENCH_DATABASE_URL.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { pino } from 'pino';
import { loadConfig } from '../server/config';
import { migrateToLatest } from '../server/db/migrate';
import type { Deps } from '../server/deps';
import type { RequestContext } from '../server/http/context';
import { systemContext } from '../server/http/context';
import { createUser } from '../server/modules/identity/identity.directory.service';
import { commitImport, startImport } from '../server/modules/transfers/imports.service';
import { seedProgramme } from '../server/seed/seed';
import { benchDatabase, databaseKind } from './lib/database';

const targetMs = 10_000;
const rows = Number(process.env.BENCH_IMPORT_ROWS ?? 50_000);

const line = (fields: Record<string, unknown>) =>
  process.stdout.write(`${JSON.stringify({ bench: 'import', ...fields })}\n`);

/** Rows that reference the Greater Icknield pack: its hospital, areas, partners and occupation codes. */
function opportunitiesCsv(n: number, occupations: string[], areas: string[]): string {
  const kinds = ['vacancy', 'training_place', 'work_placement', 'volunteering', 'contract'];
  const header = [
    'kind',
    'title',
    'description',
    'partner',
    'macro_asset',
    'occupations',
    'english_level',
    'legal_gates',
    'area',
    'lat',
    'lng',
    'quantity',
    'value',
    'opens_on',
    'closes_on',
  ];
  const data = Array.from({ length: n }, (_, i) => [
    kinds[i % kinds.length],
    `Bench opportunity ${i}`,
    i % 4 === 0 ? `Generated row ${i}, with some description text for the bench` : '',
    'swbh-nhs-trust',
    i % 2 === 0 ? 'midland-metropolitan-university-hospital' : '',
    `${occupations[i % occupations.length]}${i % 5 === 0 ? `;${occupations[(i + 7) % occupations.length]}` : ''}`,
    i % 3 === 0 ? 'B2' : '',
    i % 2 === 0 ? 'right_to_work;dbs_enhanced' : 'right_to_work',
    areas[i % areas.length],
    i % 6 === 0 ? (52.48 + (i % 100) / 10_000).toFixed(5) : '',
    i % 6 === 0 ? (-1.95 + (i % 100) / 10_000).toFixed(5) : '',
    String(1 + (i % 12)),
    i % 2 === 0 ? `${20_000 + (i % 9000)}.00` : '',
    '2027-01-04',
    i % 3 === 0 ? '2027-03-01' : '',
  ]);
  return stringify([header, ...data]);
}

function microAssetsCsv(n: number, occupations: string[], areas: string[]): string {
  const header = [
    'category',
    'kind',
    'name',
    'description',
    'occupation_code',
    'owner_type',
    'owner',
    'lat',
    'lng',
    'visibility',
    'provenance',
  ];
  const data = Array.from({ length: n }, (_, i) => {
    const area = areas[i % areas.length]!;
    if (i % 3 === 0)
      return [
        'community',
        ['group', 'network', 'social_enterprise'][i % 3],
        `Bench group ${i}`,
        '',
        '',
        'area',
        area,
        '',
        '',
        'public',
        'partner_report',
      ];
    if (i % 3 === 1)
      return [
        'physical',
        'building',
        `Bench building ${i}`,
        'A hall',
        '',
        'partner',
        'birmingham-city-council',
        (52.48 + (i % 97) / 10_000).toFixed(5),
        (-1.95 + (i % 89) / 10_000).toFixed(5),
        'partners',
        'partner_report',
      ];
    return [
      'human',
      'skill',
      `Bench skill ${i}`,
      '',
      occupations[i % occupations.length],
      'area',
      area,
      '',
      '',
      'partners',
      'questionnaire',
    ];
  });
  return stringify([header, ...data]);
}

/** CPU time of this process, ms: steadier than wall time on a shared machine, so both are printed. */
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

async function timed(deps: Deps, ctx: RequestContext, kind: 'opportunities' | 'micro-assets', csv: string) {
  const cpuStart = cpuMs();
  const started = performance.now();
  const checked = await startImport(
    deps,
    ctx,
    { kind, filename: `${kind}.csv`, mime: 'text/csv', content: Buffer.from(csv) },
    { background: false },
  );
  const dryRunMs = performance.now() - started;
  if (checked.status !== 'valid')
    throw new Error(`${kind}: dry run ${checked.status}: ${JSON.stringify(checked.report?.errors.slice(0, 3))}`);
  const committing = performance.now();
  const done = await commitImport(deps, ctx, checked.id, { background: false });
  const commitMs = performance.now() - committing;
  if (done.status !== 'done' || done.importedCount !== rows) throw new Error(`${kind}: commit ${done.status}`);
  const totalMs = dryRunMs + commitMs;
  const cpuTotal = cpuMs() - cpuStart;
  const figure = {
    kind,
    database: databaseKind,
    rows,
    csv_mb: Math.round((csv.length / 1024 / 1024) * 10) / 10,
    dry_run_ms: Math.round(dryRunMs),
    commit_ms: Math.round(commitMs),
    total_ms: Math.round(totalMs),
    cpu_ms: Math.round(cpuTotal),
    rows_per_s: Math.round(rows / (totalMs / 1000)),
    target_ms: targetMs,
  };
  line(figure);
  return figure;
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
    const user = await createUser(deps, systemContext, {
      email: 'bench-importer@bench.invalid',
      displayName: 'Bench importer',
      role: 'programme_admin',
      partner: 'birmingham-city-council',
      password: randomBytes(12).toString('base64url'),
    });
    const partner = await database.db
      .selectFrom('partners')
      .select('id')
      .where('slug', '=', 'birmingham-city-council')
      .executeTakeFirstOrThrow();
    const ctx: RequestContext = {
      actor: { userId: user.id, email: 'bench-importer@bench.invalid', role: 'programme_admin', partnerId: partner.id },
      ip: null,
      requestId: null,
    };
    const occupations = (await database.db.selectFrom('occupations').select('code').orderBy('code').execute()).map(
      (o) => o.code,
    );
    const areas = (await database.db.selectFrom('areas').select('slug').orderBy('slug').execute()).map((a) => a.slug);
    const figures = [
      await timed(deps, ctx, 'opportunities', opportunitiesCsv(rows, occupations, areas)),
      await timed(deps, ctx, 'micro-assets', microAssetsCsv(rows, occupations, areas)),
    ];
    const ok = figures.every((f) => f.total_ms < targetMs);
    line({
      ok,
      database: databaseKind,
      rows,
      target_ms: targetMs,
      ...Object.fromEntries(figures.map((f) => [`${f.kind}_total_ms`, f.total_ms])),
    });
    return ok;
  } finally {
    await database.close();
  }
}
