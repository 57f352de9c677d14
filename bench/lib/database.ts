import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from '../../server/db/database';

/** Where benchmarks run: BENCH_DATABASE_URL (a PostgreSQL role with CREATEDB) or an in-memory PGlite. */
export const postgresUrl = process.env.BENCH_DATABASE_URL;
export const databaseKind = postgresUrl ? 'postgres' : 'pglite';

async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/**
 * In-memory PGlite (or PGlite in `pgliteDir`, on disk as the server keeps it) in its own thread as the server runs it
 * (BENCH_PGLITE_THREAD=0: in process), or a fresh PostgreSQL database (dropped on close) when BENCH_DATABASE_URL is set.
 */
export async function benchDatabase(pgliteDir = 'memory://'): Promise<Database> {
  if (!postgresUrl) return openDatabase({ dataDir: pgliteDir, thread: process.env.BENCH_PGLITE_THREAD !== '0' });
  const url = postgresUrl;
  const name = `useit_bench_${randomBytes(6).toString('hex')}`;
  await adminQuery(url, `create database ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  const database = await openDatabase({ url: target.toString() });
  return {
    ...database,
    close: async () => {
      await database.close();
      await adminQuery(url, `drop database if exists ${name} with (force)`);
    },
  };
}
