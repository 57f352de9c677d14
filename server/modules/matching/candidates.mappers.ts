import type { z } from 'zod';
import type { CandidateConsents } from './candidates.consents';
import type { CandidateChildren, CandidateRow } from './candidates.repo';
import type { candidateDetail, candidateSummary } from './candidates.schemas';
import type { EnglishResult } from './english.rules';
import type { GateFacts } from './gates.rules';
import type { StepProgress } from './pathway.rules';
import type { RightToWorkStatus } from './reference.schemas';
import type { DbsStatus } from './gates.rules';

/** Rows to API views, and rows to the facts the pathway rules take. */

export type CandidateSummary = z.infer<typeof candidateSummary>;
export type CandidateDetail = z.infer<typeof candidateDetail>;

const num = (v: string | number | null): number | null => (v === null ? null : Number(v));

export function toSummary(r: CandidateRow, occupations: string[]): CandidateSummary {
  return {
    id: r.id,
    reference: r.reference,
    fullName: r.full_name,
    status: r.status as CandidateSummary['status'],
    source: r.source as CandidateSummary['source'],
    partner: { id: r.partner_id, slug: r.partner_slug, name: r.partner_name },
    caseworker: r.caseworker_id ? { id: r.caseworker_id, displayName: r.caseworker_name ?? '' } : null,
    area: r.area_id ? { id: r.area_id, slug: r.area_slug ?? '', name: r.area_name ?? '' } : null,
    borough: r.borough,
    occupations,
    rightToWork: r.right_to_work as RightToWorkStatus,
    possibleDuplicates: r.possible_duplicates.length,
    stage: r.stage as CandidateSummary['stage'],
    createdAt: r.created_at.toISOString(),
  };
}

export function englishResultsOf(children: CandidateChildren): EnglishResult[] {
  return children.tests.map((t) => ({
    id: t.id,
    test: t.test as 'ielts' | 'oet',
    variant: t.variant,
    date: t.taken_on ?? '',
    scores: {
      listening: Number(t.listening),
      reading: Number(t.reading),
      writing: Number(t.writing),
      speaking: Number(t.speaking),
    },
  }));
}

export const progressOf = (children: CandidateChildren): StepProgress[] =>
  children.progress.map((p) => ({
    step: p.step,
    outcome: p.outcome as StepProgress['outcome'],
    date: p.on_date ?? '',
  }));

/** The facts for one qualification's pathway and gates. */
export function gateFacts(
  r: CandidateRow,
  children: CandidateChildren,
  q: CandidateChildren['qualifications'][number],
): GateFacts {
  return {
    occupation: q.occupation_code,
    progress: progressOf(children),
    english: englishResultsOf(children),
    rightToWork: r.right_to_work as RightToWorkStatus,
    rightToWorkExpiresOn: r.right_to_work_expires_on,
    dbs: r.dbs as DbsStatus,
    yearsOfPractice: num(q.years_of_practice),
    specialties: q.specialties.map((s) => s.toLowerCase()),
    previousRoles: r.previous_roles,
  };
}

export function toDetail(
  r: CandidateRow,
  children: CandidateChildren,
  extra: {
    consents: CandidateConsents;
    occupationLabels: Map<string, string>;
    immigrationStatus: string | null;
    expiries: Map<string, string | null>;
    grades: Map<string, Record<string, string>>;
  },
): CandidateDetail {
  return {
    ...toSummary(
      r,
      children.qualifications.map((q) => q.occupation_code),
    ),
    preferredName: r.preferred_name,
    dateOfBirth: r.date_of_birth,
    phone: r.phone,
    email: r.email,
    rightToWorkCheckedOn: r.right_to_work_checked_on,
    rightToWorkExpiresOn: r.right_to_work_expires_on,
    dbs: r.dbs as DbsStatus,
    immigrationStatus: extra.immigrationStatus,
    previousRoles: r.previous_roles,
    qualifications: children.qualifications.map((q) => ({
      id: q.id,
      occupation: {
        code: q.occupation_code,
        label: extra.occupationLabels.get(q.occupation_code) ?? q.occupation_code,
      },
      country: q.country,
      institution: q.institution,
      year: q.year,
      yearsOfPractice: num(q.years_of_practice),
      specialties: q.specialties,
      documents: q.documents,
    })),
    languages: children.languages.map((l) => ({ language: l.language, level: l.level })),
    englishTests: children.tests.map((t) => ({
      id: t.id,
      test: t.test as 'ielts' | 'oet',
      variant: t.variant,
      date: t.taken_on ?? '',
      reportNumber: t.report_number,
      scores: {
        listening: Number(t.listening),
        reading: Number(t.reading),
        writing: Number(t.writing),
        speaking: Number(t.speaking),
      },
      overall: num(t.overall),
      grades: extra.grades.get(t.id) ?? null,
      expiresOn: extra.expiries.get(t.id) ?? null,
    })),
    progress: progressOf(children),
    consents: extra.consents,
    duplicates: r.possible_duplicates,
    notes: r.notes,
    version: r.version,
    updatedAt: r.updated_at.toISOString(),
  };
}
