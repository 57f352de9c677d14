import { sql } from 'kysely';
import type { Db } from './tx';
import { inTransaction } from './tx';
import { migrations } from './migrations/index';

/**
 * A logical backup that round-trips between PGlite and PostgreSQL: every application table's rows as JSON,
 * in foreign-key order, with the migration list it was taken at. Restore runs in one transaction.
 */
export interface Backup {
  format: 'useit-backup';
  version: 1;
  createdAt: string;
  migrations: string[];
  tables: { name: string; rows: Record<string, unknown>[] }[];
}

interface Column {
  table_name: string;
  column_name: string;
  data_type: string;
  column_default: string | null;
}

async function columns(db: Db): Promise<Column[]> {
  const r = await sql<Column>`
    select table_name, column_name, data_type, column_default from information_schema.columns
    where table_schema = 'public' and table_name not like 'kysely_%' order by table_name, ordinal_position`.execute(db);
  return r.rows;
}

/** Tables ordered so that every table comes after the tables it references. */
async function tableOrder(db: Db, tables: string[]): Promise<string[]> {
  const fks = await sql<{ child: string; parent: string }>`
    select conrelid::regclass::text as child, confrelid::regclass::text as parent
    from pg_constraint where contype = 'f' and connamespace = 'public'::regnamespace`.execute(db);
  const ordered: string[] = [];
  const visit = (t: string, path: Set<string>) => {
    if (ordered.includes(t) || path.has(t)) return;
    path.add(t);
    for (const fk of fks.rows) if (fk.child === t && fk.parent !== t) visit(fk.parent, path);
    ordered.push(t);
  };
  for (const t of [...tables].sort()) visit(t, new Set());
  return ordered;
}

export async function takeBackup(db: Db): Promise<Backup> {
  return inTransaction(db, async (trx) => {
    const cols = await columns(trx);
    const names = await tableOrder(trx, [...new Set(cols.map((c) => c.table_name))]);
    const tables = [];
    for (const name of names) {
      const rows = await sql<Record<string, unknown>>`select * from ${sql.table(name)}`.execute(trx);
      tables.push({ name, rows: rows.rows });
    }
    return {
      format: 'useit-backup',
      version: 1,
      createdAt: new Date().toISOString(),
      migrations: Object.keys(migrations),
      tables,
    };
  });
}

export class RestoreError extends Error {}

export function parseBackup(raw: unknown): Backup {
  const b = raw as Partial<Backup> | null;
  if (
    !b ||
    b.format !== 'useit-backup' ||
    b.version !== 1 ||
    !Array.isArray(b.tables) ||
    !Array.isArray(b.migrations)
  ) {
    throw new RestoreError('This file is not a USE-IT backup (format useit-backup, version 1)');
  }
  return b as Backup;
}

/** Restores into a migrated database that holds no data (or, with replace, whose data is wiped first). */
export async function restoreBackup(
  db: Db,
  backup: Backup,
  options: { replace?: boolean } = {},
): Promise<Record<string, number>> {
  const known = Object.keys(migrations);
  const missing = backup.migrations.filter((m) => !known.includes(m));
  if (missing.length > 0)
    throw new RestoreError(`The backup needs migrations this version lacks: ${missing.join(', ')}`);
  return inTransaction(db, async (trx) => {
    const cols = await columns(trx);
    const tableNames = new Set(cols.map((c) => c.table_name));
    for (const t of backup.tables)
      if (!tableNames.has(t.name)) throw new RestoreError(`Unknown table in backup: ${t.name}`);
    const nonEmpty = [];
    for (const t of tableNames) {
      const c = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(t)}`.execute(trx);
      if ((c.rows[0]?.n ?? 0) > 0) nonEmpty.push(t);
    }
    if (nonEmpty.length > 0 && !options.replace)
      throw new RestoreError(
        `The database already holds data (${nonEmpty.join(', ')}); restore with --replace to wipe it`,
      );
    if (nonEmpty.length > 0)
      await sql`truncate ${sql.join([...tableNames].map((t) => sql.table(t)))} cascade`.execute(trx);
    const counts: Record<string, number> = {};
    for (const t of backup.tables) {
      counts[t.name] = await insertRows(
        trx,
        t.name,
        t.rows,
        cols.filter((c) => c.table_name === t.name),
      );
    }
    await resetSequences(trx, cols);
    return counts;
  });
}

/**
 * Columns a later migration dropped because they only held a copy of other data: a backup taken before that
 * migration still restores, without them (0030: a response's answers as jsonb, also in answer_row and the XML).
 */
const droppedColumns = new Set(['research_submissions.answers']);

async function insertRows(trx: Db, table: string, rows: Record<string, unknown>[], cols: Column[]): Promise<number> {
  const jsonCols = new Set(
    cols.filter((c) => c.data_type === 'json' || c.data_type === 'jsonb').map((c) => c.column_name),
  );
  const known = new Set(cols.map((c) => c.column_name));
  for (let i = 0; i < rows.length; i += 500) {
    const batch = rows.slice(i, i + 500).map((row) => {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(row)) {
        if (!known.has(k)) {
          if (droppedColumns.has(`${table}.${k}`)) continue;
          throw new RestoreError(`Unknown column ${table}.${k} in backup`);
        }
        out[k] = v !== null && jsonCols.has(k) ? JSON.stringify(v) : v;
      }
      return out;
    });
    if (batch.length > 0)
      await trx
        .insertInto(table as never)
        .values(batch as never)
        .execute();
  }
  return rows.length;
}

async function resetSequences(trx: Db, cols: Column[]): Promise<void> {
  for (const c of cols.filter((col) => col.column_default?.startsWith('nextval('))) {
    await sql`select setval(pg_get_serial_sequence(${c.table_name}, ${c.column_name}),
      coalesce((select max(${sql.ref(c.column_name)}) from ${sql.table(c.table_name)}), 0) + 1, false)`.execute(trx);
  }
}
