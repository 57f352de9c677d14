import { SESSIONS_PER_COHORT } from './researchers.rules';

/**
 * Training cohorts run six sessions over three to four months. Pure date rules (dates are 'YYYY-MM-DD').
 */
export const MIN_COHORT_DAYS = 84; // 12 weeks, about 3 months
export const MAX_COHORT_DAYS = 124; // about 4 months

const dayMs = 86_400_000;
const toTime = (d: string) => Date.parse(`${d}T00:00:00Z`);
const toDay = (t: number) => new Date(t).toISOString().slice(0, 10);

export function isCalendarDay(d: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(d) && !Number.isNaN(toTime(d)) && toDay(toTime(d)) === d;
}

export type CohortProblem = { path: string; message: string };

export function checkCohortDates(startsOn: string, endsOn: string, sessions?: readonly string[]): CohortProblem | null {
  if (!isCalendarDay(startsOn)) return { path: 'body.startsOn', message: 'not a calendar date' };
  if (!isCalendarDay(endsOn)) return { path: 'body.endsOn', message: 'not a calendar date' };
  const days = (toTime(endsOn) - toTime(startsOn)) / dayMs;
  if (days < MIN_COHORT_DAYS || days > MAX_COHORT_DAYS)
    return {
      path: 'body.endsOn',
      message: `a cohort runs over 3 to 4 months (${MIN_COHORT_DAYS}-${MAX_COHORT_DAYS} days)`,
    };
  if (sessions) {
    if (sessions.length !== SESSIONS_PER_COHORT)
      return { path: 'body.sessions', message: `a cohort has exactly ${SESSIONS_PER_COHORT} sessions` };
    for (const [i, s] of sessions.entries()) {
      if (!isCalendarDay(s)) return { path: `body.sessions.${i}`, message: 'not a calendar date' };
      if (s < startsOn || s > endsOn) return { path: `body.sessions.${i}`, message: 'outside the cohort dates' };
      if (i > 0 && s <= sessions[i - 1]!) return { path: `body.sessions.${i}`, message: 'sessions must be in order' };
    }
  }
  return null;
}

/** Six session dates spread evenly from the first day to the last, when the lead does not give them. */
export function spreadSessions(startsOn: string, endsOn: string): string[] {
  const start = toTime(startsOn);
  const step = (toTime(endsOn) - start) / (SESSIONS_PER_COHORT - 1);
  return Array.from({ length: SESSIONS_PER_COHORT }, (_, i) => toDay(start + Math.round((step * i) / dayMs) * dayMs));
}
