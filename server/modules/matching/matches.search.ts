import type { Db } from '../../db/tx';
import * as repo from './matches.repo';
import type { CandidateFeatures } from './scoring.features.rules';
import { fitsForVacancy, occupationFit, registrationNeeded, type Fit } from './scoring.occupations.rules';
import {
  evaluateMatch,
  rightToWorkPasses,
  staticScore,
  upperBound,
  type MatchEvaluation,
  type ScoringContext,
  type VacancyFeatures,
} from './scoring.rules';
import { roleOutcome, vacancyRole, type RolePost } from './roles.rules';
import type { VacancyFeatureRow } from './vacancies.repo';

/**
 * The two searches. Top candidates: per fitting occupation, read candidates in order of their candidate-only score
 * (an index range scan each), score them exactly, and read further only while an occupation's upper bound could
 * still beat the k-th best: the exact top k without scoring everyone (threshold algorithm).
 */

export function toFeatures(r: repo.FeatureRow): CandidateFeatures {
  return {
    candidateId: r.candidate_id,
    occupation: r.occupation_code,
    partnerId: r.partner_id,
    profession: r.profession,
    regulator: r.regulator,
    rightToWork: r.right_to_work as CandidateFeatures['rightToWork'],
    rightToWorkExpiresOn: r.right_to_work_expires_on,
    dbs: r.dbs as CandidateFeatures['dbs'],
    cefr: r.cefr,
    cefrSource: r.cefr_source as CandidateFeatures['cefrSource'],
    englishForRegulator: r.english_for_regulator as CandidateFeatures['englishForRegulator'],
    englishShortfall: r.english_shortfall,
    stage: r.stage,
    registered: r.registered,
    currentStep: r.current_step,
    stepsLeft: r.steps_left,
    readyInMonths: r.ready_in_months,
    readyBasis: r.ready_basis as CandidateFeatures['readyBasis'],
    staticOpen: r.static_open,
    staticReg: r.static_reg,
    location: r.lat !== null && r.lng !== null ? { lat: r.lat, lng: r.lng } : null,
    rolesEligible: r.roles_eligible,
    roleGaps: r.role_gaps,
    availability: { hoursPerWeek: r.available_hours, from: r.available_from },
  };
}

export const vacancyFeaturesOf = (r: VacancyFeatureRow): VacancyFeatures => ({
  id: r.opportunity_id,
  partnerId: r.partner_id,
  title: r.title,
  occupationCodes: r.occupation_codes,
  registration: r.registration,
  dbs: r.dbs as VacancyFeatures['dbs'],
  paid: r.paid,
  cefr: r.cefr,
  location: r.lat !== null && r.lng !== null ? { lat: r.lat, lng: r.lng } : null,
  band: r.band,
  role: r.role,
  hours: r.hours,
  closesOn: r.closes_on_text,
});

/** The role a vacancy is for whose own gates apply (reference data), with its hours: what roleOutcome reads. */
export const rolePostOf = (ctx: ScoringContext, v: VacancyFeatures): RolePost => ({
  role: vacancyRole(ctx.ref, { role: v.role ?? null, occupations: v.occupationCodes }),
  hours: v.hours ?? null,
  closesOn: v.closesOn ?? null,
});

/** A match with what the vacancy's role and hours add (null when the role excludes the candidate). */
export function withRole(
  ctx: ScoringContext,
  post: RolePost,
  c: CandidateFeatures,
  e: MatchEvaluation,
): MatchEvaluation | null {
  const extra = roleOutcome(post, c, ctx.today);
  return extra && { ...e, reasons: [...e.reasons, ...extra.reasons], gaps: [...e.gaps, ...extra.gaps] };
}

interface Tier {
  code: string;
  fit: Fit;
  offset: number;
  limit: number;
  done: boolean;
  lastStatic: number;
  started: boolean;
}

export async function topCandidates(
  db: Db,
  ctx: ScoringContext,
  v: VacancyFeatures,
  k: number,
  partnerId: string | null,
): Promise<MatchEvaluation[]> {
  const registration = registrationNeeded(ctx.occupations, v);
  const fits = fitsForVacancy(ctx.ref, ctx.occupations, v.occupationCodes, registration);
  const statuses = [...ctx.ref.rightToWork.statuses.map((s) => s.status), 'unknown'];
  const rightToWork = v.paid ? statuses.filter((s) => rightToWorkPasses(ctx, v, s)) : null;
  if (rightToWork && rightToWork.length === 0) return [];
  const post = rolePostOf(ctx, v);
  const tiers: Tier[] = [...fits]
    .map(([code, fit]) => ({ code, fit, offset: 0, limit: k + 10, done: false, lastStatic: 0, started: false }))
    .sort((a, b) => b.fit.value - a.fit.value);
  // No candidate-only part can exceed this: a tier not read yet is bounded by its fit plus it.
  const maxStatic = ctx.config.weights.english + ctx.config.weights.registration;
  const best = new Map<string, MatchEvaluation>();
  let kth = -Infinity;
  const nextLevel = () => {
    const first = tiers.find((t) => !t.started);
    if (!first || upperBound(ctx.config, first.fit, maxStatic) <= kth) return [];
    return tiers.filter((t) => !t.started && t.fit.value === first.fit.value);
  };
  let pending = nextLevel();
  while (pending.length > 0) {
    const rows = await repo.featuresInOrder(db, pending, {
      registration: registration !== null,
      rightToWork,
      today: ctx.today,
      partnerId,
      role: post.role?.id ?? null,
    });
    for (const t of pending) {
      const mine = rows.filter((r) => r.occupation_code === t.code);
      t.started = true;
      t.done = mine.length < t.limit;
      if (mine.length > 0) t.lastStatic = staticScore(toFeatures(mine.at(-1)!), registration);
      t.offset += mine.length;
      t.limit *= 2;
      for (const r of mine) {
        const c = toFeatures(r);
        const scored = evaluateMatch(ctx, v, t.fit, c);
        const e = 'excluded' in scored ? null : withRole(ctx, post, c, scored);
        if (!e) continue;
        const prev = best.get(e.candidateId);
        if (!prev || e.total > prev.total) best.set(e.candidateId, e);
      }
    }
    const totals = [...best.values()].map((e) => e.total).sort((a, b) => b - a);
    kth = totals.length >= k ? totals[k - 1]! : -Infinity;
    const more = tiers.filter((t) => t.started && !t.done && upperBound(ctx.config, t.fit, t.lastStatic) > kth);
    pending = [...more, ...nextLevel()];
  }
  return [...best.values()].sort((a, b) => b.total - a.total || (a.candidateId < b.candidateId ? -1 : 1)).slice(0, k);
}

/**
 * A candidate's best match with one vacancy over their qualifications (each at its best-fitting occupation), or
 * null when none fits or a gate excludes them. Gates do not depend on the fit, so the best fit gives the best total.
 */
export function bestMatch(
  ctx: ScoringContext,
  v: VacancyFeatures,
  features: readonly CandidateFeatures[],
): MatchEvaluation | null {
  const registration = registrationNeeded(ctx.occupations, v);
  let top: MatchEvaluation | null = null;
  for (const f of features) {
    const fit = v.occupationCodes
      .map((code) => occupationFit(ctx.ref, ctx.occupations, code, registration, f.occupation))
      .reduce<Fit | null>((a, b) => (b && (!a || b.value > a.value) ? b : a), null);
    if (!fit) continue;
    const e = evaluateMatch(ctx, v, fit, f);
    if (!('excluded' in e) && (!top || e.total > top.total)) top = e;
  }
  return top;
}
