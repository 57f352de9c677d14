import { pipelineStages, type PipelineStage } from './pipeline.rules';

/**
 * The fairness report: pipeline outcomes by sex, age band and ethnicity, for audit only. These monitoring
 * answers are optional, stored encrypted, and never read by matching or scoring (DESIGN.md §6).
 * Every published count goes through the privacy module's small-cell suppression, passed in by the service
 * (rules import no other module).
 */

export const monitoringSexes = ['female', 'male', 'other', 'prefer-not-to-say'] as const;
/** the five high-level ethnic groups of the 2021 census in England and Wales */
export const monitoringEthnicities = ['asian', 'black', 'mixed', 'white', 'other', 'prefer-not-to-say'] as const;
export const ageBands = ['16-24', '25-34', '35-44', '45-54', '55-64', '65+'] as const;
export const notRecorded = 'not-recorded';

export const outcomes = ['candidates', 'englishMet', 'registered', 'interimWork', 'employed', 'withdrawn'] as const;
export type Outcome = (typeof outcomes)[number];
export type Dimension = 'sex' | 'ageBand' | 'ethnicity';

export interface FairnessPerson {
  sex: string | null;
  ethnicity: string | null;
  dateOfBirth: string | null;
  stage: PipelineStage;
  /** every stage the candidate has been moved to, current included */
  reached: readonly PipelineStage[];
}

export function ageBand(dateOfBirth: string | null, today: string): string {
  if (!dateOfBirth) return notRecorded;
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const age = y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
  if (age < 16) return notRecorded;
  const band = ageBands.find((b) => {
    const [lo, hi] = b.split('-').map((n) => Number.parseInt(n, 10));
    return age >= lo! && (hi === undefined || Number.isNaN(hi) || age <= hi);
  });
  return band ?? '65+';
}

const englishStages: readonly PipelineStage[] = pipelineStages.slice(3, 6); // language-passed, exams, registered

function hasOutcome(p: FairnessPerson, o: Outcome): boolean {
  switch (o) {
    case 'candidates':
      return true;
    case 'englishMet':
      return p.reached.some((s) => englishStages.includes(s));
    case 'registered':
      return p.reached.includes('registered');
    case 'interimWork':
      return p.reached.includes('interim-work');
    case 'employed':
      return p.stage === 'employed';
    case 'withdrawn':
      return p.stage === 'withdrawn';
  }
}

const groupsOf: Record<Dimension, readonly string[]> = {
  sex: [...monitoringSexes, notRecorded],
  ageBand: [...ageBands, notRecorded],
  ethnicity: [...monitoringEthnicities, notRecorded],
};

export interface FairnessTable {
  dimension: Dimension;
  groups: string[];
  /** per outcome: the count per group (null = fewer than 5, suppressed) and the column total */
  outcomes: { outcome: Outcome; counts: (number | null)[]; total: number | null }[];
}

/** One table per dimension; each outcome column is suppressed as a whole so no hidden cell can be derived. */
export type Suppress = (cells: { key: string; count: number }[]) => {
  cells: { count: number | null }[];
  total: number | null;
};

export function fairnessTables(
  people: readonly FairnessPerson[],
  today: string,
  suppressCells: Suppress,
): FairnessTable[] {
  const groupOf = (p: FairnessPerson, d: Dimension): string =>
    d === 'ageBand' ? ageBand(p.dateOfBirth, today) : ((d === 'sex' ? p.sex : p.ethnicity) ?? notRecorded);
  return (['sex', 'ageBand', 'ethnicity'] as const).map((dimension) => {
    const groups = [...groupsOf[dimension]];
    return {
      dimension,
      groups,
      outcomes: outcomes.map((outcome) => {
        const cells = groups.map((g) => ({
          key: g,
          count: people.filter((p) => groupOf(p, dimension) === g && hasOutcome(p, outcome)).length,
        }));
        const suppressed = suppressCells(cells);
        return { outcome, counts: suppressed.cells.map((c) => c.count), total: suppressed.total };
      }),
    };
  });
}
