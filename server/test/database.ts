import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type Database } from '../db/database';
import { migrateToLatest } from '../db/migrate';

/**
 * A real, migrated database for one test file: in-memory PGlite by default, or a fresh PostgreSQL
 * database (created here, dropped on close) when TEST_DATABASE_URL is set. Never a mock.
 * Both start from the run's migrated copy made in global-setup.ts; migrateToLatest then finds nothing to do.
 */
export async function testDatabase(): Promise<Database> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    const snapshot = inject('testSnapshotFile');
    const database = await openDatabase({
      dataDir: 'memory://',
      // TEST_PGLITE_THREAD=1: the database in its own thread, as the server runs it (ADR 0018)
      thread: process.env.TEST_PGLITE_THREAD === '1',
      ...(snapshot ? { loadDataDir: new Blob([readFileSync(snapshot)]) } : {}),
    });
    await migrateToLatest(database.db);
    return database;
  }
  const name = `useit_test_${randomBytes(6).toString('hex')}`;
  const template = inject('testTemplateDatabase');
  await adminQuery(url, `create database ${name}${template ? ` template ${template}` : ''}`);
  const database = await openDatabase({ url: withDatabase(url, name), poolSize: 4 });
  await migrateToLatest(database.db);
  return {
    ...database,
    close: async () => {
      await database.close();
      await adminQuery(url, `drop database if exists ${name} with (force)`);
    },
  };
}

/** The same server URL with another database name. */
export function withDatabase(url: string, name: string): string {
  const target = new URL(url);
  target.pathname = `/${name}`;
  return target.toString();
}

/** One statement on the server's maintenance connection (create or drop a database). */
export async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
