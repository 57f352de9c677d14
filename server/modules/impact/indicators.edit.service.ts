import type { Deps } from '../../deps';
import { inTransaction } from '../../db/tx';
import type { RequestContext } from '../../http/context';
import { AppError, notFound } from '../../http/errors';
import { recordAudit } from '../privacy/privacy.service';
import { parseDefinition } from './figures.service';
import type { UpdateIndicatorBody } from './impact.schemas';
import * as repo from './indicators.repo';
import { getIndicatorView, rowOf } from './indicators.service';

/** Editing an indicator: its stored definition and targets as the edit form holds them, and the checked update. */
async function found(deps: Deps, code: string) {
  const row = await repo.findIndicator(deps.db, code);
  if (!row) throw notFound(`Indicator ${code}`);
  return row;
}

export async function getIndicatorDefinition(deps: Deps, code: string) {
  const row = await found(deps, code);
  const targets = await repo.targetsFor(deps.db, [row.id]);
  const def = parseDefinition(row);
  return {
    code: row.code,
    name: row.name,
    definition: row.definition_text,
    unit: row.unit as 'count' | 'gbp' | 'percent',
    period: row.period as 'month' | 'quarter' | 'year' | 'programme',
    baseline: Number(row.baseline),
    workPackage: row.work_package_id ?? undefined,
    macroAsset: row.macro_asset_id ?? undefined,
    method: row.method as 'computed' | 'manual',
    query: def ?? undefined,
    published: row.published,
    headline: row.headline,
    position: row.position,
    targets: targets.map((t) => ({ start: t.period_start, end: t.period_end, target: Number(t.target) })),
    version: row.version,
  };
}

/**
 * Edits an indicator's definition and targets, checked exactly as a new one (unknown fields, record-level fields in
 * a published indicator: 4xx); 409 when it changed since it was read. The cache notices the new definition.
 */
export async function updateIndicator(deps: Deps, ctx: RequestContext, code: string, input: UpdateIndicatorBody) {
  const current = await found(deps, code);
  const row = await rowOf(deps, input);
  await inTransaction(deps.db, async (trx) => {
    const done = await repo.updateIndicator(trx, current.id, input.version, row);
    if (!done) throw new AppError('conflict', 'version: the indicator was changed by someone else; reload it');
    await repo.replaceTargets(trx, current.id, input.targets);
    await recordAudit(trx, ctx, { action: 'impact.indicator.update', entity: 'indicator', entityId: current.id });
  });
  return getIndicatorView(deps, ctx, code);
}
