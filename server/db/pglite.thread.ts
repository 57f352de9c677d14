import { Worker } from 'node:worker_threads';
import type { ThreadReply, ThreadRequest, ThreadSetup } from './pglite.protocol';

/**
 * The embedded PGlite in a thread of its own, with the API Kysely's PGlite dialect drives (query, transaction,
 * close). In process, PGlite runs on the server's one JavaScript thread, so while it stores a response no request
 * is read, and the second core idles; here the database works beside the server (ADR 0018).
 */
type Distribute<T> = T extends unknown ? Omit<T, 'id'> : never;
type Request = Distribute<ThreadRequest>;

interface QueryResult {
  rows: unknown[];
  affectedRows?: number;
  fields: { name: string; dataTypeID: number }[];
}

/** The database's error again, with its fields (code, constraint, detail, ...), and this side's stack. */
function revive(data: Record<string, unknown>): Error {
  const err = new Error(String(data.message));
  const { message: _m, name, ...fields } = data;
  if (typeof name === 'string') err.name = name;
  return Object.assign(err, fields);
}

export class PGliteThread {
  closed = false;
  ready = false;
  readonly waitReady: Promise<void>;
  /** Settles with the reason if the thread stops without close() (the server then stops too: see main.ts). */
  readonly lost: Promise<Error>;
  private closing = false;
  private readonly worker: Worker;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private nextId = 1;

  constructor(setup: ThreadSetup) {
    // from TypeScript sources (tsx, vitest) the worker is a .ts file too, and needs tsx's loader if not already there
    const fromSource = import.meta.url.endsWith('.ts');
    const addTsx = fromSource && !process.execArgv.some((a) => a.includes('tsx'));
    this.worker = new Worker(new URL(`./pglite.worker${fromSource ? '.ts' : '.js'}`, import.meta.url), {
      workerData: setup,
      ...(addTsx ? { execArgv: [...process.execArgv, '--import', 'tsx'] } : {}),
      ...(setup.loadDataDir ? { transferList: [setup.loadDataDir] } : {}),
    });
    this.waitReady = new Promise<void>((resolve, reject) => {
      this.pending.set(0, { resolve: () => ((this.ready = true), resolve()), reject });
    });
    this.worker.on('message', (m: ThreadReply) => {
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      if (this.pending.size === 0) this.worker.unref();
      if (m.ok) p.resolve(m.value);
      else p.reject(revive(m.error));
    });
    let lose: (err: Error) => void = () => undefined;
    this.lost = new Promise<Error>((resolve) => (lose = resolve));
    const fail = (err: Error) => {
      this.closed = true;
      for (const p of this.pending.values()) p.reject(err);
      this.pending.clear();
      if (!this.closing) lose(err);
    };
    this.worker.on('error', fail);
    this.worker.on('exit', (code) => fail(new Error(`The database thread stopped (exit code ${code})`)));
  }

  private call<T>(request: Request): Promise<T> {
    if (this.closed) return Promise.reject(new Error('The database is closed'));
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      // the thread keeps the process alive only while an answer is awaited: a command that ends without
      // closing the database still exits, and none exits half-way through a statement
      if (this.pending.size === 0) this.worker.ref();
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      try {
        this.worker.postMessage({ ...request, id });
      } catch (err) {
        // a parameter that cannot be copied to the thread (a function, a symbol): this query fails, nothing else
        this.pending.delete(id);
        if (this.pending.size === 0) this.worker.unref();
        reject(err as Error);
      }
    });
  }

  query<T>(sql: string, params: unknown[] = [], _options?: unknown): Promise<QueryResult & { rows: T[] }> {
    return this.call({ op: 'query', sql, params, tx: null });
  }

  async transaction<T>(
    fn: (tx: { query: PGliteThread['query']; rollback: () => Promise<void> }) => Promise<T>,
  ): Promise<T> {
    const tx = await this.call<number>({ op: 'begin' });
    let done = false;
    const rollback = async () => {
      if (done) return;
      done = true;
      await this.call({ op: 'rollback', tx });
    };
    try {
      const value = await fn({
        query: <R>(sql: string, params: unknown[] = []) =>
          this.call<QueryResult & { rows: R[] }>({ op: 'query', sql, params, tx }),
        rollback,
      });
      if (!done) {
        done = true;
        await this.call({ op: 'commit', tx });
      }
      return value;
    } catch (err) {
      await rollback().catch(() => undefined);
      throw err;
    }
  }

  /** CPU ms the database's thread has used so far (benchmarks). */
  cpuMs(): Promise<number> {
    return this.call({ op: 'cpu' });
  }

  /** The data directory as a tarball (test snapshots). */
  async dumpDataDir(): Promise<Blob> {
    return new Blob([await this.call<ArrayBuffer>({ op: 'dump' })]);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closing = true;
    await this.call({ op: 'close' }).catch(() => undefined);
    this.closed = true;
    await this.worker.terminate();
  }
}
