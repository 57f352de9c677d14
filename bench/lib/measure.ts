import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { loadConfig } from '../../server/config';
import { migrateToLatest } from '../../server/db/migrate';
import type { Deps } from '../../server/deps';
import type { RequestContext } from '../../server/http/context';
import { benchDatabase, databaseKind } from './database';
import { contextOf, round2, timeIt } from './timing';

/** What the benchmarks share (with timing.ts): a JSON line per figure, CPU and load beside timings, the database. */

export const iterations = Number(process.env.BENCH_ITERATIONS ?? 200);
export { round2 as round };

/** The 1-minute load average of the machine (other work competes for the CPU: read figures against it). */
export const load = () => round2(loadavg()[0]!);

export const lineFor = (bench: string) => (fields: Record<string, unknown>) =>
  process.stdout.write(`${JSON.stringify({ bench, ...fields })}\n`);

/** A request context for a seeded user, looked up by email. */
export const actor = (deps: Deps, email: string): Promise<RequestContext> => contextOf(deps.db, email);

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
  const cpu = process.cpuUsage();
  const timing = await timeIt(fn, iterations, 0);
  const used = process.cpuUsage(cpu);
  line({
    figure: name,
    ...timing,
    process_cpu_ms_per_call: round2((used.user + used.system) / 1000 / iterations),
    target_p95_ms: target,
    load_average: load(),
    database: databaseKind,
  });
  return timing.p95_ms;
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
