import type { Deps } from '../../deps';
import { inTransaction, type Db } from '../../db/tx';
import type { Actor, RequestContext } from '../../http/context';
import { AppError, notFound } from '../../http/errors';
import { inScope, partnerScope, type Action } from '../../http/policy';
import { isUuid } from '../../lib/ids';
import type { ListQuery, Page } from '../../lib/paging';
import { checkOccupationCodes } from '../assets/occupations.service';
import { findAreaId } from '../places/places.service';
import { openSpecialCategory, recordAudit } from '../privacy/privacy.service';
import { candidateConsents, recordCandidateConsents } from './candidates.consents';
import { candidateChildren, candidateColumns, today, type CandidateInput } from './candidates.input.service';
import {
  englishResultsOf,
  toDetail,
  toSummary,
  type CandidateDetail,
  type CandidateSummary,
} from './candidates.mappers';
import * as repo from './candidates.repo';
import { duplicateReasons } from './candidates.rules';
import { oetGrade } from './english.rules';
import { professionFor } from './pathway.rules';
import { testStatuses } from './pathway.text.rules';
import { referenceData } from './reference';

/** Candidates: residents in the skills-matching service. Staff see their own partner's; admins all. */

export function actorOf(ctx: RequestContext): Actor {
  if (!ctx.actor) throw new AppError('unauthenticated');
  return ctx.actor;
}

/** A candidate the caller may see for this action; another partner's looks exactly like a missing one. */
export async function visibleCandidate(deps: Deps, ctx: RequestContext, id: string, action: Action) {
  const scope = partnerScope(actorOf(ctx), action);
  const row = isUuid(id) ? await repo.findCandidate(deps.db, id) : undefined;
  if (!row || !inScope(scope, row.partner_id)) throw notFound('Candidate');
  return row;
}

export interface CandidateFilters {
  status?: string | undefined;
  area?: string | undefined;
  occupation?: string | undefined;
  rightToWork?: string | undefined;
  caseworker?: string | undefined;
  duplicates?: 'true' | 'false' | undefined;
  stage?: string | undefined;
}

export async function listCandidates(
  deps: Deps,
  ctx: RequestContext,
  query: ListQuery<repo.CandidateSort> & CandidateFilters,
): Promise<Page<CandidateSummary>> {
  const actor = actorOf(ctx);
  const filter: repo.CandidateFilter = {
    scope: partnerScope(actor, 'candidates.list'),
    status: query.status,
    occupation: query.occupation,
    rightToWork: query.rightToWork,
    caseworkerId: query.caseworker === 'me' ? actor.userId : query.caseworker,
    duplicatesOnly: query.duplicates === 'true',
    stage: query.stage,
  };
  if (query.area) {
    filter.areaId = (await findAreaId(deps, query.area)) ?? undefined;
    if (!filter.areaId)
      throw new AppError('validation_failed', `area: unknown area ${query.area}`, {
        errors: [{ path: 'querystring.area', message: `unknown area ${query.area}` }],
      });
  }
  const { items, total } = await repo.listCandidates(deps.db, filter, query);
  const occupations = await repo.occupationsOf(
    deps.db,
    items.map((r) => r.id),
  );
  return {
    items: items.map((r) => toSummary(r, occupations.get(r.id) ?? [])),
    page: query.page,
    pageSize: query.pageSize,
    total,
  };
}

/** The full record, special-category fields included: every read is audited. */
export async function getCandidate(deps: Deps, ctx: RequestContext, id: string): Promise<CandidateDetail> {
  const row = await visibleCandidate(deps, ctx, id, 'candidates.read');
  const children = await repo.childrenOf(deps.db, row.id);
  await recordAudit(deps.db, ctx, {
    action: 'candidate.read',
    entity: 'candidate',
    entityId: row.id,
    partnerId: row.partner_id,
    detail: { fields: ['immigrationStatus'] },
  });
  const codes = children.qualifications.map((q) => q.occupation_code);
  const labels = await checkOccupationCodes(deps.db, codes, (i) => `qualifications.${i}`);
  const ref = referenceData();
  const profession = professionFor(ref, codes[0] ?? null);
  const statuses = testStatuses(ref, profession, englishResultsOf(children), today());
  const table = ref.english.oetGrades;
  const grades = new Map(
    children.tests
      .filter((t) => t.test === 'oet')
      .map((t) => [
        t.id,
        Object.fromEntries(
          (['listening', 'reading', 'writing', 'speaking'] as const).map((s) => [
            s,
            oetGrade(Number(t[s]), table) ?? '',
          ]),
        ),
      ]),
  );
  return toDetail(row, children, {
    consents: await candidateConsents(deps.db, row.resident_id),
    occupationLabels: labels,
    immigrationStatus: openSpecialCategory(deps, row.immigration_status_enc),
    expiries: new Map(statuses.map((s) => [s.id, s.expiresOn])),
    grades,
  });
}

/** After a change of name, birth date or phone, the duplicate flags are worked out again. */
async function recheckDuplicates(trx: Db, id: string): Promise<void> {
  const p = await repo.duplicateProbeOf(trx, id);
  const probe = { nameKey: p.name_key, dateOfBirth: p.date_of_birth, phoneKey: p.phone_key };
  const others = (await repo.duplicateCandidates(trx, p.partner_id, p.name_key, p.phone_key)).filter(
    (c) => c.id !== id,
  );
  await repo.setDuplicates(trx, id, duplicateReasons(probe, others));
}

export async function updateCandidate(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: CandidateInput & { version: number },
): Promise<CandidateDetail> {
  const row = await visibleCandidate(deps, ctx, id, 'candidates.update');
  const columns = await candidateColumns(deps, input, row.partner_id);
  const children = await candidateChildren(deps, input);
  await inTransaction(deps.db, async (trx) => {
    if (!(await repo.updateCandidate(trx, row.id, input.version, columns)))
      throw new AppError('conflict', `Candidate ${row.reference} was changed by someone else; reload it`);
    await repo.replaceChildren(trx, row.id, children);
    if (input.fullName !== undefined || input.dateOfBirth !== undefined || input.phone !== undefined)
      await recheckDuplicates(trx, row.id);
    if (input.consents) {
      const person = { reference: row.reference, partnerId: row.partner_id, residentId: row.resident_id };
      const residentId = await recordCandidateConsents(
        trx,
        ctx,
        { ...person, displayName: row.preferred_name ?? row.full_name, areaId: row.area_id, languages: [] },
        input.consents,
      );
      if (!row.resident_id) await repo.linkResident(trx, row.id, residentId);
    }
    await recordAudit(trx, ctx, {
      action: 'candidate.update',
      entity: 'candidate',
      entityId: row.id,
      partnerId: row.partner_id,
      detail: { fields: Object.keys(input).filter((k) => k !== 'version') },
    });
  });
  return getCandidate(deps, ctx, row.id);
}
