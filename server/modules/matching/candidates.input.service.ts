import type { z } from 'zod';
import type { Deps } from '../../deps';
import type { Db } from '../../db/tx';
import type { RequestContext } from '../../http/context';
import { AppError, type FieldProblem } from '../../http/errors';
import { isAllowed, type Role } from '../../http/policy';
import { checkOccupationCodes } from '../assets/occupations.service';
import { findAreaId } from '../places/places.service';
import { sealSpecialCategory } from '../privacy/privacy.service';
import * as repo from './candidates.repo';
import { nameKey, phoneKey } from './candidates.rules';
import type { createCandidateBody, updateCandidateBody } from './candidates.schemas';
import { ieltsOverall, validateResult, type EnglishResult } from './english.rules';
import { referenceData } from './reference';

/** Turns a create or update body into checked columns and child rows; every problem is a 4xx naming the field. */

export type CandidateInput = Partial<z.infer<typeof createCandidateBody>> &
  Partial<z.infer<typeof updateCandidateBody>>;

export const today = (): string => new Date().toISOString().slice(0, 10);

const unprocessable = (errors: FieldProblem[]) =>
  new AppError('unprocessable', errors.map((e) => `${e.path}: ${e.message}`).join('; '), { errors });

function englishRows(input: CandidateInput, now: string) {
  const tests = input.englishTests;
  if (!tests) return undefined;
  const table = referenceData().english.oetGrades;
  const errors = tests.flatMap((t, i) => {
    const result = { id: String(i), ...t, reportedOverall: t.overall, grades: t.grades } as EnglishResult;
    return validateResult(result, table, now).map((p) => ({
      path: `body.englishTests.${i}.${p.path === 'overall' || p.path === 'date' ? p.path : `scores.${p.path}`}`,
      message: `${p.code}: ${p.message}`,
    }));
  });
  if (errors.length > 0) throw unprocessable(errors);
  return tests.map((t) => ({
    test: t.test,
    variant: t.variant,
    taken_on: t.date,
    report_number: t.reportNumber ?? null,
    ...t.scores,
    overall: t.test === 'ielts' ? ieltsOverall(t.scores) : null,
  }));
}

function checkReferenceIds(input: CandidateInput): void {
  const ref = referenceData();
  const steps = new Set(ref.regulators.routes.flatMap((r) => r.steps.map((s) => s.id)));
  const roles = new Set(ref.interimRoles.roles.map((r) => r.id));
  const errors: FieldProblem[] = [
    ...(input.progress ?? []).flatMap((p, i) =>
      steps.has(p.step) ? [] : [{ path: `body.progress.${i}.step`, message: `unknown pathway step ${p.step}` }],
    ),
    ...(input.previousRoles ?? []).flatMap((r, i) =>
      roles.has(r) ? [] : [{ path: `body.previousRoles.${i}`, message: `unknown interim role ${r}` }],
    ),
  ];
  if (errors.length > 0) throw unprocessable(errors);
}

function checkDates(input: CandidateInput, now: string): void {
  const errors: FieldProblem[] = [];
  if (input.dateOfBirth && input.dateOfBirth >= now)
    errors.push({ path: 'body.dateOfBirth', message: 'date of birth must be in the past' });
  (input.progress ?? []).forEach((p, i) => {
    if (p.outcome !== 'booked' && p.date > now)
      errors.push({ path: `body.progress.${i}.date`, message: `a ${p.outcome} step cannot be dated in the future` });
  });
  if (errors.length > 0) throw unprocessable(errors);
}

async function caseworkerFor(db: Db, partnerId: string, userId: string): Promise<string> {
  const user = await repo.userPartner(db, userId);
  if (!user || user.partner_id !== partnerId || !isAllowed({ role: user.role as Role, partnerId }, 'candidates.update'))
    throw unprocessable([{ path: 'body.caseworker', message: "not a caseworker of the candidate's partner" }]);
  return userId;
}

const has = <K extends keyof CandidateInput>(input: CandidateInput, key: K) => input[key] !== undefined;

/** Columns of the candidates table for the fields present in the input. */
export async function candidateColumns(
  deps: Deps,
  input: CandidateInput,
  partnerId: string,
): Promise<Record<string, unknown>> {
  const c: Record<string, unknown> = {};
  if (input.fullName !== undefined) Object.assign(c, { full_name: input.fullName, name_key: nameKey(input.fullName) });
  if (has(input, 'phone')) Object.assign(c, { phone: input.phone ?? null, phone_key: phoneKey(input.phone) });
  const plain = {
    preferredName: 'preferred_name',
    dateOfBirth: 'date_of_birth',
    email: 'email',
    borough: 'borough',
    rightToWork: 'right_to_work',
    rightToWorkCheckedOn: 'right_to_work_checked_on',
    rightToWorkExpiresOn: 'right_to_work_expires_on',
    dbs: 'dbs',
    notes: 'notes',
    status: 'status',
  } as const;
  for (const [key, column] of Object.entries(plain)) {
    const value = input[key as keyof typeof plain];
    if (value !== undefined) c[column] = value;
  }
  if (has(input, 'previousRoles')) c.previous_roles = input.previousRoles ? JSON.stringify(input.previousRoles) : null;
  if (has(input, 'immigrationStatus'))
    c.immigration_status_enc = sealSpecialCategory(deps, input.immigrationStatus ?? null);
  if (has(input, 'monitoring'))
    c.monitoring_enc = sealSpecialCategory(deps, input.monitoring ? JSON.stringify(input.monitoring) : null);
  if (has(input, 'area')) {
    const areaId = input.area ? await findAreaId(deps, input.area) : null;
    if (input.area && !areaId) throw unprocessable([{ path: 'body.area', message: `unknown area ${input.area}` }]);
    c.area_id = areaId;
  }
  if (has(input, 'caseworker'))
    c.caseworker_id = input.caseworker ? await caseworkerFor(deps.db, partnerId, input.caseworker) : null;
  return c;
}

/** Child rows (replace-all per list given), checked against the taxonomy and the reference data. */
export async function candidateChildren(deps: Deps, input: CandidateInput) {
  const now = today();
  checkDates(input, now);
  checkReferenceIds(input);
  if (input.qualifications)
    await checkOccupationCodes(
      deps.db,
      input.qualifications.map((q) => q.occupation),
      (i) => `body.qualifications.${i}.occupation`,
    );
  const english = englishRows(input, now);
  return {
    qualifications: input.qualifications?.map((q, position) => ({
      position,
      occupation_code: q.occupation,
      country: q.country ?? null,
      institution: q.institution ?? null,
      year: q.year ?? null,
      years_of_practice: q.yearsOfPractice ?? null,
      specialties: JSON.stringify(q.specialties),
      documents: JSON.stringify(q.documents),
    })),
    languages: input.languages?.map((l) => ({ language: l.language, level: l.level })),
    tests: english,
    progress: input.progress?.map((p) => ({ step: p.step, outcome: p.outcome, on_date: p.date })),
  };
}

export const actorId = (ctx: RequestContext): string | null => ctx.actor?.userId ?? null;
