import { addMonths, inForce } from './dates.rules';
import {
  expiresOn,
  ieltsOverall,
  validateResult,
  type EnglishResult,
  type OetGradeTable,
  type SkillScores,
} from './english.rules';
import { skills, type EnglishRule, type EnglishRulesFile, type Skill } from './reference.schemas';

/** The distance from a candidate's English results to a regulator's rule: per skill, overall, and combined sittings. */

export interface SkillShortfall {
  skill: Skill;
  score: number;
  required: number;
  shortfall: number;
}

export interface RuleAssessment {
  rule: string;
  regulator: string;
  test: 'ielts' | 'oet';
  status: 'met' | 'not-met' | 'unknown';
  reason: string;
  /** the sitting(s) the assessment is based on */
  basedOn: string[];
  overall: { score: number; required: number; shortfall: number } | null;
  /** every skill below its minimum (empty when none is) */
  shortfalls: SkillShortfall[];
  /** the earliest expiry of the sittings used; null when the rule gives no validity period or no sitting is used */
  expiresOn: string | null;
}

const round = (n: number) => Math.round(n * 100) / 100;

function shortfallsOf(scores: SkillScores, min: SkillScores): SkillShortfall[] {
  return skills
    .map((s) => ({ skill: s, score: scores[s], required: min[s], shortfall: round(Math.max(0, min[s] - scores[s])) }))
    .filter((g) => g.shortfall > 0);
}

interface Attempt {
  basedOn: EnglishResult[];
  scores: SkillScores;
  overall: number | null;
}

function assess(rule: EnglishRule, attempt: Attempt): RuleAssessment {
  const min = rule.perSkillMin!;
  const shortfalls = shortfallsOf(attempt.scores, min);
  const overall =
    rule.overallMin !== null && attempt.overall !== null
      ? {
          score: attempt.overall,
          required: rule.overallMin,
          shortfall: round(Math.max(0, rule.overallMin - attempt.overall)),
        }
      : null;
  const met = shortfalls.length === 0 && (overall === null || overall.shortfall === 0);
  const expiries = attempt.basedOn.map((r) => expiresOn(r, rule)).filter((d): d is string => d !== null);
  return {
    rule: rule.id,
    regulator: rule.regulator,
    test: rule.test,
    status: met ? 'met' : 'not-met',
    reason: met ? `meets ${rule.id}` : `below ${rule.id}`,
    basedOn: attempt.basedOn.map((r) => r.id),
    overall,
    shortfalls,
    expiresOn: expiries.length ? expiries.sort()[0]! : null,
  };
}

const totalShortfall = (a: RuleAssessment) =>
  a.shortfalls.reduce((sum, s) => sum + s.shortfall / (a.test === 'oet' ? 100 : 1), a.overall?.shortfall ?? 0);

/** Better: met first, then the smaller total shortfall, then the more recent sitting. */
function better(a: RuleAssessment, b: RuleAssessment, dateOf: (ids: string[]) => string): RuleAssessment {
  if ((a.status === 'met') !== (b.status === 'met')) return a.status === 'met' ? a : b;
  const diff = totalShortfall(a) - totalShortfall(b);
  if (Math.abs(diff) > 1e-9) return diff < 0 ? a : b;
  return dateOf(a.basedOn) >= dateOf(b.basedOn) ? a : b;
}

function attemptsFor(rule: EnglishRule, usable: EnglishResult[]): Attempt[] {
  const single = usable.map((r) => ({
    basedOn: [r],
    scores: r.scores,
    overall: r.test === 'ielts' ? ieltsOverall(r.scores) : null,
  }));
  const combine = rule.combine;
  if (!combine) return single;
  const pairs: Attempt[] = [];
  for (const a of usable)
    for (const b of usable) {
      if (a.date >= b.date || addMonths(a.date, combine.windowMonths) < b.date) continue;
      // Every sitting must clear the floor in every skill; an IELTS sitting must also meet the overall on its own
      // (the stricter reading of "conditions apply", so a combination is never accepted that the regulator refuses).
      const floorOk = [a, b].every((r) => skills.every((s) => r.scores[s] >= combine.floorPerSkill));
      const overallOk = rule.overallMin === null || [a, b].every((r) => ieltsOverall(r.scores) >= rule.overallMin!);
      if (!floorOk || !overallOk) continue;
      const scores = Object.fromEntries(skills.map((s) => [s, Math.max(a.scores[s], b.scores[s])])) as SkillScores;
      pairs.push({ basedOn: [a, b], scores, overall: rule.overallMin === null ? null : ieltsOverall(scores) });
    }
  return [...single, ...pairs];
}

/**
 * How close a candidate's results come to one rule on a day. Results that are impossible, of another test or
 * version, or expired are left out. A rule without thresholds is 'unknown', never 'met'.
 */
export function assessRule(
  rule: EnglishRule,
  results: readonly EnglishResult[],
  table: OetGradeTable,
  today: string,
): RuleAssessment | null {
  const ofTest = results.filter(
    (r) => r.test === rule.test && (rule.testVariants === null || rule.testVariants.includes(r.variant)),
  );
  if (ofTest.length === 0) return null;
  const base = { rule: rule.id, regulator: rule.regulator, test: rule.test, overall: null, shortfalls: [] };
  if (rule.perSkillMin === null)
    return {
      ...base,
      status: 'unknown',
      reason: `${rule.regulator} accepts this test but its minimum scores are not recorded; check with the ${rule.regulator}`,
      basedOn: ofTest.map((r) => r.id),
      expiresOn: null,
    };
  const usable = ofTest.filter((r) => validateResult(r, table, today).length === 0);
  const latest = [...usable].sort((a, b) => (a.date < b.date ? 1 : -1)).slice(0, 1);
  const counted = rule.mostRecentSittingOnly ? latest : usable;
  const current = counted.filter((r) => (expiresOn(r, rule) ?? '9999-12-31') >= today);
  if (current.length === 0) {
    const why = usable.length === 0 ? 'no usable result (see the score problems)' : 'every result has expired';
    return { ...base, status: 'not-met', reason: why, basedOn: [], expiresOn: null };
  }
  const dates = new Map(current.map((r) => [r.id, r.date]));
  const dateOf = (ids: string[]) =>
    ids
      .map((id) => dates.get(id) ?? '')
      .sort()
      .at(-1) ?? '';
  return attemptsFor(rule, current)
    .map((a) => assess(rule, a))
    .reduce((a, b) => better(a, b, dateOf));
}

/** The rules in force for a profession on a day, optionally for one regulator. */
export const rulesFor = (file: EnglishRulesFile, profession: string, today: string, regulator?: string) =>
  file.rules.filter(
    (r) => r.professions.includes(profession) && inForce(r, today) && (!regulator || r.regulator === regulator),
  );
