import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { randomBytes } from 'node:crypto';
import { Command, Option } from 'commander';
import { loadConfig } from '../config';
import { parseBackup, restoreBackup, takeBackup } from '../db/backup';
import { migrateToLatest } from '../db/migrate';
import { jobHandlers } from '../jobs/handlers';
import { runDueJobs } from '../jobs/runner';
import { systemContext } from '../http/context';
import { roles, type Role } from '../http/policy';
import { openDeps, startServer } from '../main';
import { createUser } from '../modules/identity/identity.directory.service';
import { importTaxonomy } from '../modules/assets/occupations.service';
import { seedProgramme } from '../seed/seed';
import { readTaxonomyFile } from '../seed/taxonomy-file';
import { addRoundupCommands } from './roundup';
import { addTransferCommands } from './transfers';

/** The `useit` command. Errors print one line naming the problem and exit 1 (2 for bad usage). */
const out = (line: string) => process.stdout.write(`${line}\n`);

async function withDeps<T>(fn: (deps: Awaited<ReturnType<typeof openDeps>>['deps']) => Promise<T>): Promise<T> {
  const { deps, database } = await openDeps({ ...loadConfig(), LOG_LEVEL: 'warn' });
  try {
    await migrateToLatest(deps.db);
    return await fn(deps);
  } finally {
    await database.close();
  }
}

const program = new Command('useit').description(
  'USE-IT platform: link capital investment to local people and organisations',
);
program.exitOverride((err) => process.exit(err.exitCode === 0 ? 0 : 2));

program
  .command('serve')
  .description('run the server (migrates, and loads the city pack on first start)')
  .option('--no-demo', 'on first start, load no demo people: just one admin')
  .option('--port <port>', 'port to listen on', (v) => Number(v))
  .option('--host <host>', 'address to bind')
  .option('--dev', 'API only; run the web app with `npm run dev:web`')
  .action(async (o: { demo: boolean; port?: number; host?: string; dev?: boolean }) => {
    await startServer({
      demo: o.demo,
      serveWeb: !o.dev,
      ...(o.port ? { port: o.port } : {}),
      ...(o.host ? { host: o.host } : {}),
    });
  });

program
  .command('migrate')
  .description('apply database migrations')
  .action(async () => {
    const applied = await withDeps((deps) => migrateToLatest(deps.db));
    out(applied.length ? `Applied: ${applied.join(', ')}` : 'Database is up to date');
  });

program
  .command('seed')
  .description('load a city pack into an empty database')
  .option('--pack <name-or-path>', 'city pack folder name under city-packs/, or a path')
  .option('--no-demo', 'load no demo people: just one admin')
  .action(async (o: { pack?: string; demo: boolean }) => {
    const result = await withDeps((deps) =>
      seedProgramme(deps, { pack: o.pack ?? deps.config.CITY_PACK, demo: o.demo }),
    );
    out(
      `Loaded ${result.programme}: ${Object.entries(result.counts)
        .map(([k, v]) => `${v} ${k}`)
        .join(', ')}`,
    );
    out(`Admin sign-in: ${result.admin.email} / ${result.admin.password}`);
  });

const user = program.command('user').description('manage user accounts');
user
  .command('add')
  .description('create a user account')
  .requiredOption('--email <email>')
  .requiredOption('--name <display name>')
  .addOption(new Option('--role <role>').choices(roles).makeOptionMandatory())
  .requiredOption('--partner <slug>', 'partner slug the account belongs to')
  .option('--password <password>', 'initial password (default: a random one, printed once)')
  .action(async (o: { email: string; name: string; role: Role; partner: string; password?: string }) => {
    const password = o.password ?? randomBytes(12).toString('base64url');
    const { id } = await withDeps((deps) =>
      createUser(deps, systemContext, {
        email: o.email,
        displayName: o.name,
        role: o.role,
        partner: o.partner,
        password,
      }),
    );
    out(`Created ${o.email} (${o.role}) with id ${id}${o.password ? '' : `; password: ${password}`}`);
  });

const taxonomy = program.command('taxonomy').description('manage the occupations taxonomy');
taxonomy
  .command('import')
  .description('load an occupations taxonomy file (format of taxonomies/occupations.json): all entries or none')
  .argument('<file>')
  .action(async (file: string) => {
    const raw = readTaxonomyFile(file);
    const r = await withDeps((deps) => importTaxonomy(deps, systemContext, raw));
    out(
      `Imported occupations taxonomy version ${r.version}: ${r.total} occupations (${r.added} added, ${r.updated} updated)`,
    );
  });

program
  .command('backup')
  .description('write a full backup (gzipped JSON) of every table')
  .argument('<file>')
  .action(async (file: string) => {
    const backup = await withDeps((deps) => takeBackup(deps.db));
    writeFileSync(file, gzipSync(JSON.stringify(backup)));
    out(`Wrote ${file}: ${backup.tables.map((t) => `${t.rows.length} ${t.name}`).join(', ')}`);
  });

program
  .command('restore')
  .description('restore a backup into an empty database')
  .argument('<file>')
  .option('--replace', 'wipe the data already in the database first')
  .action(async (file: string, o: { replace?: boolean }) => {
    let raw: unknown;
    try {
      raw = JSON.parse(gunzipSync(readFileSync(file)).toString('utf8'));
    } catch (err) {
      throw new Error(`${file} is not a gzipped JSON backup: ${(err as Error).message}`, { cause: err });
    }
    const counts = await withDeps((deps) => restoreBackup(deps.db, parseBackup(raw), { replace: o.replace ?? false }));
    out(`Restored ${Object.values(counts).reduce((a, b) => a + b, 0)} rows into ${Object.keys(counts).length} tables`);
  });

program
  .command('jobs')
  .description('run every background job that is due now (mail, reminders, round-ups), then exit')
  .action(async () => {
    const outcome = await withDeps((deps) => runDueJobs(deps, jobHandlers));
    out(`Jobs: ${outcome.done} done, ${outcome.retry} to retry later, ${outcome.failed} failed`);
  });

addTransferCommands(program, withDeps);
addRoundupCommands(program, withDeps);

program.parseAsync().catch((err: unknown) => {
  process.stderr.write(`useit: ${(err as Error).message}\n`);
  process.exit(1);
});
