import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from './database';
import { migrateToLatest } from './migrate';

/**
 * The embedded database in its own thread (ADR 0018), as the server opens it: rows read as in process,
 * the database's errors keep their fields, transactions commit or roll back whole and hold the database
 * while open, and what was committed is there after a restart.
 */
describe('PGlite in its own thread', () => {
  const dir = mkdtempSync(join(tmpdir(), 'useit-pglite-thread-'));
  let database: Database;
  beforeAll(async () => {
    database = await openDatabase({ dataDir: dir, thread: true });
    await migrateToLatest(database.db);
    await sql`create table thread_probe (id int primary key, note text not null check (length(note) < 10), at timestamptz, big int8, doc jsonb, raw bytea)`.execute(
      database.db,
    );
  }, 60_000);
  afterAll(async () => {
    await database?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads values with the same parsers as in process', async () => {
    const at = new Date('2026-05-01T10:00:00.000Z');
    await sql`insert into thread_probe values (1, 'one', ${at}, 9007199254740991, ${JSON.stringify({ a: [1, 'ü'] })}::jsonb, ${Buffer.from('hi')})`.execute(
      database.db,
    );
    const r = await sql<{ at: Date; big: number; doc: unknown; raw: Uint8Array; d: string }>`
      select at, big, doc, raw, date '2026-05-01' as d from thread_probe where id = 1`.execute(database.db);
    expect(r.rows[0]!.at).toEqual(at);
    expect(r.rows[0]!.big).toBe(9007199254740991);
    expect(r.rows[0]!.doc).toEqual({ a: [1, 'ü'] });
    expect(Buffer.from(r.rows[0]!.raw).toString()).toBe('hi');
    expect(r.rows[0]!.d).toBe('2026-05-01');
  });

  it("passes the database's errors on with their code, constraint and detail", async () => {
    const err = await sql`insert into thread_probe (id, note) values (1, 'again')`
      .execute(database.db)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    expect(err).toMatchObject({ code: '23505', constraint: 'thread_probe_pkey', table: 'thread_probe' });
    const check = await sql`insert into thread_probe (id, note) values (2, 'far too long a note')`
      .execute(database.db)
      .catch((e: unknown) => e);
    expect(check).toMatchObject({ code: '23514', constraint: 'thread_probe_note_check' });
    const uncopyable = await sql`select ${sql.val({ f: () => 1 })} as n`.execute(database.db).catch((e: unknown) => e);
    expect(uncopyable).toBeInstanceOf(Error);
    expect((await sql<{ n: number }>`select 1 as n`.execute(database.db)).rows).toEqual([{ n: 1 }]);
    const parse = await sql`select 9007199254740993::int8 as n`.execute(database.db).catch((e: unknown) => e);
    expect(String((parse as Error).message)).toMatch(/beyond the safe integer range/);
  });

  it('commits a transaction whole, rolls a failed one back whole, and holds the database while one is open', async () => {
    await database.db.transaction().execute(async (trx) => {
      await sql`insert into thread_probe (id, note) values (10, 'ten'), (11, 'eleven')`.execute(trx);
    });
    const failed = await database.db
      .transaction()
      .execute(async (trx) => {
        await sql`insert into thread_probe (id, note) values (12, 'twelve')`.execute(trx);
        await sql`insert into thread_probe (id, note) values (10, 'dup')`.execute(trx);
      })
      .catch((e: unknown) => e);
    expect(failed).toMatchObject({ code: '23505' });
    const order: string[] = [];
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const tx = database.db.transaction().execute(async (trx) => {
      await sql`insert into thread_probe (id, note) values (13, 'thirteen')`.execute(trx);
      order.push('tx wrote');
      await held;
      order.push('tx ends');
    });
    await new Promise((r) => setTimeout(r, 20));
    const outside = sql<{ n: number }>`select count(*)::int as n from thread_probe where id >= 10`
      .execute(database.db)
      .then((r) => (order.push('outside read'), r.rows[0]!.n));
    await new Promise((r) => setTimeout(r, 20));
    release();
    await tx;
    expect(await outside).toBe(3);
    expect(order).toEqual(['tx wrote', 'tx ends', 'outside read']);
  });

  it('keeps what was committed across a restart, and refuses queries once closed', async () => {
    await database.close();
    await expect(sql`select 1`.execute(database.db)).rejects.toThrow();
    database = await openDatabase({ dataDir: dir, thread: true });
    const r = await sql<{ id: number }>`select id from thread_probe order by id`.execute(database.db);
    expect(r.rows.map((x) => x.id)).toEqual([1, 10, 11, 13]);
  }, 60_000);
});
