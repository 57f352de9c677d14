import { Outlet } from 'react-router';
import { SectionNav, type Section } from '../../../components/SectionNav';

/**
 * The social-enterprise growth sub-navigation. The directory, change approvals, consortia, guide leads and
 * statistics live here; the start-up programme, mentors and network (H6b) and contracts, bids and the value
 * ledger (H6c) add their sections to this list and their child routes under /enterprises.
 */
const sections: Section[] = [
  {
    to: '/enterprises',
    labelKey: 'enterprises.nav.directory',
    permission: 'enterprises.list',
    exact: true,
    also: ['/enterprises/e'],
  },
  { to: '/enterprises/changes', labelKey: 'enterprises.nav.changes', permission: 'enterprises.approve' },
  { to: '/enterprises/consortia', labelKey: 'enterprises.nav.consortia', permission: 'consortia.list' },
  {
    to: '/enterprises/startups',
    labelKey: 'startups.nav',
    permission: 'startups.list',
    also: ['/enterprises/startups/cohorts', '/enterprises/startups/s'],
  },
  {
    to: '/enterprises/mentors',
    labelKey: 'mentors.nav',
    permission: 'mentors.list',
    also: ['/enterprises/mentoring'],
  },
  { to: '/enterprises/network', labelKey: 'network.nav', permission: 'network.list' },
  { to: '/enterprises/events', labelKey: 'events.nav', permission: 'calendar.list' },
  { to: '/enterprises/leads', labelKey: 'enterprises.nav.leads', permission: 'guide.leads.list' },
  { to: '/enterprises/contracts', labelKey: 'enterprisesContracts.nav.contracts', permission: 'contracts.list' },
  { to: '/enterprises/ledger', labelKey: 'enterprisesContracts.nav.ledger', permission: 'ledger.read' },
  {
    to: '/enterprises/social-value',
    labelKey: 'enterprisesContracts.nav.socialValue',
    permission: 'social-value.list',
  },
  { to: '/enterprises/statistics', labelKey: 'enterprises.nav.statistics', permission: 'enterprises.list' },
];

/** Every social-enterprise page shares this navigation. */
export function EnterprisesLayout() {
  return (
    <>
      <SectionNav labelKey="enterprises.nav.label" sections={sections} />
      <Outlet />
    </>
  );
}
