/** Candidate intake decisions: normalised keys for duplicate detection, and consent defaults. Pure. */

export const consentPurposes = ['contact', 'referral', 'matching', 'publicity'] as const;
export type ConsentPurpose = (typeof consentPurposes)[number];

/**
 * A name compared without case, accents, punctuation or word order, so "Amal Haddad" and "HADDAD, Amál"
 * meet. Order is ignored because family-name-first and given-name-first records both occur.
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean)
    .sort()
    .join(' ');
}

/** A phone number as UK national digits: +44 / 0044 / 44 prefixes become a leading 0. Null when too short. */
export function phoneKey(phone: string | null | undefined): string | null {
  if (!phone) return null;
  let digits = phone.replace(/\D/g, '');
  if (phone.trim().startsWith('+44') || digits.startsWith('0044')) digits = `0${digits.replace(/^(00)?44/, '')}`;
  else if (digits.startsWith('44') && digits.length === 12) digits = `0${digits.slice(2)}`;
  return digits.length >= 7 ? digits : null;
}

export interface DuplicateProbe {
  nameKey: string;
  dateOfBirth: string | null;
  phoneKey: string | null;
}
export interface ExistingCandidate extends DuplicateProbe {
  id: string;
}

/**
 * Possible duplicates are flagged, never merged or refused: shared phones (families, support workers) make
 * false matches common, so a caseworker decides.
 */
export function duplicateReasons(probe: DuplicateProbe, existing: readonly ExistingCandidate[]) {
  return existing.flatMap((c) => {
    const reasons: string[] = [];
    if (probe.dateOfBirth && c.dateOfBirth === probe.dateOfBirth && c.nameKey === probe.nameKey)
      reasons.push('same name and date of birth');
    if (probe.phoneKey && c.phoneKey === probe.phoneKey) reasons.push('same phone number');
    return reasons.length ? [{ id: c.id, reason: reasons.join('; ') }] : [];
  });
}

/** Every purpose gets an explicit answer; anything not given is no (publicity above all). */
export function consentsWithDefaults(given: Partial<Record<ConsentPurpose, boolean>> | undefined) {
  return Object.fromEntries(consentPurposes.map((p) => [p, given?.[p] === true])) as Record<ConsentPurpose, boolean>;
}
