import type { Eligibility } from './funders.rules';
import type { EnglishStatus } from './pathway.types';

/** Training decisions: the English gap that feeds the waiting list, who may enrol, which cohorts come next. Pure. */

export interface CohortFacts {
  id: string;
  name: string;
  capacity: number;
  enrolled: number;
  startsOn: string;
  endsOn: string;
  funder: string;
}

export interface Problem {
  path: string;
  message: string;
}

/** The summed shortfall of the closest result (IELTS bands; OET points / 100), or null when nothing compares. */
export function englishGap(english: EnglishStatus | null): {
  status: 'met' | 'not-met' | 'unknown';
  gap: number | null;
} {
  if (!english) return { status: 'unknown', gap: null };
  if (english.status !== 'not-met') return { status: english.status, gap: english.status === 'met' ? 0 : null };
  const best = english.assessments.find((a) => a.status === 'not-met' && a.basedOn.length > 0);
  if (!best) return { status: 'not-met', gap: null };
  const scale = best.test === 'oet' ? 100 : 1;
  const gap = best.shortfalls.reduce((s, x) => s + x.shortfall / scale, best.overall?.shortfall ?? 0);
  return { status: 'not-met', gap: Math.round(gap * 100) / 100 };
}

export const seatsLeft = (c: Pick<CohortFacts, 'capacity' | 'enrolled'>) => Math.max(0, c.capacity - c.enrolled);

/** Why a candidate cannot take a place in a cohort today, or null when they can. */
export function enrolmentProblem(cohort: CohortFacts, eligibility: Eligibility, today: string): Problem | null {
  if (cohort.endsOn < today) return { path: 'params.id', message: `cohort ${cohort.name} ended on ${cohort.endsOn}` };
  if (seatsLeft(cohort) === 0)
    return {
      path: 'params.id',
      message: `cohort ${cohort.name} is full (${cohort.enrolled} of ${cohort.capacity} places taken)`,
    };
  if (!eligibility.eligible) {
    const f = eligibility.failures[0]!;
    return {
      path: 'body.candidateId',
      message: `${cohort.funder} funds this cohort; funder rule "${f.rule}" (${f.description}) is not met: ${f.reason}`,
    };
  }
  return null;
}

/** A session must fall within the cohort's dates and not in the future. */
export function sessionProblem(cohort: Pick<CohortFacts, 'startsOn' | 'endsOn'>, sessionOn: string, today: string) {
  if (sessionOn > today) return { path: 'body.sessionOn', message: 'attendance cannot be recorded for a future day' };
  if (sessionOn < cohort.startsOn || sessionOn > cohort.endsOn)
    return {
      path: 'body.sessionOn',
      message: `the cohort runs from ${cohort.startsOn} to ${cohort.endsOn}`,
    };
  return null;
}

/** Coming cohorts (not yet started) with a free place whose funder covers the candidate, soonest first. */
export function nextCohorts<C extends CohortFacts>(
  cohorts: readonly C[],
  eligible: (cohort: C) => boolean,
  today: string,
): C[] {
  return cohorts
    .filter((c) => c.startsOn >= today && seatsLeft(c) > 0 && eligible(c))
    .sort((a, b) => (a.startsOn < b.startsOn ? -1 : a.startsOn > b.startsOn ? 1 : a.id < b.id ? -1 : 1));
}

/** Attendance rate as a whole percentage; null before any session is recorded. */
export function attendanceRate(sessions: readonly { present: boolean }[]): number | null {
  if (sessions.length === 0) return null;
  return Math.round((100 * sessions.filter((s) => s.present).length) / sessions.length);
}
