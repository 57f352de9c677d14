import { professionFor } from './pathway.rules';
import type { ReferenceData } from './reference.schemas';

/** How well a candidate's qualification fits a vacancy's occupation: a pure relation over the taxonomy. */

export interface OccupationInfo {
  code: string;
  isco08: string;
  regulated: boolean;
  regulator: string | null;
  label: string;
}

export interface Fit {
  value: number;
  kind: 'same' | 'same-profession' | 'interim' | 'isco-unit' | 'isco-minor';
  reason: string;
}

export type OccupationIndex = ReadonlyMap<string, OccupationInfo>;

/**
 * The registration a vacancy needs: what the employer asked for, or, failing closed, the regulator of a regulated
 * occupation it names (nobody takes a protected title without registration, whatever the form said).
 */
export function registrationNeeded(
  occupations: OccupationIndex,
  vacancy: { registration: string | null; occupationCodes: readonly string[] },
): string | null {
  if (vacancy.registration) return vacancy.registration;
  for (const code of vacancy.occupationCodes) {
    const o = occupations.get(code);
    if (o?.regulated && o.regulator) return o.regulator;
  }
  return null;
}

const labelOf = (occupations: OccupationIndex, code: string) => occupations.get(code)?.label ?? code;

/** The fit of a candidate's occupation to one of the vacancy's, or null when they are unrelated. */
export function occupationFit(
  ref: ReferenceData,
  occupations: OccupationIndex,
  vacancyCode: string,
  registration: string | null,
  candidateCode: string,
): Fit | null {
  const vacancyLabel = labelOf(occupations, vacancyCode);
  if (vacancyCode === candidateCode) return { value: 1, kind: 'same', reason: `Qualified as ${vacancyLabel}` };
  const theirs = professionFor(ref, candidateCode);
  if (registration) {
    const wanted = professionFor(ref, vacancyCode);
    return wanted && theirs && wanted.id === theirs.id
      ? {
          value: 0.7,
          kind: 'same-profession',
          reason: `Qualified as ${labelOf(occupations, candidateCode)}, the same ${wanted.regulator} profession`,
        }
      : null;
  }
  if (theirs) {
    const role = ref.interimRoles.roles.find(
      (r) => r.occupation === vacancyCode && r.forProfessions.includes(theirs.id),
    );
    if (role)
      return {
        value: 0.8,
        kind: 'interim',
        reason: `${role.title} is an interim role for a ${labelOf(occupations, candidateCode)} while re-qualifying`,
      };
  }
  const a = occupations.get(vacancyCode)?.isco08;
  const b = occupations.get(candidateCode)?.isco08;
  if (!a || !b) return null;
  if (a === b)
    return {
      value: 0.7,
      kind: 'isco-unit',
      reason: `${labelOf(occupations, candidateCode)}: the same ISCO group ${a}`,
    };
  if (a.slice(0, 3) === b.slice(0, 3))
    return { value: 0.5, kind: 'isco-minor', reason: `${labelOf(occupations, candidateCode)}: a related occupation` };
  return null;
}

/** For a vacancy, every candidate occupation that fits any of its occupations, with the best fit. */
export function fitsForVacancy(
  ref: ReferenceData,
  occupations: OccupationIndex,
  vacancyCodes: readonly string[],
  registration: string | null,
): Map<string, Fit> {
  const out = new Map<string, Fit>();
  for (const candidateCode of occupations.keys())
    for (const v of vacancyCodes) {
      const fit = occupationFit(ref, occupations, v, registration, candidateCode);
      if (fit && fit.value > (out.get(candidateCode)?.value ?? 0)) out.set(candidateCode, fit);
    }
  return out;
}

/** The vacancy occupations a candidate occupation could fit (either registration case), for the reverse search. */
export function vacancyCodesFor(ref: ReferenceData, occupations: OccupationIndex, candidateCode: string): string[] {
  return [...occupations.keys()].filter(
    (v) =>
      occupationFit(ref, occupations, v, null, candidateCode) !== null ||
      occupationFit(ref, occupations, v, 'any', candidateCode) !== null,
  );
}
