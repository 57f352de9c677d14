import type { Deps } from '../../deps';
import { activeResearcherResidentIds } from '../research/researchers.service';
import { referralProfiles, type ReferralProfile } from '../residents/consents.service';
import { getProgramme } from './partnership.repo';
import type * as repo from './referrals.repo';
import * as rules from './referrals.rules';

type Ref = { id: string; slug: string; name: string };
export interface ReferralView {
  id: string;
  status: rules.ReferralStatus;
  /** the receiving team's view of the resident: reference, name, languages, area; nothing else */
  resident: ReferralProfile;
  reason: string;
  declineReason: string | null;
  from: { partner: Ref; workPackage: (Ref & { code: string }) | null };
  to: { partner: Ref; workPackage: Ref & { code: string } };
  sentAt: string;
  respondedAt: string | null;
  completedAt: string | null;
  /** hours to the first answer (so far, while waiting) */
  responseHours: number;
  /** shown when the programme's "active community researchers first" rule applies */
  waitingListNotice: string | null;
  version: number;
}

export function toView(r: repo.ReferralRow, profile: ReferralProfile | undefined, notice: string | null): ReferralView {
  return {
    id: r.id,
    status: r.status as rules.ReferralStatus,
    resident: profile ?? {
      id: r.resident_id,
      reference: r.resident_reference,
      displayName: '',
      languages: [],
      area: null,
    },
    reason: r.reason,
    declineReason: r.decline_reason,
    from: {
      partner: { id: r.from_partner_id, slug: r.fp_slug, name: r.fp_name },
      workPackage: r.from_work_package_id
        ? { id: r.from_work_package_id, slug: r.fw_slug!, code: r.fw_code!, name: r.fw_name! }
        : null,
    },
    to: {
      partner: { id: r.to_partner_id, slug: r.tp_slug, name: r.tp_name },
      workPackage: { id: r.to_work_package_id, slug: r.tw_slug, code: r.tw_code, name: r.tw_name },
    },
    sentAt: r.sent_at.toISOString(),
    respondedAt: r.responded_at?.toISOString() ?? null,
    completedAt: r.completed_at?.toISOString() ?? null,
    responseHours: rules.responseHours(r.sent_at, r.responded_at, new Date()),
    waitingListNotice: notice,
    version: r.version,
  };
}

export async function views(deps: Deps, rows: repo.ReferralRow[]): Promise<ReferralView[]> {
  const ids = [...new Set(rows.map((r) => r.resident_id))];
  const [profiles, researchers, programme] = await Promise.all([
    referralProfiles(deps.db, ids),
    activeResearcherResidentIds(deps.db, ids),
    getProgramme(deps.db),
  ]);
  const rule = rules.researchersFirstRule(programme?.settings);
  return rows.map((r) =>
    toView(r, profiles.get(r.resident_id), rules.waitingListNotice(rule, r.tw_slug, researchers.has(r.resident_id))),
  );
}
