/** Messages between the server and the embedded database's thread (pglite.thread.ts, pglite.worker.ts). */
export interface ThreadSetup {
  dataDir: string;
  /** a data-dir tarball to start from */
  loadDataDir?: ArrayBuffer;
}

export type ThreadRequest = { id: number } & (
  | { op: 'query'; sql: string; params: unknown[]; tx: number | null }
  | { op: 'begin' }
  | { op: 'commit'; tx: number }
  | { op: 'rollback'; tx: number }
  | { op: 'dump' }
  | { op: 'cpu' }
  | { op: 'close' }
);

export type ThreadReply =
  { id: number; ok: true; value: unknown } | { id: number; ok: false; error: Record<string, unknown> };
