import { buildApp } from './app';
import { loadConfig, type Config } from './config';
import { openDatabase, type Database } from './db/database';
import { migrateToLatest } from './db/migrate';
import { jobHandlers } from './jobs/handlers';
import { startJobRunner } from './jobs/runner';
import { dayOf } from './modules/partnership/coordination.rules';
import { scheduleImpactRefresh } from './modules/impact/refresh.job';
import { scheduleRoundupDraft } from './modules/partnership/roundup.job';
import { scheduleOverdueReminders } from './modules/partnership/tasks.reminders';
import type { Deps } from './deps';
import { createLogger } from './lib/logger';
import { loadFieldKey } from './lib/secrets';
import { hasProgramme } from './modules/partnership/partnership.service';
import { DEMO_PASSWORD, seedProgramme } from './seed/seed';

/** start-up: config -> database -> migrate -> app -> listen */
export async function openDeps(config: Config = loadConfig()): Promise<{ deps: Deps; database: Database }> {
  const log = createLogger(config.LOG_LEVEL);
  // the embedded database runs in a thread of its own, beside the server's (ADR 0018)
  const database = await openDatabase({ url: config.DATABASE_URL, dataDir: `${config.DATA_DIR}/pglite`, thread: true });
  const { key } = loadFieldKey(config);
  return { deps: { db: database.db, config, log, fieldKey: key }, database };
}

export async function startServer(options: { demo: boolean; port?: number; host?: string; serveWeb?: boolean }) {
  const base = loadConfig();
  const config: Config = { ...base, PORT: options.port ?? base.PORT, HOST: options.host ?? base.HOST };
  const { deps, database } = await openDeps(config);
  await migrateToLatest(deps.db);
  let firstAdmin: { email: string; password: string } | null = null;
  if (!(await hasProgramme(deps))) {
    const seeded = await seedProgramme(deps, { pack: config.CITY_PACK, demo: options.demo });
    deps.log.info({ programme: seeded.programme, counts: seeded.counts }, 'loaded city pack');
    if (!options.demo) firstAdmin = seeded.admin;
  }
  const { app } = await buildApp(deps, { serveWeb: options.serveWeb ?? true });
  const address = await app.listen({ port: config.PORT, host: config.HOST });
  // The daily overdue-task reminders re-queue themselves; this (once per day, by its unique key) starts the chain.
  await scheduleOverdueReminders(deps.db, dayOf(new Date()));
  await scheduleRoundupDraft(deps.db);
  await scheduleImpactRefresh(deps.db);
  const jobs = startJobRunner(deps, jobHandlers);
  // the embedded database's thread cannot be restarted under a running server: stop, for the supervisor to start again
  void database.lost?.then((err) => {
    deps.log.fatal({ err }, 'the embedded database stopped; the server stops too');
    process.exit(1);
  });
  const url = config.PUBLIC_URL ?? address.replace('127.0.0.1', 'localhost');
  const lines = [
    '',
    `  USE-IT platform is running at ${url}`,
    `  Database: ${database.kind === 'pglite' ? `embedded PGlite in ${config.DATA_DIR}/pglite` : 'PostgreSQL (DATABASE_URL)'}`,
    firstAdmin
      ? `  First admin: ${firstAdmin.email} / ${firstAdmin.password}  (shown once: change it on the Profile page)`
      : `  Demo sign-in: admin@demo.useit.example / ${DEMO_PASSWORD}  (also researcher@, caseworker@, viewer@ ... same password)`,
    `  API docs: ${url}/api/docs`,
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  const stop = async () => {
    await jobs.stop();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  return { app, deps, database, url };
}
