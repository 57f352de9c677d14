/**
 * The one policy module: every route names an action, and this table decides who may do it.
 * Anything not listed here is denied. Partner scoping is decided here too.
 */
export const roles = [
  'programme_admin',
  'work_package_lead',
  'caseworker',
  'community_researcher',
  'partner_member',
  'enterprise_member',
  'employer',
  'viewer',
] as const;
export type Role = (typeof roles)[number];

type Rule =
  | {
      public: true;
      /** no session: authenticated by a device token in the URL, checked by the module (OpenRosa); no CSRF */
      deviceToken?: true;
    }
  | {
      /** roles allowed at all */
      roles: readonly Role[];
      /** roles that see every partner's records; the others see only their own partner's */
      allPartners?: readonly Role[];
    };

const everyone = roles;
const admin = ['programme_admin'] as const;
const caseRoles = ['programme_admin', 'work_package_lead', 'caseworker'] as const;
/** roles that publish opportunities: the programme, work packages, partners and employers */
const publishers = ['programme_admin', 'work_package_lead', 'partner_member', 'employer'] as const;
/** roles that record micro-assets: everyone who meets residents or organisations */
const recorders = [
  'programme_admin',
  'work_package_lead',
  'caseworker',
  'community_researcher',
  'partner_member',
  'enterprise_member',
] as const;
const coordinators = ['programme_admin', 'work_package_lead'] as const;
/** research leads and community researchers */
const researchRoles = ['programme_admin', 'work_package_lead', 'community_researcher'] as const;
/** enterprise-support staff: the programme, work packages and partner organisations' staff */
const enterpriseStaff = ['programme_admin', 'work_package_lead', 'partner_member'] as const;
/** who may browse the staff directory: enterprise staff and caseworkers (referring residents with an idea) */
const enterpriseViewers = [...enterpriseStaff, 'caseworker'] as const;

