import { rightToWorkGate, type GateFacts, type GateResult } from './gates.rules';
import type { InterimRole, ReferenceData } from './reference.schemas';
import { cefrName, englishRegValue, type CandidateFeatures } from './scoring.features.rules';
import { registrationNeeded, type Fit, type OccupationIndex } from './scoring.occupations.rules';
import type { ScoringConfig } from './scoring.types';

/**
 * Gate first, then score with named, weighted components (pure). A legal gate that fails, or whose evidence is
 * missing, excludes the pair (fail closed); a registration not yet held gives a "ready in about N months" match.
 */

export interface VacancyFeatures {
  id: string;
  partnerId: string;
  title: string;
  occupationCodes: string[];
  registration: string | null;
  dbs: 'none' | 'basic' | 'enhanced';
  paid: boolean;
  /** CEFR level asked for, 0 when none */
  cefr: number;
  location: { lat: number; lng: number } | null;
  band: number | null;
  /** the interim role its details name, its hours pattern (null: no details) and closing date (roles.rules) */
  role?: string | null;
  hours?: string | null;
  closesOn?: string | null;
}

export type ComponentName = 'occupation' | 'english' | 'registration' | 'location';
export interface Component {
  name: ComponentName;
  weight: number;
  value: number;
  points: number;
  reason: string;
}

export interface MatchEvaluation {
  candidateId: string;
  occupation: string;
  /** 0..1, for ranking; score is the same out of 100 */
  total: number;
  score: number;
  components: Component[];
  readiness: 'ready' | 'needs-evidence' | 'future';
  readyInMonths: number | null;
  readyBasis: string | null;
  gates: GateResult[];
  reasons: string[];
  gaps: string[];
}

export interface ScoringContext {
  ref: ReferenceData;
  occupations: OccupationIndex;
  config: ScoringConfig;
  today: string;
}

const round2 = (n: number) => Math.round(n * 10000) / 10000;

/** Great-circle distance in km. */
export function distanceKm(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 6371 * 2 * Math.asin(Math.min(1, Math.sqrt(h)));
}

export function locationValue(config: ScoringConfig, km: number | null): number {
  const { nearKm, farKm, farValue, unknownValue } = config.location;
  if (km === null) return unknownValue;
  if (km <= nearKm) return 1;
  if (km >= farKm) return farValue;
  return 1 - ((km - nearKm) / (farKm - nearKm)) * (1 - farValue);
}

const roleFor = (occupation: string): InterimRole => ({
  id: 'vacancy',
  title: 'vacancy',
  occupation,
  band: null,
  paid: true,
  forProfessions: [],
  gates: [],
  notes: '',
  validFrom: null,
  checkedOn: '',
  sources: [],
});

function rightToWork(
  ctx: ScoringContext,
  v: VacancyFeatures,
  c: Pick<CandidateFeatures, 'occupation' | 'rightToWork' | 'rightToWorkExpiresOn' | 'dbs'>,
): GateResult {
  const facts: GateFacts = {
    occupation: c.occupation,
    progress: [],
    english: [],
    rightToWork: c.rightToWork,
    rightToWorkExpiresOn: c.rightToWorkExpiresOn,
    dbs: c.dbs,
    yearsOfPractice: null,
    specialties: [],
    previousRoles: null,
  };
  const results = v.occupationCodes.map((code) => rightToWorkGate(ctx.ref, roleFor(code), facts, ctx.today));
  return (
    results.find((r) => r.outcome === 'pass') ?? results[0] ?? rightToWorkGate(ctx.ref, roleFor(''), facts, ctx.today)
  );
}

function dbsGate(v: VacancyFeatures, c: CandidateFeatures): GateResult | null {
  if (v.dbs === 'none') return null;
  if (c.dbs === 'enhanced-clear' || (v.dbs === 'basic' && c.dbs === 'basic-clear'))
    return { gate: 'dbs', outcome: 'pass', reason: `${v.dbs} DBS check clear` };
  if (c.dbs === 'barred') return { gate: 'dbs', outcome: 'fail', reason: 'barred from this work' };
  return { gate: 'dbs', outcome: 'unknown', reason: `needs a clear ${v.dbs} DBS check (now: ${c.dbs})` };
}

/** Whether a right-to-work status passes for this vacancy (no expiry considered): for the database prefilter. */
export function rightToWorkPasses(ctx: ScoringContext, v: VacancyFeatures, status: string): boolean {
  const c = {
    occupation: '',
    rightToWork: status as CandidateFeatures['rightToWork'],
    rightToWorkExpiresOn: null,
    dbs: 'unknown' as const,
  };
  return rightToWork(ctx, v, c).outcome === 'pass';
}

