import type { Kysely, Transaction } from 'kysely';
import type { DB } from './schema';

export type Db = Kysely<DB>;
export type Tx = Transaction<DB>;

/** Runs fn in a transaction, joining the caller's when there is one (seeding runs many use-cases in one). */
export async function inTransaction<T>(db: Db, fn: (trx: Tx) => Promise<T>): Promise<T> {
  if (db.isTransaction) return fn(db as Tx);
  return db.transaction().execute(fn);
}
