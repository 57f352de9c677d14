import type { Deps } from '../../deps';
import { inTransaction } from '../../db/tx';
import { systemContext, type RequestContext } from '../../http/context';
import { AppError, notFound } from '../../http/errors';
import { inScope, partnerScope } from '../../http/policy';
import { isUuid } from '../../lib/ids';
import type { ListQuery, Page } from '../../lib/paging';
import {
  createOpportunity,
  getOpportunity,
  listOpportunities,
  type OpportunityView,
} from '../assets/opportunities.service';
import { actorOf } from './candidates.service';
import { employerFor } from './employers.service';
import { cefrNumber } from './scoring.features.rules';
import * as repo from './vacancies.repo';

/**
 * Vacancies are asset-graph opportunities of kind 'vacancy' (ADR 0012), created through the assets service so they
 * appear in linking, gaps and the map; matching adds their details (band, requirements) and match features.
 */

export interface VacancyInput {
  title: string;
  description?: string | undefined;
  partner?: string | undefined;
  macroAsset?: string | null | undefined;
  occupations: string[];
  band?: number | null | undefined;
  payScale?: 'afc' | 'medical' | 'other' | undefined;
  role?: string | null | undefined;
  registration?: 'GMC' | 'NMC' | 'HCPC' | 'GPhC' | 'GDC' | null | undefined;
  dbs?: 'none' | 'basic' | 'enhanced' | undefined;
  paid?: boolean | undefined;
  hours?: 'full-time' | 'part-time' | 'flexible' | undefined;
  englishLevel?: string | null | undefined;
  area?: string | null | undefined;
  location?: { lat: number; lng: number } | null | undefined;
  quantity?: number | undefined;
  opensOn?: string | null | undefined;
  closesOn?: string | null | undefined;
  status?: 'draft' | 'open' | undefined;
}

const legalGatesOf = (v: VacancyInput): string[] => [
  ...(v.paid === false ? [] : ['right_to_work']),
  ...(v.dbs === 'none' ? [] : v.dbs === 'basic' ? ['dbs_basic'] : ['dbs_enhanced']),
  ...(v.registration ? ['professional_registration'] : []),
];

/**
 * Works out a vacancy's match features from the opportunity (as published) and its details, and returns them;
 * `known` is the stored row when the caller has just read it.
 */
export async function refreshVacancy(
  deps: Deps,
  id: string,
  known?: repo.VacancyFeatureRow,
): Promise<repo.VacancyFeatureRow> {
  const o = await getOpportunity(deps, systemContext, id);
  const details = await repo.findDetails(deps.db, id);
  const next = featureRowOf(o, details);
  const stored = known ?? (await repo.findFeatures(deps.db, id));
  // Searching must not write when nothing changed (most searches): compare what the features hold.
  const same =
    stored &&
    (Object.keys(next) as (keyof typeof next)[]).every((k) =>
      k === 'closes_on'
        ? stored.closes_on_text === next.closes_on
        : JSON.stringify(stored[k]) === JSON.stringify(next[k]),
    );
  if (same) return stored;
  await repo.upsertFeatures(deps.db, [next]);
  return (await repo.findFeatures(deps.db, id))!;
}

function featureRowOf(o: OpportunityView, d: Awaited<ReturnType<typeof repo.findDetails>>) {
  return {
    opportunity_id: o.id,
    partner_id: o.publisher.partner.id,
    title: o.title,
    status: o.status,
    quantity: o.quantity,
    occupation_codes: o.occupations.map((x) => x.code),
    band: d?.band ?? null,
    registration: d?.registration ?? null,
    dbs:
      d?.dbs ??
      (o.legalGates.includes('dbs_enhanced') ? 'enhanced' : o.legalGates.includes('dbs_basic') ? 'basic' : 'none'),
    paid: d?.paid ?? true,
    cefr: cefrNumber(o.englishLevel),
    lat: o.location?.lat ?? null,
    lng: o.location?.lng ?? null,
    closes_on: o.closesOn,
    role: d?.role ?? null,
    hours: d?.hours ?? null,
  };
}

