import type { Deps } from '../../deps';
import { inTransaction } from '../../db/tx';
import * as cache from './cache.repo';
import { dateFieldOf, type Definition } from './definition.rules';
import * as figures from './figures.repo';
import { sourceCatalogue } from './sources.registry';

/**
 * Computed indicators' monthly figures per area. Closed months come from a cache, rebuilt for an indicator when
 * the month rolls over or its definition changes (and by the refresh job); the current month (and anything dated
 * later) is read live with the date index. Each read is one grouped query per source and date field.
 */
export interface Computed {
  id: string;
  def: Definition;
}
export interface MonthCell {
  month: string;
  area: string | null;
  value: number;
}

export function monthBounds(now: Date) {
  const y = now.getUTCFullYear();
  const m = now.getUTCMonth();
  const liveFrom = new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 10);
  const closedTo = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  return { liveFrom, closedTo, through: closedTo.slice(0, 7) };
}

async function grouped(deps: Deps, items: readonly Computed[], range: figures.DateRange) {
  const groups = new Map<string, Computed[]>();
  for (const item of items) {
    const source = sourceCatalogue.get(item.def.source);
    if (!source) continue;
    const key = `${item.def.source}|${dateFieldOf(item.def, source)}`;
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  const out = new Map<string, MonthCell[]>();
  for (const [key, list] of groups) {
    const [name, date] = key.split('|') as [string, string];
    const rows = await figures.monthlyFigures(
      deps.db,
      sourceCatalogue.get(name)!,
      date,
      list.map((i) => i.def),
      { byArea: true, range },
    );
    list.forEach((item, i) =>
      out.set(
        item.id,
        rows.filter((r) => r.values[i] !== 0).map((r) => ({ month: r.month, area: r.area, value: r.values[i]! })),
      ),
    );
  }
  return out;
}

export async function computedMonthly(
  deps: Deps,
  items: readonly Computed[],
  now = new Date(),
): Promise<Map<string, MonthCell[]>> {
  const bounds = monthBounds(now);
  const ids = items.map((i) => i.id);
  const states = new Map((await cache.cacheStates(deps.db, ids)).map((s) => [s.indicator_id, s]));
  const stale = items.filter((i) => {
    const s = states.get(i.id);
    return !s || s.through_month !== bounds.through || s.query_text !== JSON.stringify(i.def);
  });
  if (stale.length) {
    const built = await grouped(deps, stale, { from: '1900-01-01', to: bounds.closedTo });
    await inTransaction(deps.db, async (trx) => {
      for (const i of stale)
        await cache.replaceCache(
          trx,
          i.id,
          { query_text: JSON.stringify(i.def), through_month: bounds.through },
          (built.get(i.id) ?? []).map((c) => ({ month: c.month, area_id: c.area, value: c.value })),
        );
    });
  }
  const out = new Map<string, MonthCell[]>(ids.map((id) => [id, []]));
  for (const c of await cache.cachedMonths(deps.db, ids))
    out.get(c.indicator_id)!.push({ month: c.month, area: c.area_id, value: Number(c.value) });
  const live = await grouped(deps, items, { from: bounds.liveFrom, to: '2999-12-31' });
  for (const [id, cells] of live) out.get(id)!.push(...cells);
  return out;
}
