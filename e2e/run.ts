/**
 * Browser journeys against the real server and a real Chromium.
 *
 *   npm run test:e2e                 # builds the web app, then runs every e2e/*.journey.ts
 *   npm run test:e2e -- language     # only journeys whose file name contains "language"
 *
 * Runs the journeys in E2E_LANES lanes (default 2): each lane starts its own `useit serve` on a free port with a
 * fresh data directory and runs its share of the journeys one after another (each in fresh browser contexts of one
 * shared Chromium), so no journey sees another lane's data. Much of a journey is waiting on the page, so two lanes
 * on two cores take about two-thirds of the time of one. Prints "N passed, M failed" and exits 1 on any failure.
 * Screenshots of every step go to e2e/artifacts/<journey>/, each lane's server log to e2e/artifacts/server-<n>.log.
 * CHROMIUM_PATH overrides the browser (default /usr/bin/chromium); E2E_LANES=1 runs everything on one server.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { JourneySession, type Journey } from './lib/journey';
import { startServer, type RunningServer } from './lib/server';

const e2eDir = import.meta.dirname;
const artifactsDir = join(e2eDir, 'artifacts');
const journeyTimeoutMs = 300_000;
const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

const out = (line: string) => process.stdout.write(`${line}\n`);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)}s`;

async function loadJourneys(filter: string | undefined): Promise<{ file: string; journey: Journey }[]> {
  const files = readdirSync(e2eDir)
    .filter((f) => f.endsWith('.journey.ts') && (!filter || f.includes(filter)))
    .sort();
  const loaded = [];
  for (const file of files) {
    const mod = (await import(join(e2eDir, file))) as { default: Journey };
    loaded.push({ file, journey: mod.default });
  }
  return loaded;
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${seconds(ms)}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function runOne(browser: Browser, baseUrl: string, file: string, journey: Journey): Promise<boolean> {
  const session = new JourneySession(browser, baseUrl, artifactsDir, file.replace(/\.journey\.ts$/, ''));
  const started = Date.now();
  let error: Error | undefined;
  try {
    await withTimeout(journey.run(session), journeyTimeoutMs, journey.name);
    if (session.pageErrors.length)
      throw new Error(`uncaught errors in the page:\n  ${session.pageErrors.join('\n  ')}`);
  } catch (err) {
    error = err as Error;
    // The screen at the moment of failure, for every page the journey had open.
    for (const [i, context] of session.contexts.entries()) {
      for (const [k, page] of context.pages().entries()) {
        await page
          .screenshot({ path: join(session.dir, `failure-${i}-${k}.png`), fullPage: true })
          .catch(() => undefined);
      }
    }
  } finally {
    await session.close();
  }
  const took = seconds(Date.now() - started);
  if (!error) {
    out(`  ✓ ${journey.name} (${file}, ${took})`);
    return true;
  }
  out(`  ✗ ${journey.name} (${file}, ${took})`);
  out(`    ${(error.stack ?? error.message).split('\n').join('\n    ')}`);
  out(`    screenshots: ${session.dir}`);
  return false;
}

async function main(): Promise<number> {
  const filter = process.argv[2];
  rmSync(artifactsDir, { recursive: true, force: true });
  mkdirSync(artifactsDir, { recursive: true });
  if (!existsSync(join(e2eDir, '..', 'web', 'dist', 'index.html'))) {
    out('web/dist/index.html is missing: run `npm run build:web` (npm run test:e2e does it for you)');
    return 1;
  }
  const journeys = await loadJourneys(filter);
  if (journeys.length === 0) {
    out(`no journeys match ${JSON.stringify(filter)}`);
    return 1;
  }

  const lanes = Math.max(1, Math.min(journeys.length, Number(process.env.E2E_LANES ?? 2) || 1));
  const servers: RunningServer[] = [];
  let browser: Browser | undefined;
  const cleanUp = async () => {
    await browser?.close().catch(() => undefined);
    await Promise.all(servers.map((s) => s.stop()));
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void cleanUp().finally(() => process.exit(130)));
  }

  let passed = 0;
  try {
    const t0 = Date.now();
    // A high sign-in rate limit: the journeys sign in more than the default 20 times a minute from one address.
    await Promise.all(
      Array.from({ length: lanes }, async (_, i) => {
        const env = { SIGN_IN_RATE_PER_MINUTE: '1000' };
        servers.push(await startServer({ artifactsDir, env, logName: `server-${i + 1}.log` }));
      }),
    );
    for (const s of servers) out(`server ${s.baseUrl} (pid ${s.pid}) ready in ${seconds(Date.now() - t0)}`);
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: chromiumArgs,
      headless: true,
    });
    out(`browser Chromium ${browser.version()}; ${journeys.length} journeys in ${lanes} lane(s)`);
    const b = browser;
    await Promise.all(
      servers.map(async (server, lane) => {
        for (const { file, journey } of journeys.filter((_, i) => i % lanes === lane))
          if (await runOne(b, server.baseUrl, file, journey)) passed += 1;
      }),
    );
  } catch (err) {
    out(`e2e set-up failed: ${(err as Error).stack ?? String(err)}`);
    for (const s of servers)
      if (existsSync(s.logFile))
        out(`last lines of ${s.logFile}:\n${readFileSync(s.logFile, 'utf8').split('\n').slice(-30).join('\n')}`);
  } finally {
    await cleanUp();
  }
  const failed = journeys.length - passed;
  out(`${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

process.exit(await main());