/** Every vacancy's features again, read through the assets service page by page. */
export async function refreshAllVacancies(deps: Deps): Promise<number> {
  let n = 0;
  for (let page = 1; ; page++) {
    const res = await listOpportunities(deps, systemContext, {
      page,
      pageSize: 100,
      sort: 'createdAt',
      kind: 'vacancy',
    });
    const details = await repo.detailsOf(
      deps.db,
      res.items.map((o) => o.id),
    );
    await repo.upsertFeatures(
      deps.db,
      res.items.map((o) => featureRowOf(o, details.get(o.id))),
    );
    n += res.items.length;
    if (page * 100 >= res.total) return n;
  }
}

export async function createVacancy(deps: Deps, ctx: RequestContext, input: VacancyInput): Promise<{ id: string }> {
  return inTransaction(deps.db, async (trx) => {
    const d = { ...deps, db: trx };
    const { id } = await createOpportunity(d, ctx, {
      kind: 'vacancy',
      title: input.title,
      description: input.description ?? '',
      partner: input.partner,
      macroAsset: input.macroAsset,
      occupations: input.occupations,
      englishLevel: input.englishLevel ?? null,
      legalGates: legalGatesOf(input),
      area: input.area,
      location: input.location,
      quantity: input.quantity ?? 1,
      opensOn: input.opensOn,
      closesOn: input.closesOn,
      status: input.status ?? 'open',
      qualifications: input.registration ? [`${input.registration} registration`] : [],
    });
    const o = await getOpportunity(d, systemContext, id);
    await employerFor(d, o.publisher.partner.id);
    await repo.insertDetails(trx, {
      opportunity_id: id,
      employer_partner_id: o.publisher.partner.id,
      pay_scale: input.payScale ?? 'afc',
      band: input.band ?? null,
      role: input.role ?? null,
      registration: input.registration ?? null,
      dbs: input.dbs ?? 'enhanced',
      paid: input.paid ?? true,
      hours: input.hours ?? 'full-time',
    });
    await refreshVacancy(d, id);
    return { id };
  });
}

export interface VacancyView {
  id: string;
  title: string;
  employer: { id: string };
  occupations: string[];
  band: number | null;
  registration: string | null;
  dbs: string;
  paid: boolean;
  englishLevel: string | null;
  quantity: number;
  status: string;
  closesOn: string | null;
}

const cefrNames = ['', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'];
export const toVacancyView = (r: repo.VacancyFeatureRow): VacancyView => ({
  id: r.opportunity_id,
  title: r.title,
  employer: { id: r.partner_id },
  occupations: r.occupation_codes,
  band: r.band,
  registration: r.registration,
  dbs: r.dbs,
  paid: r.paid,
  englishLevel: cefrNames[r.cefr] || null,
  quantity: r.quantity,
  status: r.status,
  closesOn: r.closes_on_text,
});

export interface VacancyFilters {
  employer?: string | undefined;
  occupation?: string | undefined;
  band?: number | undefined;
  status?: string | undefined;
}

export async function listVacancies(
  deps: Deps,
  ctx: RequestContext,
  query: ListQuery<repo.VacancySort> & VacancyFilters,
): Promise<Page<VacancyView>> {
  const scope = partnerScope(actorOf(ctx), 'vacancies.list');
  if (scope.kind === 'partner' && query.employer && query.employer !== scope.partnerId)
    throw new AppError('forbidden', "You can only see your own organisation's vacancies");
  const partnerId = scope.kind === 'partner' ? scope.partnerId : query.employer;
  const { items, total } = await repo.listVacancies(
    deps.db,
    { partnerId, occupation: query.occupation, band: query.band, status: query.status },
    query,
  );
  return { items: items.map(toVacancyView), page: query.page, pageSize: query.pageSize, total };
}

/** A vacancy the caller may see (employers: their own only); anything else is 404. */
export async function visibleVacancy(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  action: 'vacancies.read' | 'matches.suggest' | 'matches.employer-view' | 'matches.decide',
) {
  const row = isUuid(id) ? await repo.findFeatures(deps.db, id) : undefined;
  if (
    !row ||
    !inScope(
      partnerScope(
        actorOf(ctx),
        action === 'matches.suggest' || action === 'matches.decide' ? 'vacancies.read' : action,
      ),
      row.partner_id,
    )
  )
    throw notFound('Vacancy');
  return row;
}

export async function getVacancy(deps: Deps, ctx: RequestContext, id: string): Promise<VacancyView> {
  return toVacancyView(await visibleVacancy(deps, ctx, id, 'vacancies.read'));
}
