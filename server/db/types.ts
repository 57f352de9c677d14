/**
 * One set of value parsers for both drivers, so a row reads the same from PGlite and PostgreSQL:
 * int8 -> number (ids and counts stay far below 2^53; larger values fail loudly), numeric -> string
 * (exact decimals for money), date -> 'YYYY-MM-DD' string (no time-zone drift), timestamps -> Date,
 * json/jsonb -> parsed value.
 */
export const OID = {
  int8: 20,
  int2: 21,
  int4: 23,
  numeric: 1700,
  date: 1082,
  timestamp: 1114,
  timestamptz: 1184,
  json: 114,
  jsonb: 3802,
  float4: 700,
  float8: 701,
  bool: 16,
} as const;

function parseInt8(value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n)) throw new RangeError(`bigint ${value} is beyond the safe integer range`);
  return n;
}

export const parsers: Record<number, (value: string) => unknown> = {
  [OID.int8]: parseInt8,
  [OID.int2]: (v) => Number(v),
  [OID.int4]: (v) => Number(v),
  [OID.float4]: (v) => Number(v),
  [OID.float8]: (v) => Number(v),
  [OID.numeric]: (v) => v,
  [OID.date]: (v) => v,
  [OID.timestamp]: (v) => new Date(`${v.replace(' ', 'T')}Z`),
  [OID.timestamptz]: (v) => new Date(v),
  [OID.json]: (v) => JSON.parse(v) as unknown,
  [OID.jsonb]: (v) => JSON.parse(v) as unknown,
  [OID.bool]: (v) => v === 't' || v === 'true',
};
