import { addMonths, isValidDate } from './dates.rules';
import { skills, type EnglishRule, type EnglishRulesFile, type OetGrade, type Skill } from './reference.schemas';

/** English test results: IELTS overall bands, score checks, and the distance to a regulator's rule. */

export type SkillScores = Record<Skill, number>;
export interface IeltsResult {
  id: string;
  test: 'ielts';
  variant: string;
  date: string;
  scores: SkillScores;
  /** the overall printed on the test report form, when given: checked against the computed one */
  reportedOverall?: number | null | undefined;
}
export interface OetResult {
  id: string;
  test: 'oet';
  variant: string;
  date: string;
  scores: SkillScores;
  /** the grade letters as given, when given: each must agree with the score */
  grades?: Partial<Record<Skill, OetGrade>> | undefined;
}
export type EnglishResult = IeltsResult | OetResult;
export type OetGradeTable = EnglishRulesFile['oetGrades'];

export interface ScoreProblem {
  code:
    | 'ielts-score-out-of-range'
    | 'ielts-score-not-half-band'
    | 'ielts-overall-mismatch'
    | 'oet-score-out-of-range'
    | 'oet-score-not-in-steps'
    | 'oet-grade-mismatch'
    | 'test-date-invalid'
    | 'test-date-in-future';
  path: string;
  message: string;
}

/**
 * The official IELTS overall: the mean of the four bands rounded to the nearest half band, with .25 going
 * up to .5 and .75 up to the next whole band. Computed on whole half-bands so no float rounding creeps in.
 */
export function ieltsOverall(scores: SkillScores): number {
  const halfBands = skills.reduce((sum, s) => sum + Math.round(scores[s] * 2), 0);
  return Math.floor((halfBands + 2) / 4) / 2;
}

export function oetGrade(score: number, table: OetGradeTable): OetGrade | null {
  return table.grades.find((g) => score >= g.min && score <= g.max)?.grade ?? null;
}

function dateProblems(date: string, today: string): ScoreProblem[] {
  if (!isValidDate(date)) return [{ code: 'test-date-invalid', path: 'date', message: `${date} is not a date` }];
  if (date > today) return [{ code: 'test-date-in-future', path: 'date', message: `test date ${date} is after today` }];
  return [];
}

function ieltsProblems(result: IeltsResult): ScoreProblem[] {
  const problems: ScoreProblem[] = [];
  for (const s of skills) {
    const v = result.scores[s];
    if (!Number.isFinite(v) || v < 0 || v > 9)
      problems.push({ code: 'ielts-score-out-of-range', path: s, message: `${s} ${v} is outside 0-9` });
    else if (!Number.isInteger(v * 2))
      problems.push({ code: 'ielts-score-not-half-band', path: s, message: `${s} ${v} is not a whole or half band` });
  }
  const reported = result.reportedOverall;
  if (problems.length === 0 && reported !== undefined && reported !== null && reported !== ieltsOverall(result.scores))
    problems.push({
      code: 'ielts-overall-mismatch',
      path: 'overall',
      message: `overall ${reported} does not match the bands (${ieltsOverall(result.scores)})`,
    });
  return problems;
}

function oetProblems(result: OetResult, table: OetGradeTable): ScoreProblem[] {
  const problems: ScoreProblem[] = [];
  for (const s of skills) {
    const v = result.scores[s];
    if (!Number.isInteger(v) || v < 0 || v > 500) {
      problems.push({ code: 'oet-score-out-of-range', path: s, message: `${s} ${v} is outside 0-500` });
      continue;
    }
    if (v % table.step !== 0) {
      problems.push({
        code: 'oet-score-not-in-steps',
        path: s,
        message: `${s} ${v} is not a multiple of ${table.step}`,
      });
      continue;
    }
    const given = result.grades?.[s];
    const actual = oetGrade(v, table);
    if (given !== undefined && given !== actual)
      problems.push({ code: 'oet-grade-mismatch', path: s, message: `${s} ${v} is grade ${actual}, not ${given}` });
  }
  return problems;
}

/** Impossible results, each named; an empty list means the result can be used. */
export function validateResult(result: EnglishResult, table: OetGradeTable, today: string): ScoreProblem[] {
  const scoreProblems = result.test === 'ielts' ? ieltsProblems(result) : oetProblems(result, table);
  return [...scoreProblems, ...dateProblems(result.date, today)];
}

/** When a result stops counting for a rule; null when the rule gives no validity period. */
export const expiresOn = (result: { date: string }, rule: Pick<EnglishRule, 'validityMonths'>): string | null =>
  rule.validityMonths === null ? null : addMonths(result.date, rule.validityMonths);
