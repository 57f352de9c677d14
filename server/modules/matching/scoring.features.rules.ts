import { ieltsOverall, validateResult, type EnglishResult } from './english.rules';
import type { GateFacts } from './gates.rules';
import { englishStatusFor, professionFor } from './pathway.rules';
import type { ReferenceData, RouteStep } from './reference.schemas';
import type { ScoringConfig } from './scoring.types';

/**
 * A candidate's match features for one qualification: what the scoring needs, worked out once from the facts
 * and stored (candidate_match_features). Pure. Only job-relevant facts go in: no name, age, sex, nationality,
 * country or date of qualification, immigration detail (only the right-to-work outcome) or self-declared health.
 */

export interface MatchFacts extends GateFacts {
  candidateId: string;
  partnerId: string;
  location: { lat: number; lng: number } | null;
  /** self-rated English (CEFR or 'native'); counted one level lower than a test result */
  selfRatedEnglish: string | null;
}

export interface CandidateFeatures {
  candidateId: string;
  occupation: string;
  partnerId: string;
  profession: string | null;
  regulator: string | null;
  rightToWork: GateFacts['rightToWork'];
  rightToWorkExpiresOn: string | null;
  dbs: GateFacts['dbs'];
  cefr: number;
  cefrSource: 'test' | 'self' | 'none';
  englishForRegulator: 'met' | 'not-met' | 'unknown' | 'none';
  englishShortfall: number | null;
  stage: number;
  registered: boolean;
  currentStep: string | null;
  stepsLeft: string[];
  readyInMonths: number | null;
  readyBasis: 'estimate' | 'planning-assumption' | null;
  staticOpen: number;
  staticReg: number;
  location: { lat: number; lng: number } | null;
  /** gated interim roles eligible for (none listed: excluded from every one), and their evidence still to show */
  rolesEligible?: string[];
  roleGaps?: Record<string, string[]>;
  /** for availability gaps (a soft gate) */
  availability?: { hoursPerWeek: number | null; from: string | null };
}

const cefrLevels = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export const cefrName = (n: number): string => (n >= 1 && n <= 6 ? cefrLevels[n - 1]! : 'none');
export const cefrNumber = (level: string | null): number =>
  level === 'native' ? 6 : level ? cefrLevels.indexOf(level as (typeof cefrLevels)[number]) + 1 : 0;

/** IELTS overall to CEFR (IELTS's published alignment): 8.5+ C2, 7.0+ C1, 5.5+ B2, 4.0+ B1, below A2. */
export function ieltsCefr(overall: number): number {
  return overall >= 8.5 ? 6 : overall >= 7 ? 5 : overall >= 5.5 ? 4 : overall >= 4 ? 3 : 2;
}

/** OET has no overall: the weakest sub-test decides (B 350+ is taken as C1, C+ 300+ as B2, 450+ as C2). */
export function oetCefr(scores: Record<string, number>): number {
  const min = Math.min(...Object.values(scores));
  return min >= 450 ? 6 : min >= 350 ? 5 : min >= 300 ? 4 : 3;
}

/** The best English level shown by a test that is not impossible (an expired test still shows the level). */
export function testedCefr(results: readonly EnglishResult[], ref: ReferenceData, today: string): number {
  let best = 0;
  for (const r of results) {
    if (validateResult(r, ref.english.oetGrades, today).length > 0) continue;
    const s = r.scores;
    const level = r.test === 'ielts' ? ieltsCefr(ieltsOverall(s)) : oetCefr({ ...s });
    best = Math.max(best, level);
  }
  return best;
}

/** Readiness against the regulator's English rule: met 1; short by x bands (OET: x/100 points) 1 - x; unknown 0.25. */
export const englishRegValue = (status: string, shortfall: number | null): number =>
  status === 'met' ? 1 : status === 'not-met' ? Math.max(0.25, 1 - (shortfall ?? 0.75)) : 0.25;

function stepWeeks(step: RouteStep, config: ScoringConfig): { weeks: number; assumed: boolean } | null {
  if (step.estimate !== 'unknown') return { weeks: step.estimate.weeks, assumed: false };
  const planned = config.planningWeeks[step.kind];
  return planned ? { weeks: planned.weeks, assumed: true } : null;
}

export function candidateFeatures(
  ref: ReferenceData,
  config: ScoringConfig,
  facts: MatchFacts,
  today: string,
): CandidateFeatures {
  const w = config.weights;
  const profession = professionFor(ref, facts.occupation);
  const tested = testedCefr(facts.english, ref, today);
  const self = cefrNumber(facts.selfRatedEnglish);
  const cefr = tested > 0 ? tested : self;
  const cefrSource = tested > 0 ? 'test' : self > 0 ? 'self' : 'none';
  const englishOpen = cefrSource === 'test' ? cefr / 6 : cefrSource === 'self' ? Math.max(0, cefr - 1) / 6 : 0;
  const base = {
    candidateId: facts.candidateId,
    occupation: facts.occupation!,
    partnerId: facts.partnerId,
    rightToWork: facts.rightToWork,
    rightToWorkExpiresOn: facts.rightToWorkExpiresOn,
    dbs: facts.dbs,
    cefr,
    cefrSource,
    location: facts.location,
    staticOpen: w.english * englishOpen + w.registration,
  } as const;
  if (!profession)
    return {
      ...base,
      profession: null,
      regulator: null,
      englishForRegulator: 'none',
      englishShortfall: null,
      stage: 0,
      registered: false,
      currentStep: null,
      stepsLeft: [],
      readyInMonths: null,
      readyBasis: null,
      staticReg: 0,
    };
  // Only what scoring needs from the pathway (the full computePathway also words every step): English status,
  // and which steps are passed, as the pathway rules decide them.
  const route = ref.regulators.routes.find((r) => r.id === profession.route)!;
  const english = englishStatusFor(ref, profession, facts, today);
  const passed = new Set(facts.progress.filter((p) => p.outcome === 'passed').map((p) => p.step));
  const left = route.steps.filter((s) => (s.kind === 'english' ? english.status !== 'met' : !passed.has(s.id)));
  const registered = left.length === 0;
  const weeks = left.map((s) => stepWeeks(s, config));
  const known = weeks.every((x) => x !== null);
  const best = english.assessments[0];
  const shortfall = best
    ? Math.max(best.overall?.shortfall ?? 0, ...best.shortfalls.map((s) => s.shortfall)) /
      (best.test === 'oet' ? 100 : 1)
    : null;
  const englishReg = englishRegValue(english.status, shortfall);
  const stage = (route.steps.length - left.length) / route.steps.length;
  return {
    ...base,
    profession: profession.id,
    regulator: profession.regulator,
    englishForRegulator: english.status,
    englishShortfall: shortfall,
    stage,
    registered,
    currentStep: left[0]?.id ?? null,
    stepsLeft: left.map((s) => s.id),
    readyInMonths: registered ? 0 : known ? Math.ceil(weeks.reduce((n, x) => n + x!.weeks, 0) / 4.345) : null,
    readyBasis: registered
      ? 'estimate'
      : !known
        ? null
        : weeks.some((x) => x!.assumed)
          ? 'planning-assumption'
          : 'estimate',
    staticReg: w.english * englishReg + w.registration * (registered ? 1 : stage * 0.8),
  };
}