export const policies = {
  'health.read': { public: true },
  'docs.read': { public: true },
  'programme.read': { public: true },
  'auth.csrf': { public: true },
  'auth.sign-in': { public: true },
  'auth.sign-out': { roles: everyone },
  'auth.me': { roles: everyone },
  'auth.update-me': { roles: everyone },
  'auth.change-password': { roles: everyone },
  'partners.list': { roles: everyone, allPartners: everyone },
  'partners.read': { roles: everyone, allPartners: everyone },
  'users.list': { roles: admin, allPartners: admin },
  'users.create': { roles: admin, allPartners: admin },
  'areas.list': { roles: everyone, allPartners: everyone },
  'sites.list': { roles: everyone, allPartners: everyone },
  'work-packages.list': { roles: everyone, allPartners: everyone },
  'macro-assets.list': { roles: everyone, allPartners: everyone },
  'macro-assets.read': { roles: everyone, allPartners: everyone },
  'residents.list': { roles: caseRoles, allPartners: admin },
  'residents.read': { roles: caseRoles, allPartners: admin },
  'residents.create': { roles: ['programme_admin', 'caseworker'], allPartners: admin },
  'audit.list': { roles: admin, allPartners: admin },
  'occupations.list': { roles: everyone, allPartners: everyone },
  'occupations.resolve': { roles: everyone, allPartners: everyone },
  'opportunities.list': { roles: everyone, allPartners: everyone },
  'opportunities.read': { roles: everyone, allPartners: everyone },
  'opportunities.history': { roles: everyone, allPartners: everyone },
  'opportunities.create': { roles: publishers, allPartners: coordinators },
  'opportunities.update': { roles: publishers, allPartners: coordinators },
  'opportunities.delete': { roles: publishers, allPartners: coordinators },
  // micro-assets: visibility (public / partners / private) and resident ownership narrow what each caller sees
  'micro-assets.list': { roles: everyone, allPartners: admin },
  'micro-assets.read': { roles: everyone, allPartners: admin },
  'micro-assets.create': { roles: recorders, allPartners: admin },
  'micro-assets.update': { roles: recorders, allPartners: admin },
  'links.read': { roles: everyone, allPartners: admin },
  'gaps.read': { roles: everyone, allPartners: admin },
  'map.read': { roles: everyone, allPartners: admin },
  'search.read': { roles: everyone, allPartners: admin },
  // imports and exports (transfers): rows pass the same rules as the API; exports apply the same visibility
  'imports.run': { roles: ['programme_admin', 'work_package_lead', 'partner_member'], allPartners: admin },
  'exports.run': { roles: everyone },
  'duplicates.list': { roles: coordinators, allPartners: admin },
  'merges.run': { roles: admin, allPartners: admin },
  // community research: leads manage questionnaires; researchers submit and see their own responses and vouchers
  'research.forms.list': { roles: researchRoles, allPartners: researchRoles },
  'research.forms.read': { roles: researchRoles, allPartners: researchRoles },
  'research.forms.manage': { roles: coordinators, allPartners: admin },
  'research.submissions.create': { roles: researchRoles, allPartners: researchRoles },
  'research.submissions.list': { roles: researchRoles, allPartners: coordinators },
  'research.export': { roles: coordinators, allPartners: admin },
  'research.device-tokens.manage': { roles: researchRoles },
  'research.vouchers.read': { roles: researchRoles, allPartners: coordinators },
  'research.vouchers.record': { roles: coordinators, allPartners: coordinators },
  'research.prize-entries.create': { roles: researchRoles, allPartners: researchRoles },
  'research.prize-draw.run': { roles: coordinators, allPartners: admin },
  // findings (what answers become in the asset graph), monitoring of fieldwork: research leads
  'research.findings.read': { roles: coordinators, allPartners: admin },
  'research.findings.manage': { roles: coordinators, allPartners: admin },
  'research.monitoring.read': { roles: coordinators, allPartners: admin },
  // a drawn prize draw is published so anyone can re-check it: seed, entry hashes and winners only
  'research.prize-draw.read': { public: true },
  // researcher programme (issue 4 §1): leads run recruitment, cohorts and attendance for their partner (coordinators
  // see every partner's); a community researcher sees only their own record; mentoring notes stay with the
  // supervising partner (nobody else, not even admins of other partners); community partners' mentors log reports
  'research.researchers.list': { roles: researchRoles, allPartners: coordinators },
  'research.researchers.read': { roles: researchRoles, allPartners: coordinators },
  'research.researchers.manage': { roles: coordinators, allPartners: admin },
  'research.recruitment.list': { roles: researchRoles, allPartners: coordinators },
  'research.recruitment.manage': { roles: coordinators, allPartners: admin },
  'research.cohorts.list': { roles: researchRoles, allPartners: coordinators },
  'research.cohorts.manage': { roles: coordinators, allPartners: admin },
  'research.funnel.read': { roles: coordinators, allPartners: coordinators },
  'research.mentoring.read': { roles: ['programme_admin', 'work_package_lead', 'partner_member'] },
  'research.mentoring.write': { roles: ['programme_admin', 'work_package_lead', 'partner_member'] },
  'research.community-reports.list': { roles: [...coordinators, 'partner_member'], allPartners: coordinators },
  'research.community-reports.create': { roles: [...researchRoles, 'partner_member'] },
  // interviews (issue 4 §5): researchers record their own; leads code and see themes; quotes need consent
  'research.interviews.list': { roles: researchRoles, allPartners: coordinators },
  'research.interviews.read': { roles: researchRoles, allPartners: coordinators },
  'research.interviews.write': { roles: researchRoles, allPartners: coordinators },
  'research.codebook.read': { roles: researchRoles, allPartners: researchRoles },
  'research.codebook.manage': { roles: coordinators, allPartners: admin },
  'research.themes.read': { roles: researchRoles, allPartners: coordinators },
  // OpenRosa (ODK Collect): the device token in the URL is the credential, checked by the research module
  'openrosa.device': { public: true, deviceToken: true },
  // skills matching: candidates are case records; employers see nothing here yet
  'candidates.list': { roles: caseRoles, allPartners: admin },
  'candidates.read': { roles: caseRoles, allPartners: admin },
  'candidates.create': { roles: caseRoles, allPartners: admin },
  'candidates.update': { roles: caseRoles, allPartners: admin },
  'candidates.pathway': { roles: caseRoles, allPartners: admin },
  // duplicates: likely pairs, side by side, and a merge into one record (the other kept as a tombstone)
  'candidates.duplicates': { roles: caseRoles, allPartners: admin },
  'candidates.merge': { roles: caseRoles, allPartners: admin },
  // a candidate's availability and reminder choices (channels, language)
  'candidates.preferences': { roles: caseRoles, allPartners: admin },
  // the pipeline, interim placements and the fairness report (aggregated, suppressed, audited)
  'pipeline.list': { roles: caseRoles, allPartners: admin },
  'pipeline.move': { roles: caseRoles, allPartners: admin },
  'placements.list': { roles: caseRoles, allPartners: admin },
  'placements.manage': { roles: caseRoles, allPartners: admin },
  'fairness.read': { roles: caseRoles, allPartners: admin },
  // training: programmes, cohorts and funders are programme-wide; waiting lists show other partners' candidates
  // only as a position; coordinators run cohorts and the priority rules; a candidate's position link is public
  'training.read': { roles: caseRoles, allPartners: caseRoles },
  'training.manage': { roles: coordinators, allPartners: coordinators },
  'training.waiting-list.read': { roles: caseRoles, allPartners: admin },
  'training.waiting-list.join': { roles: caseRoles, allPartners: admin },
  'training.enrol': { roles: caseRoles, allPartners: admin },
  'training.attendance': { roles: caseRoles, allPartners: coordinators },
  'training.results': { roles: caseRoles, allPartners: admin },
  'training.candidate': { roles: caseRoles, allPartners: admin },
  'training.position.read': { public: true },
  // a resident refers themselves: creates a pending candidate; nothing can be read back
  'self-referrals.create': { public: true },
  // skills matching, employers side: employers post and see their own vacancies; caseworkers see every vacancy,
  // score their own partner's candidates and confirm matches; an employer sees a match only once it is confirmed
  'employers.list': { roles: everyone, allPartners: everyone },
  'employers.manage': { roles: admin, allPartners: admin },
  'vacancies.list': { roles: [...caseRoles, 'employer'], allPartners: caseRoles },
  'vacancies.read': { roles: [...caseRoles, 'employer'], allPartners: caseRoles },
  'vacancies.create': { roles: ['programme_admin', 'work_package_lead', 'employer'], allPartners: coordinators },
  'matches.suggest': { roles: caseRoles, allPartners: admin },
  'matches.decide': { roles: caseRoles, allPartners: admin },
  'matches.employer-view': { roles: ['programme_admin', 'work_package_lead', 'employer'], allPartners: coordinators },
  'shortage.read': { roles: [...caseRoles, 'employer'], allPartners: caseRoles },
  'matching.rematch': { roles: admin, allPartners: admin },
  // partnership coordination: coordinators run governance bodies and meetings; everyone else sees the meetings of
  // bodies they (or their partner) belong to, and their partner's tasks; a task's owner may update it
  'governance-bodies.list': { roles: everyone, allPartners: coordinators },
  'governance-bodies.read': { roles: everyone, allPartners: coordinators },
  'governance-bodies.manage': { roles: coordinators, allPartners: coordinators },
  'partnership.people.list': { roles: coordinators, allPartners: coordinators },
  'meetings.list': { roles: everyone, allPartners: coordinators },
  'meetings.read': { roles: everyone, allPartners: coordinators },
  'meetings.manage': { roles: coordinators, allPartners: coordinators },
  'tasks.list': { roles: everyone, allPartners: coordinators },
  'tasks.read': { roles: everyone, allPartners: coordinators },
  'tasks.create': { roles: coordinators, allPartners: coordinators },
  'tasks.update': { roles: everyone, allPartners: coordinators },
  'tasks.comment': { roles: everyone, allPartners: coordinators },
  // referrals between work packages: case staff send; the receiving partner answers; both see them (minimal view)
  'residents.consents.read': { roles: caseRoles, allPartners: admin },
  'residents.consents.update': { roles: caseRoles, allPartners: admin },
  'referrals.list': { roles: [...caseRoles, 'partner_member', 'enterprise_member'], allPartners: coordinators },
  'referrals.read': { roles: [...caseRoles, 'partner_member', 'enterprise_member'], allPartners: coordinators },
  'referrals.create': { roles: caseRoles, allPartners: admin },
  'referrals.respond': { roles: [...caseRoles, 'partner_member', 'enterprise_member'], allPartners: coordinators },
  // the activity feed: shared events for everyone; a partner's own events for it; coordinators see all
  'activity.list': { roles: everyone, allPartners: coordinators },
  // weekly round-up: coordinators draft, edit, approve and send; contacts are kept by coordinators
  'roundups.list': { roles: coordinators, allPartners: coordinators },
  'roundups.manage': { roles: coordinators, allPartners: coordinators },
  'partner-contacts.manage': { roles: coordinators, allPartners: coordinators },
  'work-packages.read': { roles: everyone, allPartners: everyone },
  'work-packages.manage': { roles: coordinators, allPartners: coordinators },
  // communications: the shared calendar, its public iCalendar feed, stories (consent-levelled) and champions
  'calendar.list': { roles: everyone, allPartners: everyone },
  'calendar.manage': { roles: [...coordinators, 'partner_member'], allPartners: coordinators },
  'calendar.public-feed': { public: true },
  // registering for an event: anyone signed in registers themselves (organisers may register others, see the
  // service); the .ics of one event is public for public events, and needs a session for the partnership's own
  'calendar.register': { roles: everyone, allPartners: everyone },
  'calendar.ics': { public: true },
  'stories.list': { roles: everyone, allPartners: everyone },
  'stories.manage': { roles: [...coordinators, 'partner_member'], allPartners: coordinators },
  'stories.public': { public: true },
  'champions.list': { roles: everyone, allPartners: everyone },
  'champions.manage': { roles: coordinators, allPartners: coordinators },
  // social-enterprise growth (issue 6): the directory is programme-wide (not partner-scoped); enterprise support
  // staff create and edit entries, coordinators approve them; an enterprise member proposes changes to the
  // entries it is linked to (enterprise_users) and staff approve; the public directory shows only approved,
  // opted-in entries' public fields; guide leads hold contact details, so only coordinators see them
  'enterprises.list': { roles: enterpriseViewers, allPartners: enterpriseViewers },
  'enterprises.read': { roles: [...enterpriseViewers, 'enterprise_member'], allPartners: enterpriseViewers },
  'enterprises.create': { roles: enterpriseStaff, allPartners: enterpriseStaff },
  'enterprises.update': { roles: [...enterpriseStaff, 'enterprise_member'], allPartners: enterpriseStaff },
  'enterprises.approve': { roles: coordinators, allPartners: coordinators },
  'enterprises.users.manage': { roles: coordinators, allPartners: coordinators },
  'enterprises.reference': { public: true },
  'enterprises.logo': { public: true },
  'directory.public': { public: true },
  'directory.stats': { public: true },
  'directory.baseline.manage': { roles: coordinators, allPartners: coordinators },
  'guide.leads.create': { public: true },
  'guide.leads.list': { roles: coordinators, allPartners: coordinators },
  'guide.leads.manage': { roles: coordinators, allPartners: coordinators },
  'consortia.list': { roles: [...enterpriseViewers, 'enterprise_member'], allPartners: everyone },
  'consortia.read': { roles: [...enterpriseViewers, 'enterprise_member'], allPartners: everyone },
  'consortia.manage': { roles: coordinators, allPartners: coordinators },
  // contracts and grants (issue 6, ADR 0015): publishers post them (drafts stay their partner's); enterprise staff
  // record bids and awards; the ledger's £ by ward and year and the open-data exports are for staff and viewers
  'contracts.list': { roles: [...enterpriseViewers, 'employer', 'enterprise_member', 'viewer'], allPartners: everyone },
  'contracts.read': { roles: [...enterpriseViewers, 'employer', 'enterprise_member', 'viewer'], allPartners: everyone },
  'contracts.create': { roles: publishers, allPartners: coordinators },
  'contracts.update': { roles: publishers, allPartners: coordinators },
  'contracts.suggest': { roles: [...enterpriseStaff, 'employer'], allPartners: [...enterpriseStaff, 'employer'] },
  'contracts.export': { roles: [...enterpriseStaff, 'viewer'], allPartners: [...enterpriseStaff, 'viewer'] },
  'bids.list': { roles: enterpriseStaff, allPartners: enterpriseStaff },
  'bids.manage': { roles: enterpriseStaff, allPartners: enterpriseStaff },
  'awards.record': { roles: enterpriseStaff, allPartners: enterpriseStaff },
  'ledger.read': { roles: [...enterpriseStaff, 'viewer'], allPartners: [...enterpriseStaff, 'viewer'] },
  'social-value.list': { roles: [...enterpriseStaff, 'viewer'], allPartners: [...enterpriseStaff, 'viewer'] },
  'social-value.manage': { roles: admin, allPartners: admin },
  // start-up programme (issue 6): staff run programmes, cohorts, sessions, progress and the support log; an
  // enterprise member sees its own start-up and its cohorts (checked by the service); the peer board is for the
  // cohort's members and staff
  'startups.list': { roles: enterpriseViewers, allPartners: enterpriseViewers },
  'startups.read': { roles: [...enterpriseViewers, 'enterprise_member'], allPartners: enterpriseViewers },
  'startups.manage': { roles: enterpriseStaff, allPartners: enterpriseStaff },
  'peer-board.use': { roles: [...enterpriseStaff, 'enterprise_member'], allPartners: enterpriseStaff },
  // mentors from partner companies: profiles hold contact details, so staff only; staff confirm every match; the
  // mentor (a partner member), staff and the start-up's own people log sessions and feedback
  'mentors.list': { roles: enterpriseStaff, allPartners: enterpriseStaff },
  'mentors.manage': { roles: enterpriseStaff, allPartners: enterpriseStaff },
  'mentors.match': { roles: enterpriseStaff, allPartners: enterpriseStaff },
  'mentoring.read': { roles: [...enterpriseStaff, 'enterprise_member'], allPartners: enterpriseStaff },
  'mentoring.log': { roles: [...enterpriseStaff, 'enterprise_member'], allPartners: enterpriseStaff },
  'network.list': { roles: [...enterpriseViewers, 'enterprise_member'], allPartners: everyone },
  'network.manage': { roles: enterpriseStaff, allPartners: enterpriseStaff },
  // impact and evidence (issue 8): everyone signed in reads aggregates (a viewer or funder only those, with small
  // counts hidden); only coordinators open the records behind a figure, a work-package lead only its partner's
  'impact.read': { roles: everyone, allPartners: everyone },
  'impact.drill': { roles: coordinators, allPartners: admin },
  'impact.manage': { roles: coordinators, allPartners: coordinators },
  'impact.results': { roles: coordinators, allPartners: coordinators },
  'impact.open-data': { public: true },
  'impact.reports.read': { roles: everyone, allPartners: everyone },
  'impact.reports.manage': { roles: coordinators, allPartners: coordinators },
  'impact.plans.manage': { roles: coordinators, allPartners: coordinators },
} as const satisfies Record<string, Rule>;

