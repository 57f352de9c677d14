import type { Db } from '../../db/tx';
import type { RequestContext } from '../../http/context';
import { consentsOf, residentConsents, writeConsents } from '../residents/consents.service';
import { registerResidentIn } from '../residents/residents.service';
import { consentPurposes, type ConsentPurpose } from './candidates.rules';

/**
 * A candidate's consents live with the resident they are (the residents module's consents service is the one store
 * of per-purpose consent): a consent given at intake is the same consent a referral checks.
 */
export type CandidateConsents = Record<ConsentPurpose, boolean>;

const pick = (all: Record<ConsentPurpose, boolean> | undefined): CandidateConsents =>
  Object.fromEntries(consentPurposes.map((p) => [p, all?.[p] === true])) as CandidateConsents;

export async function candidateConsents(db: Db, residentId: string | null): Promise<CandidateConsents> {
  return pick(residentId ? await residentConsents(db, residentId) : undefined);
}

/** Adds each row's consent to matching and to contact (no resident, or no record: no consent). */
export async function withConsents<R extends { resident_id: string | null }>(db: Db, rows: R[]) {
  const ids = rows.map((r) => r.resident_id).filter((id): id is string => id !== null);
  const consents = await consentsOf(db, ids);
  return rows.map((r) => {
    const c = r.resident_id ? consents.get(r.resident_id) : undefined;
    return { ...r, matching_consent: c?.matching === true, contact_consent: c?.contact === true };
  });
}

export interface IntakePerson {
  reference: string;
  partnerId: string;
  displayName: string;
  areaId: string | null;
  languages: string[];
}

/** A new candidate's resident record (inside the intake transaction), holding the consents given at intake. */
export async function residentForIntake(
  trx: Db,
  ctx: RequestContext,
  person: IntakePerson,
  consents: Partial<CandidateConsents>,
): Promise<string> {
  const residentId = await registerResidentIn(trx, ctx, person);
  await writeConsents(trx, residentId, consents, ctx.actor?.userId ?? null);
  return residentId;
}

/** Consents changed on a candidate's record go to their resident (created first for records made before the link). */
export async function recordCandidateConsents(
  trx: Db,
  ctx: RequestContext,
  candidate: IntakePerson & { residentId: string | null },
  consents: Partial<CandidateConsents>,
): Promise<string> {
  if (candidate.residentId) {
    await writeConsents(trx, candidate.residentId, consents, ctx.actor?.userId ?? null);
    return candidate.residentId;
  }
  return residentForIntake(trx, ctx, candidate, consents);
}
