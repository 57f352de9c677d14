/** Referral decisions: consent needed per receiving work package, status transitions, response time. Pure. */
export const referralStatuses = ['sent', 'accepted', 'declined', 'completed'] as const;
export type ReferralStatus = (typeof referralStatuses)[number];
export const referralActions = ['accept', 'decline', 'complete'] as const;
export type ReferralAction = (typeof referralActions)[number];

type Purpose = 'referral' | 'matching' | 'enterprise_support' | 'research';

/** The service a work package runs decides the purpose, beyond referral itself, the resident must consent to. */
const servicePurpose: Record<string, Purpose> = {
  'skills-matching': 'matching',
  'social-enterprise': 'enterprise_support',
  'community-research': 'research',
};

export function requiredConsents(toWorkPackageSlug: string): Purpose[] {
  const extra = servicePurpose[toWorkPackageSlug];
  return extra ? ['referral', extra] : ['referral'];
}

export function missingConsents(required: readonly Purpose[], granted: Readonly<Record<string, boolean>>): Purpose[] {
  return required.filter((p) => granted[p] !== true);
}

const purposeText: Record<Purpose, string> = {
  referral: 'being referred',
  matching: 'skills matching',
  enterprise_support: 'enterprise support',
  research: 'community research',
};
export const consentReason = (missing: readonly Purpose[]) =>
  `The resident has not consented to ${missing.map((p) => purposeText[p]).join(' or ')}; record their consent first`;

const transitions: Record<ReferralAction, { from: ReferralStatus; to: ReferralStatus }> = {
  accept: { from: 'sent', to: 'accepted' },
  decline: { from: 'sent', to: 'declined' },
  complete: { from: 'accepted', to: 'completed' },
};

/** The next status, or an explanation of why the action does not apply now. */
export function nextStatus(
  current: ReferralStatus,
  action: ReferralAction,
): { ok: true; status: ReferralStatus } | { ok: false; reason: string } {
  const t = transitions[action];
  if (current !== t.from) return { ok: false, reason: `A ${current} referral cannot be ${t.to}; it must be ${t.from}` };
  return { ok: true, status: t.to };
}

/** Hours from sending to the first answer; still waiting: hours so far. One decimal. */
export function responseHours(sentAt: Date, respondedAt: Date | null, now: Date): number {
  const end = respondedAt ?? now;
  return Math.max(0, Math.round((end.getTime() - sentAt.getTime()) / 360_000) / 10);
}

/** The programme's "active community researchers go first on waiting lists" rule, as data. */
export interface ResearchersFirstRule {
  enabled: boolean;
  /** work packages whose waiting lists apply it */
  workPackages: string[];
}
export const defaultResearchersFirst: ResearchersFirstRule = {
  enabled: true,
  workPackages: ['skills-matching', 'social-enterprise'],
};

export function researchersFirstRule(settings: unknown): ResearchersFirstRule {
  const raw = (settings as { researchersFirst?: Partial<ResearchersFirstRule> } | null)?.researchersFirst;
  return {
    enabled: typeof raw?.enabled === 'boolean' ? raw.enabled : defaultResearchersFirst.enabled,
    workPackages: Array.isArray(raw?.workPackages)
      ? raw.workPackages.filter((w) => typeof w === 'string')
      : defaultResearchersFirst.workPackages,
  };
}

/** The notice shown on a referral when the rule applies to it: null when it does not. */
export function waitingListNotice(
  rule: ResearchersFirstRule,
  toWorkPackageSlug: string,
  activeResearcher: boolean,
): string | null {
  if (!rule.enabled || !activeResearcher || !rule.workPackages.includes(toWorkPackageSlug)) return null;
  return 'Active community researcher: goes first on this waiting list (programme rule "researchers first")';
}
