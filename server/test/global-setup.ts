import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../db/database';
import { migrateToLatest } from '../db/migrate';
import { adminQuery, withDatabase } from './database';

/**
 * Migrates one database for the whole run, so each test file starts from a copy instead of running every
 * migration itself: a PGlite data-dir tarball (loading it is about a second faster than a fresh PGlite plus
 * migrations, per file) or, with TEST_DATABASE_URL, a PostgreSQL template database.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const name = `useit_template_${randomBytes(6).toString('hex')}`;
    await adminQuery(url, `create database ${name}`);
    const template = await openDatabase({ url: withDatabase(url, name), poolSize: 1 });
    await migrateToLatest(template.db);
    await template.close();
    project.provide('testTemplateDatabase', name);
    return () => adminQuery(url, `drop database if exists ${name} with (force)`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'useit-snapshot-'));
  const file = join(dir, 'migrated.tar');
  const database = await openDatabase({ dataDir: 'memory://' });
  await migrateToLatest(database.db);
  if (!database.dumpDataDir) throw new Error('the embedded database cannot dump its data directory');
  const dump = await database.dumpDataDir();
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  await database.close();
  project.provide('testSnapshotFile', file);
  return async () => rmSync(dir, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    testSnapshotFile: string;
    testTemplateDatabase: string;
  }
}
