/**
 * `npm run bench -- http`: requests/s and p50/p99 latency over loopback, three routes in one process:
 *   health  GET /health on the real app (one `select 1`)
 *   list    GET /api/v1/partners?page=1&pageSize=25 on the real app, signed in as the demo admin
 *           (session lookup, policy, zod validation and serialisation, two queries)
 *   bare    a plain Fastify() route returning a small JSON: the ceiling on this machine
 * The real app runs on an in-memory PGlite seeded with the demo city pack. Target: list >= 40% of bare's requests/s.
 *
 * Environment: BENCH_SECONDS (default 10), BENCH_WARMUP_SECONDS (default 3), BENCH_CONNECTIONS (default 16),
 * BENCH_LOG_LEVEL (default warn; info logs every request, as a default production server does, to /dev/null),
 * BENCH_DATABASE_URL (postgres://... of a role with CREATEDB: run on a fresh PostgreSQL database instead of PGlite).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import Fastify from 'fastify';
import { pino } from 'pino';
import { buildApp } from '../server/app';
import { loadConfig } from '../server/config';
import { migrateToLatest } from '../server/db/migrate';
import type { Deps } from '../server/deps';
import { DEMO_PASSWORD, seedProgramme } from '../server/seed/seed';
import { benchDatabase, databaseKind } from './lib/database';

const target = 0.4;
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const warmupSeconds = Number(process.env.BENCH_WARMUP_SECONDS ?? 3);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 16);
const logLevel = process.env.BENCH_LOG_LEVEL ?? 'warn';

const line = (fields: Record<string, unknown>) =>
  process.stdout.write(`${JSON.stringify({ bench: 'http', ...fields })}\n`);
const round = (n: number, places = 2) => Math.round(n * 10 ** places) / 10 ** places;

interface Route {
  route: string;
  url: string;
  headers?: Record<string, string>;
}

interface Figure {
  route: string;
  rps: number;
  p50_ms: number;
  p99_ms: number;
  mean_ms: number;
  requests: number;
  non2xx: number;
  errors: number;
}

async function measure(route: Route, duration: number): Promise<Figure> {
  const result = await autocannon({ url: route.url, connections, duration, headers: route.headers ?? {} });
  return {
    route: route.route,
    rps: round(result.requests.total / result.duration, 1),
    p50_ms: result.latency.p50,
    p99_ms: result.latency.p99,
    mean_ms: round(result.latency.average),
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

/** The real app on a seeded database, listening on an ephemeral loopback port. */
async function startRealApp() {
  const dataDir = mkdtempSync(join(tmpdir(), 'useit-bench-'));
  const config = loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'warn', DATA_DIR: dataDir });
  const database = await benchDatabase();
  await migrateToLatest(database.db);
  const log = pino({ level: logLevel }, pino.destination('/dev/null'));
  const deps: Deps = { db: database.db, config, log, fieldKey: randomBytes(32) };
  const seeded = await seedProgramme(deps, { pack: config.CITY_PACK, demo: true });
  const { app } = await buildApp(deps, { serveWeb: false });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  const close = async () => {
    await app.close();
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
  return { url, adminEmail: seeded.admin.email, close };
}

async function startBare() {
  const bare = Fastify();
  bare.get('/bare', async () => ({ status: 'ok', items: [1, 2, 3] }));
  const url = await bare.listen({ host: '127.0.0.1', port: 0 });
  return { url, close: () => bare.close() };
}

/** Signs in over HTTP like a browser would: CSRF cookie and token first, then the session cookie. */
async function sessionCookie(baseUrl: string, email: string): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/v1/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const res = await fetch(`${baseUrl}/api/v1/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken, cookie: csrfCookie },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  if (!res.ok) throw new Error(`sign-in as ${email} failed: HTTP ${res.status} ${await res.text()}`);
  const session = res.headers.getSetCookie().find((c) => c.startsWith('useit_session='));
  if (!session) throw new Error('sign-in set no useit_session cookie');
  return session.split(';')[0]!;
}

export async function run(): Promise<boolean> {
  const real = await startRealApp();
  const bare = await startBare();
  try {
    const cookie = await sessionCookie(real.url, real.adminEmail);
    const routes: Route[] = [
      { route: 'health', url: `${real.url}/health` },
      { route: 'list', url: `${real.url}/api/v1/partners?page=1&pageSize=25`, headers: { cookie } },
      { route: 'bare', url: `${bare.url}/bare` },
    ];
    const check = await fetch(routes[1]!.url, { headers: { cookie } });
    const body = (await check.json()) as { items?: unknown[] };
    if (!check.ok || !Array.isArray(body.items) || body.items.length === 0) {
      throw new Error(`the list route does not answer a page of partners: HTTP ${check.status}`);
    }

    for (const route of routes) await measure(route, warmupSeconds);
    const figures: Figure[] = [];
    for (const route of routes) {
      const figure = await measure(route, seconds);
      figures.push(figure);
      line({ ...figure, database: databaseKind, connections, seconds });
    }

    const byRoute = Object.fromEntries(figures.map((f) => [f.route, f])) as Record<string, Figure>;
    const clean = figures.every((f) => f.non2xx === 0 && f.errors === 0);
    const listVsBare = round(byRoute.list!.rps / byRoute.bare!.rps);
    const ok = clean && listVsBare >= target;
    const healthVsBare = round(byRoute.health!.rps / byRoute.bare!.rps);
    const error = clean ? {} : { error: 'non-2xx answers or connection errors' };
    line({ ok, list_vs_bare: listVsBare, health_vs_bare: healthVsBare, target, database: databaseKind, ...error });
    return ok;
  } finally {
    await bare.close();
    await real.close();
  }
}
