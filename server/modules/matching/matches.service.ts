import type { Deps } from '../../deps';
import { inTransaction } from '../../db/tx';
import type { RequestContext } from '../../http/context';
import { AppError } from '../../http/errors';
import { partnerScope } from '../../http/policy';
import { recordAudit } from '../privacy/privacy.service';
import { candidateConsents, withConsents } from './candidates.consents';
import { actorOf, visibleCandidate } from './candidates.service';
import { ensureFresh, refreshCandidates, scoringContext } from './features.service';
import * as repo from './matches.repo';
import { topVacancies } from './matches.reverse';
import { bestMatch, toFeatures, topCandidates, vacancyFeaturesOf } from './matches.search';
import { matchConfirmedActivity } from './matching.activity';
import { assertRoleEligible } from './roles.service';
import type { MatchEvaluation } from './scoring.rules';
import * as vacancies from './vacancies.repo';
import { refreshVacancy, toVacancyView, visibleVacancy, type VacancyView } from './vacancies.service';

/** Suggestions (computed on request), the caseworker's decision, and what the employer then sees. */

export interface Suggestion extends MatchEvaluation {
  candidate: { id: string; reference: string; fullName: string; matchingConsent: boolean };
  decision: { status: 'confirmed' | 'rejected'; reason: string; decidedAt: string } | null;
}

export async function suggestionsForVacancy(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  limit: number,
): Promise<{ vacancy: VacancyView; items: Suggestion[] }> {
  const row = await refreshVacancy(deps, id, await visibleVacancy(deps, ctx, id, 'matches.suggest'));
  await ensureFresh(deps);
  const scope = partnerScope(actorOf(ctx), 'matches.suggest');
  const sctx = await scoringContext(deps);
  const found = await topCandidates(
    deps.db,
    sctx,
    vacancyFeaturesOf(row),
    limit,
    scope.kind === 'partner' ? scope.partnerId : null,
  );
  const cards = new Map(
    (
      await withConsents(
        deps.db,
        await repo.candidateCards(
          deps.db,
          found.map((f) => f.candidateId),
        ),
      )
    ).map((c) => [c.id, c]),
  );
  const decisions = new Map((await repo.decisionsFor(deps.db, id)).map((d) => [d.candidate_id, d]));
  const items = found.map((m) => {
    const c = cards.get(m.candidateId)!;
    const d = decisions.get(m.candidateId);
    return {
      ...m,
      candidate: {
        id: c.id,
        reference: c.reference,
        fullName: c.full_name,
        matchingConsent: c.matching_consent === true,
      },
      decision: d
        ? { status: d.status as 'confirmed' | 'rejected', reason: d.reason, decidedAt: d.decided_at.toISOString() }
        : null,
    };
  });
  return { vacancy: toVacancyView(row), items };
}

export async function vacanciesForCandidate(deps: Deps, ctx: RequestContext, candidateId: string, limit: number) {
  const candidate = await visibleCandidate(deps, ctx, candidateId, 'matches.suggest');
  await ensureFresh(deps);
  const sctx = await scoringContext(deps);
  const features = (await repo.featuresOfCandidate(deps.db, candidate.id)).map(toFeatures);
  const found = await topVacancies(deps.db, sctx, features, limit);
  return {
    candidate: { id: candidate.id, reference: candidate.reference },
    items: found.map((f) => ({ vacancy: toVacancyView(f.vacancy), match: f.match })),
  };
}

export interface DecisionInput {
  candidate: string;
  decision: 'confirm' | 'reject';
  reason?: string | undefined;
}

