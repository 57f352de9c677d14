import type { Deps } from '../../deps';
import { inTransaction, type Db } from '../../db/tx';
import type { RequestContext } from '../../http/context';
import { recordAudit } from '../privacy/privacy.service';
import * as repo from './consents.repo';
import { assertResidentVisible } from './residents.service';

/** Consent is recorded per purpose; no record means no consent (publicity, like all others, defaults to no). */
export const residentConsentPurposes = [
  'contact',
  'referral',
  'matching',
  'enterprise_support',
  'research',
  'publicity',
] as const;
export type ResidentConsentPurpose = (typeof residentConsentPurposes)[number];
export type ResidentConsents = Record<ResidentConsentPurpose, boolean>;

function withDefaults(rows: { purpose: string; granted: boolean }[]): ResidentConsents {
  const given = new Map(rows.map((r) => [r.purpose, r.granted]));
  return Object.fromEntries(residentConsentPurposes.map((p) => [p, given.get(p) === true])) as ResidentConsents;
}

/** A resident's consents, for other modules' checks (the caller has already checked it may see the resident). */
export async function residentConsents(db: Db, residentId: string): Promise<ResidentConsents> {
  return withDefaults(await repo.findConsents(db, residentId));
}

/** Consents of many residents at once (matching's suggestion lists and employer views). */
export async function consentsOf(db: Db, residentIds: string[]): Promise<Map<string, ResidentConsents>> {
  const rows = await repo.findConsentsOf(db, [...new Set(residentIds)]);
  const by = new Map<string, { purpose: string; granted: boolean }[]>();
  for (const r of rows) by.set(r.resident_id, [...(by.get(r.resident_id) ?? []), r]);
  return new Map(residentIds.map((id) => [id, withDefaults(by.get(id) ?? [])]));
}

/**
 * Writes given or withdrawn consents inside the caller's transaction (another module's use-case, which audits
 * its own write). Purposes not named keep their value.
 */
export async function writeConsents(
  db: Db,
  residentId: string,
  consents: Partial<ResidentConsents>,
  recordedBy: string | null,
): Promise<Record<string, boolean>> {
  const changes = residentConsentPurposes
    .filter((p) => typeof consents[p] === 'boolean')
    .map((p) => ({ purpose: p, granted: consents[p] === true }));
  await repo.upsertConsents(db, residentId, changes, recordedBy);
  return Object.fromEntries(changes.map((c) => [c.purpose, c.granted]));
}

export interface ConsentRecord {
  purpose: ResidentConsentPurpose;
  granted: boolean;
  /** null when never recorded (which means no consent) */
  recordedAt: string | null;
  recordedBy: { id: string; name: string } | null;
}
export interface ConsentsView {
  residentId: string;
  reference: string;
  consents: ResidentConsents;
  records: ConsentRecord[];
}

async function view(db: Db, resident: { id: string; reference: string }): Promise<ConsentsView> {
  const rows = await repo.findConsents(db, resident.id);
  const by = new Map(rows.map((r) => [r.purpose, r]));
  const records = residentConsentPurposes.map((purpose): ConsentRecord => {
    const r = by.get(purpose);
    return {
      purpose,
      granted: r?.granted === true,
      recordedAt: r ? r.recorded_at.toISOString() : null,
      recordedBy: r?.recorded_by ? { id: r.recorded_by, name: r.recorded_by_name ?? '' } : null,
    };
  });
  return { residentId: resident.id, reference: resident.reference, consents: withDefaults(rows), records };
}

/** Consents as shown on the resident's record (who recorded each, and when), if the caller may see the resident. */
export async function getResidentConsents(deps: Deps, ctx: RequestContext, residentId: string) {
  return view(deps.db, await assertResidentVisible(deps, ctx, residentId));
}

/** Records given or withdrawn consents (one transaction, audited). Unnamed purposes keep their current value. */
export async function recordResidentConsents(
  deps: Deps,
  ctx: RequestContext,
  residentId: string,
  consents: Partial<ResidentConsents>,
): Promise<ConsentsView> {
  const resident = await assertResidentVisible(deps, ctx, residentId);
  return inTransaction(deps.db, async (trx) => {
    const detail = await writeConsents(trx, resident.id, consents, ctx.actor?.userId ?? null);
    await recordAudit(trx, ctx, {
      action: 'resident.consents',
      entity: 'resident',
      entityId: resident.id,
      partnerId: resident.partnerId,
      detail,
    });
    return view(trx, resident);
  });
}

export interface ReferralProfile {
  id: string;
  reference: string;
  displayName: string;
  languages: string[];
  area: string | null;
}

/** The minimal view of residents for a team they were referred to (the caller has checked the referral). */
export async function referralProfiles(db: Db, ids: string[]): Promise<Map<string, ReferralProfile>> {
  const rows = await repo.findProfiles(db, ids);
  return new Map(
    rows.map((r) => [
      r.id,
      { id: r.id, reference: r.reference, displayName: r.display_name, languages: r.languages, area: r.area_name },
    ]),
  );
}
