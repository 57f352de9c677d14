import type { Deps } from '../../deps';
import { inTransaction } from '../../db/tx';
import type { RequestContext } from '../../http/context';
import { notFound } from '../../http/errors';
import { partnerScope } from '../../http/policy';
import { findAreaId, listAreas } from '../places/places.service';
import { recordAudit, smallCellThreshold } from '../privacy/privacy.service';
import { dateFieldOf } from './definition.rules';
import * as figures from './figures.repo';
import { monthlyFor, parseDefinition } from './figures.service';
import { invalidField } from './impact.errors';
import type { ManualResultBody } from './impact.schemas';
import { aggregateOnly, indicatorRow } from './indicators.service';
import * as repo from './indicators.repo';
import { sourceCatalogue } from './sources.registry';
import { suppressTable } from './suppression.rules';

/** The records behind a figure (deny by default, scoped by partner, audited), manual results and area figures. */
export async function areaNames(deps: Deps): Promise<Map<string, { slug: string; name: string }>> {
  const page = await listAreas(deps, { page: 1, pageSize: 500, sort: 'name' });
  return new Map(page.items.map((a) => [a.id, { slug: a.slug, name: a.name }]));
}

function rangeOf(q: { from?: string | undefined; to?: string | undefined }) {
  if (q.from && q.to && q.to < q.from)
    throw invalidField('querystring.to', `the period ends (${q.to}) before it starts (${q.from})`);
  return q.from || q.to ? { from: q.from ?? '1900-01-01', to: q.to ?? '2999-12-31' } : undefined;
}

export interface RecordsQuery {
  from?: string | undefined;
  to?: string | undefined;
  page: number;
  pageSize: number;
}

export async function recordsBehind(deps: Deps, ctx: RequestContext, code: string, q: RecordsQuery) {
  const row = await indicatorRow(deps, ctx, code);
  const range = rangeOf(q);
  const scope = partnerScope({ role: ctx.actor!.role, partnerId: ctx.actor!.partnerId }, 'impact.drill');
  const areas = await areaNames(deps);
  const def = parseDefinition(row);
  const source = def && sourceCatalogue.get(def.source);
  let page: { items: RecordView[]; total: number };
  if (def && source) {
    const r = await figures.recordsBehind(deps.db, source, dateFieldOf(def, source), def, {
      range,
      partnerId: scope.kind === 'partner' ? scope.partnerId : undefined,
      page: q.page,
      pageSize: q.pageSize,
    });
    page = { items: r.items.map((i) => recordOf(i, areas)), total: r.total };
  } else {
    const all = await repo.manualResults(deps.db, row.id, range);
    const slice = all.slice((q.page - 1) * q.pageSize, q.page * q.pageSize);
    page = {
      total: all.length,
      items: slice.map((m) => ({
        id: m.id,
        label: `${m.period_start} – ${m.period_end}: ${Number(m.value)}`,
        date: m.period_start,
        area: m.area_id ? (areas.get(m.area_id)?.name ?? null) : null,
        fields: { value: Number(m.value), note: m.note },
        evidence: { url: m.evidence_url, name: m.evidence_name },
      })),
    };
  }
  await recordAudit(deps.db, ctx, {
    action: 'impact.records.read',
    entity: 'indicator',
    entityId: row.id,
    detail: { code, from: q.from ?? null, to: q.to ?? null, page: q.page, returned: page.items.length },
  });
  return {
    indicator: code,
    recordType: source?.recordType ?? 'manual_result',
    page: q.page,
    pageSize: q.pageSize,
    ...page,
  };
}

interface RecordView {
  id: string;
  label: string;
  date: string | null;
  area: string | null;
  fields: Record<string, unknown>;
  evidence: { url: string | null; name: string | null } | null;
}

function recordOf(r: figures.RecordRow, areas: Map<string, { name: string }>): RecordView {
  return {
    id: r.id,
    label: r.label,
    date: r.date,
    area: r.areaId ? (areas.get(r.areaId)?.name ?? null) : null,
    fields: r.fields,
    evidence: null,
  };
}

export async function evidenceFile(deps: Deps, ctx: RequestContext, resultId: string) {
  const e = await repo.manualEvidence(deps.db, resultId);
  if (!e || !e.evidence_data) throw notFound('Evidence file');
  await recordAudit(deps.db, ctx, { action: 'impact.evidence.read', entity: 'manual_result', entityId: resultId });
  return {
    name: e.evidence_name ?? 'evidence',
    type: e.evidence_type ?? 'application/octet-stream',
    data: e.evidence_data,
  };
}

export async function addManualResult(deps: Deps, ctx: RequestContext, code: string, input: ManualResultBody) {
  const row = await indicatorRow(deps, ctx, code);
  if (row.method !== 'manual')
    throw invalidField('params.code', `${code} is computed from the records; it takes no manual results`);
  if (input.periodEnd < input.periodStart)
    throw invalidField(
      'body.periodEnd',
      `the period ends (${input.periodEnd}) before it starts (${input.periodStart})`,
    );
  const ev = input.evidence;
  if (!ev) throw invalidField('body.evidence', 'a manual result needs evidence: a link (url) or a file');
  const file = ev && 'contentBase64' in ev ? Buffer.from(ev.contentBase64, 'base64') : null;
  if (file && file.length === 0) throw invalidField('body.evidence.contentBase64', 'the evidence file is empty');
  const areaId = input.area ? await findAreaId(deps, input.area) : null;
  if (input.area && !areaId) throw invalidField('body.area', `no area ${input.area}`);
  return inTransaction(deps.db, async (trx) => {
    const { id } = await repo.insertManualResult(trx, {
      indicator_id: row.id,
      period_start: input.periodStart,
      period_end: input.periodEnd,
      value: input.value,
      area_id: areaId,
      evidence_url: 'url' in ev ? ev.url : null,
      evidence_name: 'fileName' in ev ? ev.fileName : null,
      evidence_type: 'contentType' in ev ? ev.contentType : null,
      evidence_data: file,
      note: input.note,
      created_by: ctx.actor?.userId ?? null,
    });
    await recordAudit(trx, ctx, {
      action: 'impact.result.create',
      entity: 'indicator',
      entityId: row.id,
      detail: { resultId: id },
    });
    return { id };
  });
}

/** An indicator's figure per area (counts of 1 to 4 hidden for aggregate-only roles). */
export async function areaFigures(deps: Deps, ctx: RequestContext, code: string, q: { from?: string; to?: string }) {
  const row = await indicatorRow(deps, ctx, code);
  const range = rangeOf(q);
  const monthly = await monthlyFor(deps, [row], { byArea: true, ...(range ? { range } : {}) });
  const areas = await areaNames(deps);
  const hide = aggregateOnly(ctx) && row.unit === 'count';
  const list = [...areas];
  const totals = list.map(([areaId]) => {
    const m = monthly.get(`${row.id}|${areaId}`);
    return m ? [...m.values()].reduce((s, v) => s + v, 0) : 0;
  });
  // with the records that have no area as one more row, so the programme total cannot reveal a withheld area
  const unplaced = [...(monthly.get(`${row.id}|null`)?.values() ?? [])].reduce((s, v) => s + v, 0);
  const shown = hide
    ? suppressTable(
        [...totals, unplaced].map((v) => [v]),
        smallCellThreshold,
      ).rowTotals
    : totals;
  const items = list.map(([areaId, a], i) => ({ areaId, slug: a.slug, name: a.name, value: shown[i]! }));
  return { indicator: code, items };
}
