import type { Deps } from '../../deps';
import type { Db } from '../../db/tx';
import { enqueueJob, type JobHandler } from '../../jobs/runner';
import { computedMonthly, type Computed } from './cache.service';
import * as cache from './cache.repo';
import { definitionSchema } from './definition.rules';
import { listIndicators } from './indicators.repo';
import { sourceCatalogue } from './sources.registry';

/**
 * The nightly `impact.refresh` (ADR 0016): closed months are cached, so a record edited in a closed month shows only
 * after the cache is rebuilt. The job forgets every cached month, rebuilds the caches at once (so no dashboard
 * reader pays for it, least of all on the 1st when the month rolls over) and queues the next night's run.
 */
export const impactRefreshKind = 'impact.refresh';

/** Ten past midnight UTC, the first one after `after` (pure). */
export function nextRefreshRun(after: Date): Date {
  const run = new Date(Date.UTC(after.getUTCFullYear(), after.getUTCMonth(), after.getUTCDate(), 0, 10));
  if (run.getTime() <= after.getTime()) run.setUTCDate(run.getUTCDate() + 1);
  return run;
}

/** Queues the next run; its day is the unique key, so calling this again (another server, a restart) is a no-op. */
export function scheduleImpactRefresh(db: Db, after = new Date()) {
  const runAt = nextRefreshRun(after);
  return enqueueJob(db, {
    kind: impactRefreshKind,
    payload: { at: runAt.toISOString() },
    uniqueKey: `${impactRefreshKind}:${runAt.toISOString().slice(0, 10)}`,
    runAt,
  });
}

/** Every computed indicator whose source the catalogue still offers. */
async function computedIndicators(deps: Deps): Promise<Computed[]> {
  const rows = await listIndicators(deps.db, {});
  return rows.flatMap((r) => {
    if (r.method !== 'computed') return [];
    const def = definitionSchema.parse(r.query);
    return sourceCatalogue.has(def.source) ? [{ id: r.id, def }] : [];
  });
}

export const refreshImpactCache: JobHandler = async (deps) => {
  await cache.clearCache(deps.db);
  const items = await computedIndicators(deps);
  await computedMonthly(deps, items);
  deps.log.info({ indicators: items.length }, 'impact cache rebuilt');
  await scheduleImpactRefresh(deps.db);
};
