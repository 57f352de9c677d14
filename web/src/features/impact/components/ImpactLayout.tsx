import { Outlet } from 'react-router';
import { SectionNav, type Section } from '../../../components/SectionNav';

const sections: Section[] = [
  {
    to: '/impact',
    labelKey: 'impact.nav.overview',
    permission: 'impact.read',
    exact: true,
    also: ['/impact/indicators'],
  },
  { to: '/impact/areas', labelKey: 'impact.nav.areas', permission: 'impact.read' },
  { to: '/impact/plans', labelKey: 'impact.nav.plans', permission: 'impact.plans.manage' },
  { to: '/impact/open-data', labelKey: 'impact.nav.openData', permission: 'impact.read' },
];

/** Impact and evidence: the programme overview (filterable by work package and macro-asset), areas, plans, open data. */
export function ImpactLayout() {
  return (
    <>
      <SectionNav labelKey="impact.nav.label" sections={sections} />
      <Outlet />
    </>
  );
}
