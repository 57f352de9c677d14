/**
 * Duplicate candidates and their merge (pure): which records are likely the same person, and what a merge keeps
 * when the two records disagree. Names compare through nameKey (case, accents, punctuation and word order
 * ignored) and then fuzzily, so "Mohammed Al-Haddad" and "Mohamed Alhaddad" with the same date of birth meet.
 */

/** Levenshtein distance, two rows. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length]!;
}

/** 0..1: 1 for the same name key; spaces are ignored so "al haddad" and "alhaddad" are close. */
export function nameSimilarity(keyA: string, keyB: string): number {
  const a = keyA.replace(/ /g, '');
  const b = keyB.replace(/ /g, '');
  if (!a || !b) return 0;
  const sorted = (k: string) => [...k].sort().join('');
  // word order is already ignored by the key; letters in a different order cost as much as different letters
  const d = Math.min(editDistance(a, b), editDistance(sorted(a), sorted(b)) + 1);
  return Math.max(0, 1 - d / Math.max(a.length, b.length));
}

/** Names at least this similar, with the same date of birth, are likely the same person. */
export const FUZZY_NAME_THRESHOLD = 0.8;

export interface DuplicateKeys {
  id: string;
  nameKey: string;
  dateOfBirth: string | null;
  phoneKey: string | null;
}

/** Why two records are likely the same person; empty when they are not. */
export function duplicateMatch(a: DuplicateKeys, b: DuplicateKeys): string[] {
  const reasons: string[] = [];
  const sameDob = a.dateOfBirth !== null && a.dateOfBirth === b.dateOfBirth;
  const similarity = nameSimilarity(a.nameKey, b.nameKey);
  if (a.nameKey === b.nameKey) reasons.push(sameDob ? 'same name and date of birth' : 'same name');
  else if (sameDob && similarity >= FUZZY_NAME_THRESHOLD)
    reasons.push(`similar name (${Math.round(similarity * 100)}% alike) and same date of birth`);
  if (a.phoneKey !== null && a.phoneKey === b.phoneKey) reasons.push('same phone number');
  return reasons;
}

/** The likely duplicates of one record among others (itself excluded), strongest first. */
export function likelyDuplicates(probe: DuplicateKeys, others: readonly DuplicateKeys[]) {
  return others
    .filter((o) => o.id !== probe.id)
    .map((o) => ({ id: o.id, reasons: duplicateMatch(probe, o) }))
    .filter((d) => d.reasons.length > 0)
    .sort((x, y) => y.reasons.length - x.reasons.length);
}

/** The single-valued fields a merge reconciles, as stored. */
export const mergedFields = [
  'preferred_name',
  'date_of_birth',
  'phone',
  'email',
  'area_id',
  'borough',
  'right_to_work',
  'right_to_work_checked_on',
  'right_to_work_expires_on',
  'immigration_status_enc',
  'monitoring_enc',
  'resident_id',
  'dbs',
  'caseworker_id',
  'available_hours_per_week',
  'available_days_per_week',
  'available_from',
  'reminder_language',
] as const;
export type MergedField = (typeof mergedFields)[number];
/** fields whose values are ciphertext: a conflict is reported without showing either value */
const secret = new Set<MergedField>(['immigration_status_enc', 'monitoring_enc']);

export interface FieldConflict {
  field: MergedField;
  kept: string | null;
  other: string | null;
  explanation: string;
}

/**
 * What the survivor takes from the merged record: every field it lacks is filled; where both hold different
 * values the survivor's is kept, and the other stays readable on the tombstone (the conflict says so).
 */
export function reconcileFields(
  survivor: Partial<Record<MergedField, string | null>>,
  merged: Partial<Record<MergedField, string | null>>,
) {
  const fill: Partial<Record<MergedField, string>> = {};
  const conflicts: FieldConflict[] = [];
  for (const field of mergedFields) {
    const kept = survivor[field] ?? null;
    const other = merged[field] ?? null;
    if (other === null || other === kept) continue;
    if (kept === null) fill[field] = other;
    else
      conflicts.push({
        field,
        kept: secret.has(field) ? '(encrypted)' : kept,
        other: secret.has(field) ? '(encrypted)' : other,
        explanation: `${field.replace(/_/g, ' ')} differs: the survivor's value is kept; the other stays on the merged record`,
      });
  }
  return { fill, conflicts };
}

/** Two answers to one consent purpose: a "no" from either record wins, since consent must be clear. */
export function reconcileConsent(survivor: boolean | null, merged: boolean | null) {
  if (survivor === null) return { granted: merged ?? false, conflict: false };
  if (merged === null || merged === survivor) return { granted: survivor, conflict: false };
  return { granted: false, conflict: true };
}

/** Language levels: the higher of two answers (native above C2), since both were recorded for the same person. */
const levels = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native'];
export function higherLevel(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return levels.indexOf(a) >= levels.indexOf(b) ? a : b;
}
