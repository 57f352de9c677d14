import type { Deps } from '../../deps';
import { computedMonthly } from './cache.service';
import { definitionSchema, type Definition } from './definition.rules';
import type { DateRange } from './figures.repo';
import * as repo from './indicators.repo';
import { figureFor, type Figure, type Period, type PeriodKind, type Target } from './series.rules';
import { sourceCatalogue } from './sources.registry';

/**
 * The computation behind every dashboard: monthly figures for many indicators, read with one grouped query per
 * source and date field (not one per indicator), plus manual results, rolled up into each indicator's periods.
 */
export type Monthly = Map<string, number>;

export const parseDefinition = (row: repo.IndicatorRow): Definition | null =>
  row.method === 'computed' ? definitionSchema.parse(row.query) : null;

/**
 * Monthly values per indicator id (and per area with byArea: key `${id}|${areaId}`), optionally only the months
 * within a date range (month granularity: a month counts when its first day or any later day falls in the range).
 */
export async function monthlyFor(
  deps: Deps,
  rows: readonly repo.IndicatorRow[],
  opts: { byArea?: boolean; range?: DateRange } = {},
): Promise<Map<string, Monthly>> {
  const out = new Map<string, Monthly>();
  const from = opts.range?.from.slice(0, 7) ?? '0000-00';
  const to = opts.range?.to.slice(0, 7) ?? '9999-99';
  const add = (id: string, area: string | null, month: string, v: number) => {
    if (month < from || month > to) return;
    const key = opts.byArea ? `${id}|${area}` : id;
    const m = out.get(key) ?? new Map<string, number>();
    m.set(month, (m.get(month) ?? 0) + v);
    out.set(key, m);
  };
  const computed = rows.flatMap((row) => {
    const def = parseDefinition(row);
    return def && sourceCatalogue.has(def.source) ? [{ id: row.id, def }] : [];
  });
  for (const [id, cells] of await computedMonthly(deps, computed))
    for (const c of cells) add(id, c.area, c.month, c.value);
  const manual = rows.filter((r) => r.method === 'manual').map((r) => r.id);
  for (const r of await repo.manualMonthly(deps.db, manual, opts.range))
    add(r.indicator_id, r.area_id, r.month, Number(r.value));
  return out;
}

export async function targetsByIndicator(deps: Deps, ids: readonly string[]): Promise<Map<string, Target[]>> {
  const out = new Map<string, Target[]>();
  for (const t of await repo.targetsFor(deps.db, ids)) {
    const list = out.get(t.indicator_id) ?? [];
    list.push({ start: t.period_start, end: t.period_end, target: Number(t.target) });
    out.set(t.indicator_id, list);
  }
  return out;
}

/** The range a figure covers: its targets' (or the chosen period), else its data's up to asOf. */
export function rangeFor(
  targets: readonly Target[],
  monthly: Monthly | undefined,
  asOf: string,
  chosen?: Period,
): Period {
  if (chosen) return chosen;
  if (targets.length)
    return {
      start: targets.reduce((m, t) => (t.start < m ? t.start : m), targets[0]!.start),
      end: targets.reduce((m, t) => (t.end > m ? t.end : m), targets[0]!.end),
    };
  const first = monthly && monthly.size ? [...monthly.keys()].sort()[0]! : asOf.slice(0, 7);
  return { start: `${first}-01`, end: asOf };
}

/** Every indicator's figure as of a day, optionally over a chosen period (a funder report's). */
export async function figuresFor(
  deps: Deps,
  rows: readonly repo.IndicatorRow[],
  asOf: string,
  chosen?: Period,
): Promise<Map<string, Figure>> {
  const [monthly, targets] = await Promise.all([
    monthlyFor(deps, rows),
    targetsByIndicator(
      deps,
      rows.map((r) => r.id),
    ),
  ]);
  const out = new Map<string, Figure>();
  for (const row of rows) {
    const t = (targets.get(row.id) ?? []).filter((x) => !chosen || (x.start <= chosen.end && x.end >= chosen.start));
    const m = monthly.get(row.id);
    out.set(row.id, figureFor(row.period as PeriodKind, m ?? new Map(), t, asOf, rangeFor(t, m, asOf, chosen)));
  }
  return out;
}
