import type { Deps } from '../../deps';
import type { RequestContext } from '../../http/context';
import { notFound } from '../../http/errors';
import { isUuid } from '../../lib/ids';
import { getProgramme } from '../partnership/partnership.service';
import { recordAudit, suppressSmall } from '../privacy/privacy.service';
import { figuresFor } from './figures.service';
import { invalidField } from './impact.errors';
import * as repo from './indicators.repo';
import * as reports from './reports.repo';
import type { Snapshot } from './reports.render';

/**
 * Funder reports: the figures for a chosen period are computed once and stored as a snapshot with the narrative,
 * so the PDF and XLSX can be rendered again later, from the same data, with the same content.
 */
export interface NewReport {
  title: string;
  periodStart: string;
  periodEnd: string;
  narrative: { heading: string; body: string }[];
}

export async function createReport(deps: Deps, ctx: RequestContext, input: NewReport) {
  if (input.periodEnd < input.periodStart)
    throw invalidField(
      'body.periodEnd',
      `the period ends (${input.periodEnd}) before it starts (${input.periodStart})`,
    );
  const rows = await repo.listIndicators(deps.db, { publishedOnly: true });
  const period = { start: input.periodStart, end: input.periodEnd };
  const figures = await figuresFor(deps, rows, input.periodEnd, period);
  const programme = await getProgramme(deps).catch(() => ({ name: 'USE-IT!' }));
  const small = (unit: string, v: number | null) => (unit === 'count' && v !== null ? suppressSmall(v) : v);
  const snapshot: Snapshot = {
    programme: programme.name,
    title: input.title,
    period,
    narrative: input.narrative,
    indicators: rows.map((r) => {
      const f = figures.get(r.id)!;
      return {
        code: r.code,
        name: r.name,
        unit: r.unit,
        value: small(r.unit, f.value),
        target: f.target,
        status: f.status,
      };
    }),
  };
  const { id } = await reports.insertReport(deps.db, {
    title: input.title,
    period_start: input.periodStart,
    period_end: input.periodEnd,
    narrative: JSON.stringify(input.narrative),
    snapshot: JSON.stringify(snapshot),
    created_by: ctx.actor?.userId ?? null,
  });
  await recordAudit(deps.db, ctx, { action: 'impact.report.create', entity: 'impact_report', entityId: id });
  return { id };
}

export async function reportSnapshot(deps: Deps, id: string): Promise<Snapshot> {
  const row = isUuid(id) ? await reports.findReport(deps.db, id) : undefined;
  if (!row) throw notFound('Report');
  return row.snapshot as Snapshot;
}

export async function listReports(deps: Deps, q: { page: number; pageSize: number }) {
  const { items, total } = await reports.listReports(deps.db, q.page, q.pageSize);
  return {
    items: items.map((r) => ({
      id: r.id,
      title: r.title,
      periodStart: r.period_start,
      periodEnd: r.period_end,
      createdAt: r.created_at.toISOString(),
    })),
    page: q.page,
    pageSize: q.pageSize,
    total,
  };
}
