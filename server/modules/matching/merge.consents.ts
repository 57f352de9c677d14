import type { Tx } from '../../db/tx';
import type { RequestContext } from '../../http/context';
import { candidateConsents, recordCandidateConsents } from './candidates.consents';
import { consentPurposes } from './candidates.rules';
import type { visibleCandidate } from './candidates.service';
import { reconcileConsent } from './merge.rules';

export type Explanation = { field: string; kept: string | null; other: string | null; explanation: string };

/**
 * Consents live with the resident each record is (candidates.consents). Two residents that disagree on a purpose
 * are recorded as "no" on the survivor's until the candidate confirms; a survivor with no resident takes the
 * other's (resident_id is a filled field), consents and all.
 */
export async function reconcileConsents(
  trx: Tx,
  ctx: RequestContext,
  survivor: Awaited<ReturnType<typeof visibleCandidate>>,
  survivorResident: string | null,
  mergedResident: string | null,
): Promise<Explanation[]> {
  if (!survivorResident || !mergedResident || survivorResident === mergedResident) return [];
  const [sc, mc] = [await candidateConsents(trx, survivorResident), await candidateConsents(trx, mergedResident)];
  const out: Explanation[] = [];
  const next = Object.fromEntries(
    consentPurposes.map((p) => {
      const r = reconcileConsent(sc[p], mc[p]);
      if (r.conflict)
        out.push({
          field: `consent.${p}`,
          kept: 'no',
          other: 'yes',
          explanation: `consent to ${p} differs between the records: recorded as no until the candidate confirms`,
        });
      return [p, r.granted];
    }),
  );
  if (out.length > 0)
    await recordCandidateConsents(
      trx,
      ctx,
      {
        reference: survivor.reference,
        partnerId: survivor.partner_id,
        displayName: survivor.preferred_name ?? survivor.full_name,
        areaId: survivor.area_id,
        languages: [],
        residentId: survivorResident,
      },
      next,
    );
  return out;
}
