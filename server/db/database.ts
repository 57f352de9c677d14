import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { Kysely, PGliteDialect, PostgresDialect } from 'kysely';
import pg from 'pg';
import { PGliteThread } from './pglite.thread';
import type { DB } from './schema';
import { parsers } from './types';

export type DatabaseKind = 'pglite' | 'postgres';

export interface Database {
  db: Kysely<DB>;
  kind: DatabaseKind;
  close: () => Promise<void>;
  /** PGlite only: the data directory as a tarball, to start other databases from (test snapshots) */
  dumpDataDir?: () => Promise<Blob>;
  /** PGlite in its own thread only: the CPU ms that thread has used (benchmarks) */
  threadCpuMs?: () => Promise<number>;
  /** PGlite in its own thread only: settles if that thread stops by itself (the server cannot go on) */
  lost?: Promise<Error>;
}

export interface DatabaseOptions {
  /** postgres://... ; when absent the embedded PGlite is used */
  url?: string | undefined;
  /** PGlite data directory; 'memory://' for an in-memory database */
  dataDir?: string;
  /** a PGlite data-dir tarball to start from (test snapshots) */
  loadDataDir?: Blob;
  poolSize?: number;
  /** PGlite only: run it in a thread of its own (the server does; ADR 0018); ignored with `url` */
  thread?: boolean;
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.url) return openPostgres(options.url, options.poolSize ?? 10);
  if (options.thread) return openPgliteThread(options.dataDir ?? 'memory://', options.loadDataDir);
  return openPglite(options.dataDir ?? 'memory://', options.loadDataDir);
}

async function openPgliteThread(dataDir: string, loadDataDir?: Blob): Promise<Database> {
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  const pglite = new PGliteThread({
    dataDir,
    ...(loadDataDir ? { loadDataDir: await loadDataDir.arrayBuffer() } : {}),
  });
  await pglite.waitReady;
  const db = new Kysely<DB>({ dialect: new PGliteDialect({ pglite }) });
  return {
    db,
    kind: 'pglite',
    dumpDataDir: () => pglite.dumpDataDir(),
    threadCpuMs: () => pglite.cpuMs(),
    lost: pglite.lost,
    close: async () => {
      await db.destroy();
      await pglite.close();
    },
  };
}

async function openPglite(dataDir: string, loadDataDir?: Blob): Promise<Database> {
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  const pglite = await PGlite.create({
    dataDir,
    parsers,
    extensions: { pg_trgm },
    ...(loadDataDir ? { loadDataDir } : {}),
  });
  const db = new Kysely<DB>({ dialect: new PGliteDialect({ pglite }) });
  return {
    db,
    kind: 'pglite',
    dumpDataDir: () => pglite.dumpDataDir('none'),
    close: async () => {
      await db.destroy();
      if (!pglite.closed) await pglite.close();
    },
  };
}

function openPostgres(url: string, max: number): Database {
  const types = {
    getTypeParser: (oid: number, format?: string) => {
      const parse = parsers[oid];
      if (parse && format !== 'binary') return parse;
      return pg.types.getTypeParser(oid, format as 'text');
    },
  };
  const pool = new pg.Pool({ connectionString: url, max, types });
  // An idle pooled connection that the server drops (a restart, a failover, an administrator's terminate) is
  // reported here; the pool discards it and the next query opens a fresh one. Without a listener the process dies.
  pool.on('error', () => undefined);
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return { db, kind: 'postgres', close: () => db.destroy() };
}
