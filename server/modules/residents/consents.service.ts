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

/** Consents as shown on the resident's record, if the caller may see the resident. */
export async function getResidentConsents(deps: Deps, ctx: RequestContext, residentId: string) {
  const resident = await assertResidentVisible(deps, ctx, residentId);
  return { residentId: resident.id, consents: await residentConsents(deps.db, resident.id) };
}

/** Records given or withdrawn consents (one transaction, audited). Unnamed purposes keep their current value. */
export async function recordResidentConsents(
  deps: Deps,
  ctx: RequestContext,
  residentId: string,
  consents: Partial<ResidentConsents>,
): Promise<{ residentId: string; consents: ResidentConsents }> {
  const resident = await assertResidentVisible(deps, ctx, residentId);
  const changes = residentConsentPurposes
    .filter((p) => typeof consents[p] === 'boolean')
    .map((p) => ({ purpose: p, granted: consents[p] === true }));
  return inTransaction(deps.db, async (trx) => {
    await repo.upsertConsents(trx, resident.id, changes, ctx.actor?.userId ?? null);
    await recordAudit(trx, ctx, {
      action: 'resident.consents',
      entity: 'resident',
      entityId: resident.id,
      partnerId: resident.partnerId,
      detail: Object.fromEntries(changes.map((c) => [c.purpose, c.granted])),
    });
    return { residentId: resident.id, consents: await residentConsents(trx, resident.id) };
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
