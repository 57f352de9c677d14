import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from './database';
import { testDatabase } from '../test/database';

const probe = sql<Record<string, unknown>>`
  select 42::int as int4, 9007199254740991::bigint as int8, (-5)::smallint as int2,
    12345678901234.56::numeric(16,2) as money, 0.1::numeric as tenth, '2024-02-29'::date as leap, '{"a":[1,"x",null],"b":{"c":true}}'::jsonb as doc, '[1,2]'::json as arr,
    '2026-11-22T10:00:00Z'::timestamptz as at, true as yes, 1.5::float8 as half`;

const expected = {
  int4: 42,
  int8: 9007199254740991,
  int2: -5,
  money: '12345678901234.56',
  tenth: '0.1',
  leap: '2024-02-29',
  doc: { a: [1, 'x', null], b: { c: true } },
  arr: [1, 2],
  at: new Date('2026-11-22T10:00:00Z'),
  yes: true,
  half: 1.5,
};

describe('values read the same from both drivers', () => {
  let embedded: Database;
  let current: Database;
  beforeAll(async () => {
    embedded = await openDatabase({ dataDir: 'memory://' });
    current = await testDatabase();
  });
  afterAll(async () => {
    await embedded.close();
    await current.close();
  });

  it('rejects an impossible date rather than shifting it', async () => {
    await expect(sql`select '2026-02-29'::date`.execute(embedded.db)).rejects.toThrow();
  });

  it('parses integer, bigint, numeric, date, JSON and timestamps identically', async () => {
    const a = (await probe.execute(embedded.db)).rows[0];
    const b = (await probe.execute(current.db)).rows[0];
    expect(a).toEqual(expected);
    expect(b).toEqual(expected);
    expect(a).toStrictEqual(b);
  });

  it('refuses a bigint beyond 2^53 instead of rounding it', async () => {
    await expect(sql`select 9007199254740993::bigint as n`.execute(current.db)).rejects.toThrow(/safe integer/);
  });
});
