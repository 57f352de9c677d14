import { Outlet } from 'react-router';
import { SectionNav, type Section } from '../../../components/SectionNav';

/**
 * The sub-navigation of community research. Researchers and interviews (research-programme) and monitoring
 * (research-findings) are child routes added by their features; a section shows only to users who may open it.
 */
const sections: Section[] = [
  {
    to: '/research',
    labelKey: 'research.nav.forms',
    permission: 'research.forms.list',
    exact: true,
    also: ['/research/forms'],
  },
  { to: '/research/collect', labelKey: 'research.nav.collect', permission: 'research.submissions.create' },
  { to: '/research/responses', labelKey: 'research.nav.responses', permission: 'research.submissions.list' },
  { to: '/research/researchers', labelKey: 'research.nav.researchers', permission: 'research.researchers.list' },
  { to: '/research/interviews', labelKey: 'research.nav.interviews', permission: 'research.interviews.list' },
  { to: '/research/monitoring', labelKey: 'research.nav.monitoring', permission: 'research.monitoring.read' },
];

/** Every research page shares its sub-navigation: forms, collecting, responses, researchers, interviews, monitoring. */
export function ResearchLayout() {
  return (
    <>
      <SectionNav labelKey="research.nav.label" sections={sections} />
      <Outlet />
    </>
  );
}
