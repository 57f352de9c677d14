import type { z } from 'zod';
import type { Db } from '../../db/tx';
import { englishResultsOf, progressOf } from './candidates.mappers';
import * as candidates from './candidates.repo';
import { eligibilityRules, funderEligibility, type Eligibility, type FunderFacts } from './funders.rules';
import { englishStatusFor, professionFor } from './pathway.rules';
import { referenceData } from './reference';
import { englishGap, seatsLeft } from './training.rules';
import * as repo from './training.repo';
import type { cohort as cohortSchema, funder } from './training.schemas';

/** Funders and what the training rules need to know about one candidate. */

export type FunderView = z.infer<typeof funder>;
export type CohortView = z.infer<typeof cohortSchema>;

export const rulesOf = (json: unknown) => eligibilityRules.parse(json);

export async function listFunders(db: Db): Promise<{ items: FunderView[] }> {
  const rows = await repo.listFunders(db);
  return {
    items: rows.map((f) => ({
      id: f.id,
      slug: f.slug,
      name: f.name,
      kind: f.kind,
      eligibility: rulesOf(f.eligibility),
      source: f.source,
    })),
  };
}

export function cohortView(c: repo.CohortRow, today: string): CohortView {
  const enrolled = Number(c.enrolled ?? 0);
  return {
    id: c.id,
    name: c.name,
    programme: { slug: c.programme_slug, name: c.programme_name },
    funder: { slug: c.funder_slug, name: c.funder_name, eligibility: rulesOf(c.funder_eligibility) },
    capacity: c.capacity,
    enrolled,
    seatsLeft: seatsLeft({ capacity: c.capacity, enrolled }),
    startsOn: c.starts_on,
    endsOn: c.ends_on,
    venue: c.venue,
    status: c.starts_on > today ? 'coming' : c.ends_on < today ? 'ended' : 'running',
  };
}

export const cohortFacts = (c: CohortView) => ({
  id: c.id,
  name: c.name,
  capacity: c.capacity,
  enrolled: c.enrolled,
  startsOn: c.startsOn,
  endsOn: c.endsOn,
  funder: c.funder.name,
});

export interface TrainingFacts {
  funder: FunderFacts;
  english: ReturnType<typeof englishGap>;
  eligibleFor: (c: CohortView) => Eligibility;
}

/** The facts about a candidate the funder and waiting-list rules take: borough, professions, English gap. */
export async function trainingFacts(db: Db, row: candidates.CandidateRow, today: string): Promise<TrainingFacts> {
  return trainingFactsFrom(row, await candidates.childrenOf(db, row.id), today);
}

/** The same from rows already read (the waiting list reads every candidate's in one query per kind). */
export function trainingFactsFrom(
  row: candidates.CandidateRow,
  children: candidates.CandidateChildren,
  today: string,
): TrainingFacts {
  const ref = referenceData();
  const professions = children.qualifications
    .map((q) => professionFor(ref, q.occupation_code))
    .filter((p) => p !== undefined);
  const facts: FunderFacts = {
    borough: row.borough,
    professions: [...new Set(professions.map((p) => p.id))],
    rightToWork: row.right_to_work,
  };
  const first = professions[0];
  const status = first
    ? englishStatusFor(ref, first, { english: englishResultsOf(children), progress: progressOf(children) }, today)
    : null;
  return {
    funder: facts,
    english: englishGap(status),
    eligibleFor: (c) => funderEligibility(c.funder.eligibility, facts),
  };
}
