import type { Deps } from '../../deps';
import { inTransaction } from '../../db/tx';
import { systemContext } from '../../http/context';
import { AppError } from '../../http/errors';
import { createReferral } from '../partnership/referrals.service';
import { openSpecialCategory } from '../privacy/privacy.service';
import { recordResidentConsents } from '../residents/consents.service';
import { createResident } from '../residents/residents.service';
import * as repo from './findings.repo';
import type { ReferralTarget } from './findings.rules';

/**
 * Follow-up referrals become real referrals (partnership's referrals service). The person is known only from the
 * follow-up store: a new resident of the form's partner with the contact they gave, no area and no answers, so the
 * referral cannot be joined back to the response (ADR 0013). They asked for the service (the mapped question) and
 * agreed to be contacted: that is recorded as their consent to contact, referral and the service's purpose.
 */

/** The city pack's work packages a referral goes to, and from. */
export const referralWorkPackages: Record<ReferralTarget, string> = {
  skills_matching: 'skills-matching',
  enterprise_support: 'social-enterprise',
};
const fromWorkPackage = 'community-research';
const purposeOf = { skills_matching: 'matching', enterprise_support: 'enterprise_support' } as const;

async function referOne(deps: Deps, f: Awaited<ReturnType<typeof repo.pendingFollowUps>>[number]) {
  const contact = openSpecialCategory(deps, f.contact_sealed);
  if (!contact || !f.follow_up_consent) throw new AppError('unprocessable', 'no contact with follow-up consent');
  const target = f.target as ReferralTarget;
  const { id: residentId } = await createResident(deps, systemContext, {
    reference: `RF-${f.id.slice(0, 8).toUpperCase()}`,
    displayName: 'Questionnaire respondent (follow-up)',
    partner: f.partner_id,
    area: null,
    languages: [],
    notes: `Contact for follow-up: ${contact}\nAsked for ${target.replace('_', ' ')} in the questionnaire "${f.title}".`,
  });
  await recordResidentConsents(deps, systemContext, residentId, {
    contact: true,
    referral: true,
    [purposeOf[target]]: true,
  });
  const referral = await createReferral(deps, systemContext, {
    resident: residentId,
    toWorkPackage: referralWorkPackages[target],
    fromWorkPackage,
    reason: `Asked for ${target.replace('_', ' ')} in a community research questionnaire and agreed to be contacted`,
  });
  return referral.id;
}

/** Makes the pending follow-up referrals of a form; one refused (no such work package...) is marked failed. */
export async function referFollowUps(deps: Deps, formId: string) {
  const outcome = { referred: 0, failed: 0 };
  for (const f of await repo.pendingFollowUps(deps.db, formId, 500)) {
    try {
      // one transaction: a refused referral leaves no resident behind
      const id = await inTransaction(deps.db, (trx) => referOne({ ...deps, db: trx }, f));
      await repo.setFollowUpOutcome(deps.db, f.id, { status: 'referred', referralRef: id });
      outcome.referred++;
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      await repo.setFollowUpOutcome(deps.db, f.id, { status: 'failed', error: err.message });
      outcome.failed++;
    }
  }
  return outcome;
}
