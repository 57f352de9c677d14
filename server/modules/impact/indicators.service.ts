import type { Deps } from '../../deps';
import { inTransaction } from '../../db/tx';
import type { RequestContext } from '../../http/context';
import { AppError, notFound } from '../../http/errors';
import { isAllowed } from '../../http/policy';
import { getMacroAsset } from '../assets/assets.service';
import { recordActivity } from '../partnership/activity.service';
import { workPackageId } from '../partnership/work-packages.service';
import { recordAudit, suppressSmall } from '../privacy/privacy.service';
import { checkDefinition } from './definition.rules';
import { figuresFor, parseDefinition } from './figures.service';
import { invalidField, unprocessable } from './impact.errors';
import type { CreateIndicatorBody } from './impact.schemas';
import * as repo from './indicators.repo';
import type { Figure } from './series.rules';
import { sourceCatalogue } from './sources.registry';

/** Indicators: declared, listed with their live figures, and (for aggregate-only roles) small counts hidden. */
export const today = () => new Date().toISOString().slice(0, 10);

/** Roles that may not open the records behind a figure see only aggregates: counts of 1 to 4 are hidden. */
export const aggregateOnly = (ctx: RequestContext) =>
  !ctx.actor || !isAllowed({ role: ctx.actor.role, partnerId: ctx.actor.partnerId }, 'impact.drill');

function hideSmall(figure: Figure): Figure {
  const s = (n: number | null) => (n === null ? null : suppressSmall(n));
  return {
    ...figure,
    value: s(figure.value) as number,
    series: figure.series.map((p) => ({ ...p, value: s(p.value) as number, cumulative: s(p.cumulative) as number })),
  };
}

export function toView(row: repo.IndicatorRow, figure: Figure, suppress: boolean) {
  const def = parseDefinition(row);
  const hidden = suppress && row.unit === 'count';
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    definition: row.definition_text,
    unit: row.unit as 'count' | 'gbp' | 'percent',
    period: row.period as 'month' | 'quarter' | 'year' | 'programme',
    baseline: Number(row.baseline),
    workPackageId: row.work_package_id,
    macroAssetId: row.macro_asset_id,
    method: row.method as 'computed' | 'manual',
    source: def?.source ?? null,
    query: def,
    published: row.published,
    headline: row.headline,
    version: row.version,
    suppressed: hidden,
    figure: hidden ? hideSmall(figure) : figure,
  };
}
export type IndicatorView = ReturnType<typeof toView>;

export interface IndicatorsQuery {
  workPackage?: string | undefined;
  macroAsset?: string | undefined;
  headline?: 'true' | 'false' | undefined;
  q?: string | undefined;
  asOf?: string | undefined;
}

export async function listIndicatorViews(deps: Deps, ctx: RequestContext, q: IndicatorsQuery) {
  const asOf = q.asOf ?? today();
  const suppress = aggregateOnly(ctx);
  const rows = await repo.listIndicators(deps.db, {
    workPackageId: q.workPackage ? await workPackageId(deps, q.workPackage, 'querystring.workPackage') : undefined,
    macroAssetId: q.macroAsset ? (await getMacroAsset(deps, q.macroAsset)).id : undefined,
    headline: q.headline === undefined ? undefined : q.headline === 'true',
    publishedOnly: suppress,
    q: q.q,
  });
  const figures = await figuresFor(deps, rows, asOf);
  return { asOf, items: rows.map((r) => toView(r, figures.get(r.id)!, suppress)) };
}

/** One indicator, for anyone who may read it (an unpublished one only for roles that see records). */
export async function indicatorRow(deps: Deps, ctx: RequestContext, code: string): Promise<repo.IndicatorRow> {
  const row = await repo.findIndicator(deps.db, code);
  if (!row || (!row.published && aggregateOnly(ctx))) throw notFound(`Indicator ${code}`);
  return row;
}

export async function getIndicatorView(deps: Deps, ctx: RequestContext, code: string, asOf = today()) {
  const row = await indicatorRow(deps, ctx, code);
  const figures = await figuresFor(deps, [row], asOf);
  return toView(row, figures.get(row.id)!, aggregateOnly(ctx));
}

/** The same checks for a new indicator and an edited one: periods, method and definition against the catalogue. */
function checkInput(input: Omit<CreateIndicatorBody, 'code'>): void {
  input.targets.forEach((t, i) => {
    if (t.end < t.start)
      throw invalidField(`body.targets.${i}.end`, `the period ends (${t.end}) before it starts (${t.start})`);
  });
  if (input.method === 'computed' && !input.query)
    throw invalidField('body.query', 'a computed indicator needs a definition');
  if (input.method === 'manual' && input.query)
    throw invalidField('body.query', 'a manual indicator takes results with evidence, not a definition');
  if (input.query) {
    const problems = checkDefinition(input.query, sourceCatalogue, input.published, 'body.query');
    if (problems.length) throw unprocessable(problems);
  }
}

export async function rowOf(
  deps: Deps,
  input: Omit<CreateIndicatorBody, 'code'>,
): Promise<Omit<repo.NewIndicatorRow, 'code'>> {
  checkInput(input);
  return {
    name: input.name,
    definition_text: input.definition,
    unit: input.unit,
    period: input.period,
    baseline: input.baseline,
    work_package_id: input.workPackage ? await workPackageId(deps, input.workPackage, 'body.workPackage') : null,
    macro_asset_id: input.macroAsset ? (await getMacroAsset(deps, input.macroAsset)).id : null,
    method: input.method,
    query: input.query ? JSON.stringify(input.query) : null,
    published: input.published,
    headline: input.headline,
    position: input.position,
  };
}

export async function createIndicator(deps: Deps, ctx: RequestContext, input: CreateIndicatorBody) {
  const row = await rowOf(deps, input);
  const wp = row.work_package_id;
  return inTransaction(deps.db, async (trx) => {
    if (await repo.findIndicator(trx, input.code))
      throw new AppError('conflict', `code: an indicator ${input.code} already exists`);
    const { id } = await repo.insertIndicator(trx, { code: input.code, ...row });
    await repo.replaceTargets(trx, id, input.targets);
    await recordAudit(trx, ctx, { action: 'impact.indicator.create', entity: 'indicator', entityId: id });
    if (ctx.actor)
      await recordActivity(trx, {
        kind: 'indicator',
        partnerId: ctx.actor.partnerId,
        workPackageId: wp,
        subject: { type: 'indicator', id },
        summary: `New indicator: ${input.name}`,
        visibility: 'partners',
        actorUserId: ctx.actor.userId,
      });
    return { id };
  });
}

export function listSources() {
  return {
    items: [...sourceCatalogue.values()].map((s) => ({
      name: s.name,
      label: s.label,
      recordType: s.recordType,
      dates: [...s.dates],
      hasArea: s.area !== null,
      fields: Object.entries(s.fields).map(([name, f]) => ({ name, type: f.type, aggregateSafe: f.aggregateSafe })),
    })),
  };
}
