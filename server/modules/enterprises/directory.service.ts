import type { Deps } from '../../deps';
import type { Db } from '../../db/tx';
import { systemContext, type RequestContext } from '../../http/context';
import { AppError, notFound } from '../../http/errors';
import type { Page } from '../../lib/paging';
import { recordAudit, suppressCells, suppressSmall } from '../privacy/privacy.service';
import { getMonitoring } from '../research/monitoring.service';
import { tallyForm } from '../research/tally.service';
import * as repo from './directory.repo';
import { enterpriseReference } from './enterprises.reference';
import { parseDirectoryQuery } from './enterprises.rules';
import * as enterprisesRepo from './enterprises.repo';

/**
 * The public, opt-in directory (ADR 0014): only approved entries that chose to be listed, and only their public
 * fields; statistics are suppressed below 5 through the privacy module.
 */

export interface DirectoryFilter {
  /** free text; a trailing "in <ward>" becomes the ward filter ("catering in Ladywood") */
  q?: string | undefined;
  market?: string | undefined;
  area?: string | undefined;
  legalForm?: string | undefined;
  stage?: string | undefined;
}

export interface PublicEnterprise {
  id: string;
  name: string;
  legalForm: string;
  stage: string;
  markets: string[];
  sectors: string[];
  productsServices: string;
  area: { id: string; name: string } | null;
  socialMission: string;
  website: string | null;
  publicEmail: string | null;
  hasLogo: boolean;
}

// wards change rarely: read once per database handle and at most every 10 seconds
const areaCache = new WeakMap<Db, { at: number; areas: { id: string; name: string }[] }>();
async function knownAreas(db: Db) {
  let hit = areaCache.get(db);
  if (!hit || Date.now() - hit.at > 10_000) {
    hit = { at: Date.now(), areas: await repo.areaNames(db) };
    areaCache.set(db, hit);
  }
  return hit.areas;
}

/** Public directory search (timed by the enterprises benchmark: p95 under 50 ms on 20,000 enterprises). */
export async function searchDirectory(
  db: Db,
  filter: DirectoryFilter,
  page: { page: number; pageSize: number },
): Promise<Page<PublicEnterprise> & { area: { id: string; name: string } | null }> {
  const areas = await knownAreas(db);
  const parsed = parseDirectoryQuery(filter.q ?? '', areas);
  const areaId = filter.area ?? parsed.areaId;
  const { items, total } = await enterprisesRepo.searchEnterprises(
    db,
    {
      words: parsed.words,
      market: filter.market,
      legalForm: filter.legalForm,
      stage: filter.stage,
      areaId,
      status: 'approved',
      listed: true,
    },
    { ...page, sort: 'name' },
  );
  return {
    items: items.map(toPublic),
    page: page.page,
    pageSize: page.pageSize,
    total,
    area: areas.find((a) => a.id === areaId) ?? null,
  };
}

export function toPublic(r: enterprisesRepo.EnterpriseRow): PublicEnterprise {
  return {
    id: r.id,
    name: r.name,
    legalForm: r.legal_form,
    stage: r.stage,
    markets: r.markets,
    sectors: r.sectors,
    productsServices: r.products_services,
    area: r.area_id && r.area_name ? { id: r.area_id, name: r.area_name } : null,
    socialMission: r.social_mission,
    website: r.website,
    publicEmail: r.public_email,
    hasLogo: r.has_logo,
  };
}

/**
 * Counts of approved enterprises by market, stage, legal form and ward, and the baseline survey's results: its
 * responses by ward and the tallies of its closed questions, labelled in `language` where the form has it.
 */
export async function directoryStats(deps: Deps, language: string | null = null) {
  const counts = await repo.approvedCounts(deps.db);
  const suppress = (rows: repo.CountRow[]) =>
    suppressCells(rows.map((r) => ({ key: { code: r.key, label: r.label }, count: r.count })));
  const show = (rows: repo.CountRow[]) => {
    const s = suppress(rows);
    return { cells: s.cells.map((c) => ({ ...c.key, count: c.count })), total: s.total };
  };
  return {
    byMarket: show(counts.market),
    byStage: show(counts.stage),
    byLegalForm: show(counts.legalForm),
    byArea: show(counts.area),
    baseline: await baselineSummary(deps, language),
  };
}

async function baselineSummary(deps: Deps, language: string | null) {
  const forms = await repo.baselineForms(deps.db);
  const out = [];
  for (const f of forms) {
    const m = await monitoringOf(deps, systemContext, f.form_id);
    if (m) out.push({ ...m, questions: await tallyForm(deps, systemContext, f.form_id, language) });
  }
  return out;
}

async function monitoringOf(deps: Deps, ctx: RequestContext, formId: string) {
  try {
    const m = await getMonitoring(deps, ctx, { form: formId });
    return {
      form: { id: m.form.id, title: m.form.title },
      responses: m.total === null ? null : suppressSmall(m.total),
      byArea: m.byArea.map((a) => ({ code: a.key, label: a.label, count: a.total })),
    };
  } catch (err) {
    if (err instanceof AppError && err.status === 404) return null;
    throw err;
  }
}

export async function linkBaselineForm(deps: Deps, ctx: RequestContext, formId: string) {
  if (!(await monitoringOf(deps, systemContext, formId)))
    throw new AppError('unprocessable', 'No such questionnaire to use as the baseline survey', {
      errors: [{ path: 'body.form', message: 'is not a known research questionnaire' }],
    });
  await repo.linkBaselineForm(deps.db, formId, ctx.actor?.userId ?? null);
  await recordAudit(deps.db, ctx, { action: 'enterprises.baseline.link', entity: 'research_form', entityId: formId });
}

export async function unlinkBaselineForm(deps: Deps, ctx: RequestContext, formId: string) {
  if (!(await repo.unlinkBaselineForm(deps.db, formId))) throw notFound('Baseline questionnaire');
  await recordAudit(deps.db, ctx, { action: 'enterprises.baseline.unlink', entity: 'research_form', entityId: formId });
}

/** The public reference data: legal forms and markets from the city pack, and the wards. */
export async function directoryReference(deps: Deps) {
  const ref = enterpriseReference(deps);
  return {
    legalForms: ref.legalForms,
    markets: ref.markets.map((m) => ({ code: m.code, label: m.label })),
    areas: [...(await knownAreas(deps.db))].sort((a, b) => a.name.localeCompare(b.name)),
  };
}