/** The legal gates; the first failing or unknown right-to-work, a DBS bar or a wrong profession excludes. */
export function gatesFor(ctx: ScoringContext, v: VacancyFeatures, c: CandidateFeatures) {
  const gates: GateResult[] = [];
  if (v.paid) gates.push(rightToWork(ctx, v, c));
  const dbs = dbsGate(v, c);
  if (dbs) gates.push(dbs);
  const needed = registrationNeeded(ctx.occupations, v);
  let pendingRegistration = false;
  if (needed) {
    if (c.registered && c.regulator === needed)
      gates.push({ gate: 'step-passed', outcome: 'pass', reason: `registered with the ${needed}` });
    else if (c.regulator === needed) {
      pendingRegistration = true;
      gates.push({ gate: 'step-passed', outcome: 'unknown', reason: `${needed} registration not yet held` });
    } else gates.push({ gate: 'step-passed', outcome: 'fail', reason: `needs ${needed} registration` });
  }
  const excludedBy = gates.find((g) => g.outcome === 'fail' || (g.gate === 'right-to-work' && g.outcome === 'unknown'));
  return { gates, excludedBy, needed, pendingRegistration };
}

/** The candidate-only part of the score for this kind of vacancy: the order match features are read in. */
export const staticScore = (c: Pick<CandidateFeatures, 'staticOpen' | 'staticReg'>, registration: string | null) =>
  registration ? c.staticReg : c.staticOpen;

/** No pair can score more than this: the search stops reading a tier once its bound falls below the k-th best. */
export const upperBound = (config: ScoringConfig, fit: Fit, staticPart: number) =>
  config.weights.occupation * fit.value + staticPart + config.weights.location;

function englishComponent(ctx: ScoringContext, v: VacancyFeatures, c: CandidateFeatures, needed: string | null) {
  const shown =
    c.cefrSource === 'none'
      ? 'no English level recorded'
      : `English ${cefrName(c.cefr)} (${c.cefrSource === 'test' ? 'test result' : 'self-rated'})`;
  if (needed) {
    const value = englishRegValue(c.englishForRegulator, c.englishShortfall);
    const reason =
      c.englishForRegulator === 'met'
        ? `${needed}-level English met`
        : c.englishForRegulator === 'not-met'
          ? `${needed}-level English: short by ${c.englishShortfall ?? '?'}`
          : `${needed}-level English not yet shown`;
    return { value, reason, gap: c.englishForRegulator === 'met' ? null : reason };
  }
  const open = c.cefrSource === 'test' ? c.cefr / 6 : c.cefrSource === 'self' ? Math.max(0, c.cefr - 1) / 6 : 0;
  if (v.cefr > 0 && c.cefr < v.cefr)
    return { value: open * 0.5, reason: shown, gap: `English ${cefrName(v.cefr)} asked; ${shown}` };
  const gap = c.cefrSource === 'test' ? null : `${shown}: a test result would confirm it`;
  return { value: open, reason: shown, gap };
}

export function evaluateMatch(
  ctx: ScoringContext,
  v: VacancyFeatures,
  fit: Fit,
  c: CandidateFeatures,
): MatchEvaluation | { excluded: GateResult } {
  const w = ctx.config.weights;
  const { gates, excludedBy, needed, pendingRegistration } = gatesFor(ctx, v, c);
  if (excludedBy) return { excluded: excludedBy };
  const english = englishComponent(ctx, v, c, needed);
  const registration = needed
    ? {
        value: c.registered ? 1 : c.stage * 0.8,
        reason: c.registered
          ? `Registered with the ${needed}`
          : `On the ${needed} route: ${c.stepsLeft.join(', ')} to go`,
      }
    : { value: 1, reason: 'No registration needed for this role' };
  const km = v.location && c.location ? distanceKm(v.location, c.location) : null;
  const location = {
    value: locationValue(ctx.config, km),
    reason: km === null ? 'Distance not known' : `Lives about ${Math.max(1, Math.round(km))} km away`,
  };
  const parts: [ComponentName, number, { value: number; reason: string }][] = [
    ['occupation', w.occupation, { value: fit.value, reason: fit.reason }],
    ['english', w.english, english],
    ['registration', w.registration, registration],
    ['location', w.location, location],
  ];
  const components = parts.map(([name, weight, p]) => ({
    name,
    weight,
    value: round2(p.value),
    points: round2(weight * p.value * 100),
    reason: p.reason,
  }));
  const total = parts.reduce((n, [, weight, p]) => n + weight * p.value, 0);
  const unknown = gates.filter((g) => g.outcome === 'unknown' && g.gate !== 'step-passed');
  const gaps = [
    ...(pendingRegistration
      ? [
          c.readyInMonths !== null
            ? `${needed} registration: ${c.stepsLeft.join(', ')} remain (ready in about ${c.readyInMonths} months${c.readyBasis === 'planning-assumption' ? ', planning assumption' : ''})`
            : `${needed} registration: ${c.stepsLeft.join(', ')} remain (time not known)`,
        ]
      : []),
    ...(english.gap ? [english.gap] : []),
    ...unknown.map((g) => g.reason),
    ...(km !== null && km > ctx.config.location.farKm ? [`Travel: about ${Math.round(km)} km`] : []),
  ];
  return {
    candidateId: c.candidateId,
    occupation: c.occupation,
    total,
    score: Math.round(total * 100),
    components,
    readiness: pendingRegistration ? 'future' : unknown.length > 0 ? 'needs-evidence' : 'ready',
    readyInMonths: pendingRegistration ? c.readyInMonths : 0,
    readyBasis: pendingRegistration ? c.readyBasis : null,
    gates,
    reasons: components.filter((x) => x.value >= 0.5).map((x) => x.reason),
    gaps,
  };
}
