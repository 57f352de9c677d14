import { SectionNav, type Section } from '../../../components/SectionNav';

const programmeSections: Section[] = [
  {
    to: '/research/researchers',
    labelKey: 'researchProgramme.nav.researchers',
    permission: 'research.researchers.list',
    exact: true,
  },
  {
    to: '/research/researchers/cohorts',
    labelKey: 'researchProgramme.nav.cohorts',
    permission: 'research.cohorts.list',
  },
  {
    to: '/research/researchers/recruitment',
    labelKey: 'researchProgramme.nav.recruitment',
    permission: 'research.recruitment.list',
  },
  { to: '/research/researchers/funnel', labelKey: 'researchProgramme.nav.funnel', permission: 'research.funnel.read' },
  {
    to: '/research/researchers/reports',
    labelKey: 'researchProgramme.nav.reports',
    permission: 'research.community-reports.list',
  },
];

const interviewSections: Section[] = [
  {
    to: '/research/interviews',
    labelKey: 'researchProgramme.nav.interviews',
    permission: 'research.interviews.list',
    exact: true,
  },
  { to: '/research/interviews/themes', labelKey: 'researchProgramme.nav.themes', permission: 'research.themes.read' },
];

/** Second-level links inside "Researchers" or "Interviews"; each section shows only to users who may open it. */
export function ProgrammeNav({ part }: { part: 'programme' | 'interviews' }) {
  return (
    <SectionNav
      labelKey={`researchProgramme.nav.${part}Label`}
      sections={part === 'programme' ? programmeSections : interviewSections}
      minSections={2}
    />
  );
}