/** A caseworker confirms or rejects one suggestion; confirming needs the candidate's consent to matching. */
export async function decideMatch(deps: Deps, ctx: RequestContext, vacancyId: string, input: DecisionInput) {
  await visibleVacancy(deps, ctx, vacancyId, 'matches.decide');
  const candidate = await visibleCandidate(deps, ctx, input.candidate, 'matches.decide');
  if (input.decision === 'reject' && !input.reason?.trim())
    throw new AppError('validation_failed', 'reason: say why the match is rejected', {
      errors: [{ path: 'body.reason', message: 'is required when rejecting' }],
    });
  await refreshVacancy(deps, vacancyId);
  await refreshCandidates(deps.db, [candidate.id]);
  const sctx = await scoringContext(deps);
  const v = vacancyFeaturesOf((await vacancies.findFeatures(deps.db, vacancyId))!);
  const best = bestMatch(sctx, v, (await repo.featuresOfCandidate(deps.db, candidate.id)).map(toFeatures));
  if (!best)
    throw new AppError('unprocessable', 'This candidate does not pass the gates for this vacancy', {
      errors: [{ path: 'body.candidate', message: 'fails a legal gate or has no fitting qualification' }],
    });
  if (input.decision === 'confirm') await assertRoleEligible(deps.db, vacancyId, candidate.id); // roles.service
  const consent = (await candidateConsents(deps.db, candidate.resident_id)).matching;
  if (input.decision === 'confirm' && !consent)
    throw new AppError('unprocessable', 'The candidate has not consented to matching: nothing can be shared', {
      errors: [{ path: 'body.candidate', message: 'no consent to matching' }],
    });
  const m = best;
  return inTransaction(deps.db, async (trx) => {
    const saved = await repo.upsertDecision(trx, {
      opportunity_id: vacancyId,
      candidate_id: candidate.id,
      occupation_code: m.occupation,
      status: input.decision === 'confirm' ? 'confirmed' : 'rejected',
      score: m.score,
      readiness: m.readiness,
      ready_in_months: m.readyInMonths,
      breakdown: JSON.stringify(m.components),
      reasons: JSON.stringify(m.reasons),
      gaps: JSON.stringify(m.gaps),
      reason: input.reason?.trim() ?? '',
      decided_by: actorOf(ctx).userId,
    });
    await recordAudit(trx, ctx, {
      action: input.decision === 'confirm' ? 'match.confirm' : 'match.reject',
      entity: 'match',
      entityId: saved.id,
      partnerId: candidate.partner_id,
      detail: { vacancy: vacancyId, candidate: candidate.id, score: m.score },
    });
    if (input.decision === 'confirm') await matchConfirmedActivity(trx, ctx, candidate.partner_id, vacancyId);
    return { id: saved.id, status: input.decision === 'confirm' ? 'confirmed' : 'rejected', score: m.score };
  });
}

/**
 * The employer's view of a vacancy's matches: confirmed ones only, for candidates who still consent to matching;
 * name and contact details only with consent to contact. Every read is audited (personal data leaves the case).
 */
export async function employerMatches(deps: Deps, ctx: RequestContext, vacancyId: string) {
  await visibleVacancy(deps, ctx, vacancyId, 'matches.employer-view');
  const rows = (await withConsents(deps.db, await repo.confirmedFor(deps.db, vacancyId))).filter(
    (r) => r.matching_consent,
  );
  await recordAudit(deps.db, ctx, {
    action: 'matches.employer-read',
    entity: 'vacancy',
    entityId: vacancyId,
    partnerId: actorOf(ctx).partnerId,
    detail: { candidates: rows.map((r) => r.candidate_id) },
  });
  return {
    items: rows.map((r) => ({
      id: r.id,
      candidate: {
        reference: r.reference,
        name: r.contact_consent ? r.full_name : null,
        email: r.contact_consent ? r.email : null,
        phone: r.contact_consent ? r.phone : null,
      },
      occupation: r.occupation_code,
      score: r.score,
      readiness: r.readiness,
      readyInMonths: r.ready_in_months,
      components: r.breakdown as MatchEvaluation['components'],
      reasons: r.reasons,
      gaps: r.gaps,
      confirmedAt: r.decided_at.toISOString(),
    })),
  };
}
