/** The navbar's structure; an item with a permission is shown only to users who hold it. */
export type NavItem = { to: string; labelKey: string; permission?: string; end?: boolean };
export type NavSection = { id: string; labelKey?: string; items: NavItem[] };

export const navigation: NavSection[] = [
  {
    id: 'home',
    items: [
      { to: '/', labelKey: 'nav.dashboard', end: true },
      { to: '/partners', labelKey: 'nav.partners', permission: 'partners.list' },
    ],
  },
  {
    id: 'modules',
    labelKey: 'nav.modules',
    items: [
      { to: '/assets', labelKey: 'nav.assets', permission: 'macro-assets.list' },
      { to: '/research', labelKey: 'nav.research' },
      {
        to: '/research/researchers/reports/new',
        labelKey: 'researchProgramme.nav.reportMeeting',
        permission: 'research.community-reports.create',
      },
      { to: '/matching', labelKey: 'nav.matching' },
      { to: '/enterprises', labelKey: 'nav.enterprises' },
      { to: '/partnership', labelKey: 'nav.partnership' },
      { to: '/enterprises/events', labelKey: 'events.nav', permission: 'calendar.list' },
      { to: '/impact', labelKey: 'nav.impact' },
    ],
  },
  {
    id: 'admin',
    labelKey: 'nav.admin',
    items: [
      { to: '/admin/users', labelKey: 'nav.users', permission: 'users.list' },
      { to: '/admin/audit', labelKey: 'nav.audit', permission: 'audit.list' },
    ],
  },
];
