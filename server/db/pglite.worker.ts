import { parentPort, workerData } from 'node:worker_threads';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { parsers } from './types';
import type { ThreadReply, ThreadRequest, ThreadSetup } from './pglite.protocol';

/**
 * The embedded database's own thread (see pglite.thread.ts): one PGlite, driven by messages. A transaction
 * holds PGlite's lock from `begin` to `commit`/`rollback`, exactly as Kysely's PGlite driver holds it in process,
 * so a query outside it waits until it ends.
 */
const setup = workerData as ThreadSetup;
const port = parentPort!;

interface OpenTx {
  tx: Transaction;
  finish: (commit: boolean) => void;
  closed: Promise<unknown>;
}
const open = new Map<number, OpenTx>();
let nextTx = 1;

/** An error as plain data: PostgreSQL's fields (code, constraint, detail, ...) survive the trip. */
function plain(err: unknown): Record<string, unknown> {
  if (!(err instanceof Error)) return { message: String(err) };
  const out: Record<string, unknown> = { message: err.message, name: err.name };
  for (const [k, v] of Object.entries(err)) if (typeof v !== 'function' && typeof v !== 'object') out[k] = v;
  return out;
}

async function begin(): Promise<number> {
  const id = nextTx++;
  await new Promise<void>((started) => {
    let finish: (commit: boolean) => void = () => undefined;
    const decided = new Promise<boolean>((resolve) => (finish = resolve));
    const closed = pglite.transaction(async (tx) => {
      open.set(id, { tx, finish, closed });
      started();
      if (!(await decided)) throw new RolledBack();
    });
    // the entry is set before `started`; `closed` is only awaited by commit/rollback
    closed.catch(() => undefined);
  });
  return id;
}

class RolledBack extends Error {}

async function end(id: number, commit: boolean): Promise<void> {
  const t = open.get(id);
  if (!t) throw new Error(`no open transaction ${id}`);
  open.delete(id);
  t.finish(commit);
  try {
    await t.closed;
  } catch (err) {
    if (!(err instanceof RolledBack)) throw err;
  }
}

async function handle(m: ThreadRequest): Promise<unknown> {
  switch (m.op) {
    case 'query': {
      const on = m.tx === null ? pglite : open.get(m.tx)?.tx;
      if (!on) throw new Error(`no open transaction ${m.tx}`);
      const r = await on.query(m.sql, m.params, { rowMode: 'object' });
      return { rows: r.rows, affectedRows: r.affectedRows, fields: r.fields };
    }
    case 'begin':
      return begin();
    case 'commit':
      return end(m.tx, true);
    case 'rollback':
      return end(m.tx, false);
    case 'cpu': {
      const u = process.threadCpuUsage();
      return (u.user + u.system) / 1000;
    }
    case 'dump':
      return (await pglite.dumpDataDir('none')).arrayBuffer();
    case 'close':
      if (!pglite.closed) await pglite.close();
      return null;
  }
}

const pglite = await PGlite.create({
  dataDir: setup.dataDir,
  parsers,
  extensions: { pg_trgm },
  ...(setup.loadDataDir ? { loadDataDir: new Blob([setup.loadDataDir]) } : {}),
});

port.on('message', (m: ThreadRequest) => {
  handle(m).then(
    (value) => port.postMessage({ id: m.id, ok: true, value } satisfies ThreadReply),
    (err: unknown) => port.postMessage({ id: m.id, ok: false, error: plain(err) } satisfies ThreadReply),
  );
});
port.postMessage({ id: 0, ok: true, value: 'ready' } satisfies ThreadReply);
