import { sql } from 'kysely';
import type { Db } from './tx';

/**
 * Merging two records must move everything that points at the one merged away. Rather than a list that goes
 * stale as modules add tables, the foreign keys are read from the catalogue (pg_constraint works the same on
 * PGlite and PostgreSQL), so a table added later is re-pointed too. See docs/adr/0007-transfers-module.md.
 */

export interface ForeignKey {
  table: string;
  column: string;
}

/** Every single-column foreign key in the public schema that references `table`(id). */
export async function foreignKeysTo(db: Db, table: string): Promise<ForeignKey[]> {
  const rows = await sql<ForeignKey>`
    select c.conrelid::regclass::text as "table", a.attname as "column"
    from pg_constraint c
    join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
    where c.contype = 'f' and c.confrelid = ${`public.${table}`}::regclass and array_length(c.conkey, 1) = 1
    order by 1, 2`.execute(db);
  return rows.rows;
}

/**
 * Points every row of table.column that holds `from` at `to`; returns the ids of the rows moved (or their
 * count, as strings, for a table without an id column), for the merge's history.
 */
export async function repoint(db: Db, fk: ForeignKey, from: string, to: string): Promise<string[]> {
  const result = await sql<{ id: string | null }>`
    update ${sql.table(fk.table)} as t set ${sql.ref(fk.column)} = ${to}
    where ${sql.ref(`t.${fk.column}`)} = ${from}
    returning (to_jsonb(t.*) ->> 'id') as id`.execute(db);
  return result.rows.map((r, i) => r.id ?? String(i + 1));
}

/** The history of a merge: both rows as they were, and every reference moved. */
export async function recordMerge(
  db: Db,
  m: {
    entity: 'partner' | 'micro_asset';
    keptId: string;
    mergedId: string;
    actorUserId: string | null;
    snapshot: object;
  },
): Promise<number> {
  const row = await db
    .insertInto('merges')
    .values({
      entity: m.entity,
      kept_id: m.keptId,
      merged_id: m.mergedId,
      actor_user_id: m.actorUserId,
      snapshot: JSON.stringify(m.snapshot),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Moves every reference to `from` over to `to`, skipping none; returns what moved, by table.column. */
export async function repointAll(db: Db, table: string, from: string, to: string): Promise<Record<string, string[]>> {
  const moved: Record<string, string[]> = {};
  for (const fk of await foreignKeysTo(db, table)) {
    const ids = await repoint(db, fk, from, to);
    if (ids.length > 0) moved[`${fk.table}.${fk.column}`] = ids;
  }
  return moved;
}