export type Action = keyof typeof policies;

export interface Principal {
  role: Role;
  partnerId: string;
}

function ruleFor(action: string): Rule | undefined {
  return Object.hasOwn(policies, action) ? (policies as Record<string, Rule>)[action] : undefined;
}

export function isKnownAction(action: string): action is Action {
  return ruleFor(action) !== undefined;
}

export function isPublic(action: string): boolean {
  const rule = ruleFor(action);
  return rule !== undefined && 'public' in rule;
}

/** Deny by default: unknown actions, missing principals and unlisted roles are all refused. */
export function isAllowed(principal: Principal | null, action: string): boolean {
  const rule = ruleFor(action);
  if (!rule) return false;
  if ('public' in rule) return true;
  return principal !== null && rule.roles.includes(principal.role);
}

export type PartnerScope = { kind: 'all' } | { kind: 'partner'; partnerId: string };

/** Which partners' records the principal may see for this action. */
export function partnerScope(principal: Principal, action: Action): PartnerScope {
  const rule: Rule = policies[action];
  if ('public' in rule) return { kind: 'all' };
  if (rule.allPartners?.includes(principal.role)) return { kind: 'all' };
  return { kind: 'partner', partnerId: principal.partnerId };
}

export function inScope(scope: PartnerScope, partnerId: string): boolean {
  return scope.kind === 'all' || scope.partnerId === partnerId;
}

/** The actions a role may take, for the web app's navigation. */
export function permissionsFor(role: Role): Action[] {
  return (Object.keys(policies) as Action[]).filter((a) => !isPublic(a) && isAllowed({ role, partnerId: '' }, a));
}

/** Routes authenticated by a device token in the URL rather than a session cookie: no CSRF check applies. */
export function usesDeviceToken(action: string): boolean {
  const rule = ruleFor(action);
  return rule !== undefined && 'public' in rule && rule.deviceToken === true;
}
