import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { loadConfig } from '../../server/config';
import { migrateToLatest } from '../../server/db/migrate';
import type { Deps } from '../../server/deps';
import type { RequestContext } from '../../server/http/context';
import type { Role } from '../../server/http/policy';
import { benchDatabase, databaseKind } from './database';

/** What the benchmarks share: one JSON line per figure, timing with percentiles, the acting user, the database. */

export const iterations = Number(process.env.BENCH_ITERATIONS ?? 200);
export const round = (n: number) => Math.round(n * 100) / 100;

/** The 1-minute load average of the machine (other work competes for the CPU: read figures against it). */
export const load = () => round(loadavg()[0]!);

export const lineFor = (bench: string) => (fields: Record<string, unknown>) =>
  process.stdout.write(`${JSON.stringify({ bench, ...fields })}\n`);

/** A request context for a seeded user, looked up by email. */
export async function actor(deps: Deps, email: string): Promise<RequestContext> {
  const u = await deps.db
    .selectFrom('users')
    .select(['id', 'email', 'role', 'partner_id'])
    .where('email', '=', email)
    .executeTakeFirstOrThrow();
  return {
    actor: { userId: u.id, email: u.email, role: u.role as Role, partnerId: u.partner_id },
    ip: null,
    requestId: null,
  };
}

/**
 * Runs fn 20 times to warm up (with i from `warmupFrom`), then `iterations` times timed; prints p50/p95/max, the
 * CPU this process used per call (the embedded database runs in it) and the load average, and returns p95.
 */
export async function measure(
  line: ReturnType<typeof lineFor>,
  name: string,
  target: number,
  fn: (i: number) => Promise<unknown>,
  warmupFrom = 0,
): Promise<number> {
  for (let i = 0; i < 20; i++) await fn(i + warmupFrom);
  const times: number[] = [];
  const cpu = process.cpuUsage();
  for (let i = 0; i < iterations; i++) {
    const t = performance.now();
    await fn(i);
    times.push(performance.now() - t);
  }
  const used = process.cpuUsage(cpu);
  times.sort((a, b) => a - b);
  const at = (p: number) => round(times[Math.min(times.length - 1, Math.floor(p * times.length))]!);
  line({
    figure: name,
    p50_ms: at(0.5),
    p95_ms: at(0.95),
    max_ms: round(times.at(-1)!),
    process_cpu_ms_per_call: round((used.user + used.system) / 1000 / iterations),
    iterations,
    target_p95_ms: target,
    load_average: load(),
    database: databaseKind,
  });
  return at(0.95);
}

/** A migrated bench database (in-memory PGlite, or a fresh PostgreSQL one) with deps; cleaned up afterwards. */
export async function withBenchDeps<T>(fn: (deps: Deps) => Promise<T>): Promise<T> {
  const dataDir = mkdtempSync(join(tmpdir(), 'useit-bench-'));
  const config = loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'warn', DATA_DIR: dataDir });
  const database = await benchDatabase();
  try {
    await migrateToLatest(database.db);
    return await fn({ db: database.db, config, log: pino({ level: 'warn' }), fieldKey: randomBytes(32) });
  } finally {
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
