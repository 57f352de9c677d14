import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../../db/tx';
import type { Definition, Filter } from './definition.rules';
import type { IndicatorSource } from './sources.types';

/**
 * SQL built from a checked definition. Column names come only from the source catalogue (the owning module's
 * declaration) and every value is a bound parameter; nothing from a request is spliced into the text.
 */
const col = (field: string) => sql.ref(`src.${field}`);

function condition(f: Filter): RawBuilder<boolean> {
  const c = col(f.field);
  if (f.op === 'in') return sql<boolean>`${c} in (${sql.join((f.value as unknown[]).map((v) => sql`${v}`))})`;
  const op = { eq: '=', ne: '<>', gt: '>', gte: '>=', lt: '<', lte: '<=' }[f.op];
  return sql<boolean>`${c} ${sql.raw(op)} ${f.value as string | number | boolean}`;
}

export function whereOf(filters: readonly Filter[]): RawBuilder<boolean> {
  return filters.length ? sql<boolean>`(${sql.join(filters.map(condition), sql` and `)})` : sql<boolean>`true`;
}

function aggregate(def: Definition): RawBuilder<number> {
  const where = def.filters.length ? sql` filter (where ${whereOf(def.filters)})` : sql``;
  return def.measure.kind === 'count'
    ? sql<number>`count(*)${where}`
    : sql<number>`coalesce(sum(${col(def.measure.field)})${where}, 0)`;
}

export interface DateRange {
  from: string;
  to: string;
}

const inRange = (dateCol: string, range: DateRange | undefined) =>
  range ? sql`${col(dateCol)} >= ${range.from}::date and ${col(dateCol)} < (${range.to}::date + 1)` : sql`true`;

/**
 * One grouped read of a source for many indicators at once: per month (and per area when asked), one column per
 * definition (`m0`, `m1`, ...). A dashboard refresh runs this once per source and date field, not per indicator.
 */
export async function monthlyFigures(
  db: Db,
  source: IndicatorSource,
  dateCol: string,
  defs: readonly Definition[],
  opts: { byArea?: boolean; range?: DateRange | undefined } = {},
): Promise<{ month: string; area: string | null; values: number[] }[]> {
  const area = opts.byArea && source.area ? sql`${col(source.area)}::text` : sql`null::text`;
  const measures = defs.map((d, i) => sql`${aggregate(d)} as ${sql.ref(`m${i}`)}`);
  const r = await sql<Record<string, unknown>>`
    select to_char(date_trunc('month', ${col(dateCol)}), 'YYYY-MM') as month, ${area} as area, ${sql.join(measures)}
    from ${sql.raw(source.relation)} as src
    where ${col(dateCol)} is not null and ${inRange(dateCol, opts.range)}
    group by 1, 2`.execute(db);
  return r.rows.map((row) => ({
    month: row.month as string,
    area: (row.area as string | null) ?? null,
    values: defs.map((_, i) => Number(row[`m${i}`] ?? 0)),
  }));
}

export interface RecordRow {
  id: string;
  label: string;
  date: string | null;
  areaId: string | null;
  partnerId: string | null;
  fields: Record<string, unknown>;
}

/** The records behind a figure, a page at a time, newest first; optionally only one partner's. */
export async function recordsBehind(
  db: Db,
  source: IndicatorSource,
  dateCol: string,
  def: Definition,
  opts: { range?: DateRange | undefined; partnerId?: string | undefined; page: number; pageSize: number },
): Promise<{ items: RecordRow[]; total: number }> {
  const partner =
    opts.partnerId === undefined
      ? sql`true`
      : source.partner
        ? sql`${col(source.partner)} = ${opts.partnerId}`
        : sql`false`;
  const extra = source.drill.map((f) => sql`${col(f)} as ${sql.ref(`f_${f}`)}`);
  const r = await sql<Record<string, unknown>>`
    select ${col(source.id)}::text as id, ${col(source.recordLabel)}::text as label,
      to_char(${col(dateCol)}, 'YYYY-MM-DD') as date,
      ${source.area ? sql`${col(source.area)}::text` : sql`null::text`} as area_id,
      ${source.partner ? sql`${col(source.partner)}::text` : sql`null::text`} as partner_id,
      count(*) over () as total ${extra.length ? sql`, ${sql.join(extra)}` : sql``}
    from ${sql.raw(source.relation)} as src
    where ${whereOf(def.filters)} and ${col(dateCol)} is not null and ${inRange(dateCol, opts.range)} and ${partner}
    order by ${col(dateCol)} desc, 1
    limit ${opts.pageSize} offset ${(opts.page - 1) * opts.pageSize}`.execute(db);
  const items = r.rows.map((row) => ({
    id: row.id as string,
    label: row.label as string,
    date: (row.date as string | null) ?? null,
    areaId: (row.area_id as string | null) ?? null,
    partnerId: (row.partner_id as string | null) ?? null,
    fields: Object.fromEntries(source.drill.map((f) => [f, row[`f_${f}`]])),
  }));
  return { items, total: Number(r.rows[0]?.total ?? 0) };
}
