import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import classes from '../../../components/AssetsNav.module.css';
import { can, useSession } from '../../../lib/session';

type Section = { to: string; labelKey: string; permission: string; exact?: boolean };

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
  const { t } = useTranslation();
  const { data: user } = useSession();
  const { pathname } = useLocation();
  const sections = (part === 'programme' ? programmeSections : interviewSections).filter((s) =>
    can(user, s.permission),
  );
  if (sections.length < 2) return null;
  return (
    <nav aria-label={t(`researchProgramme.nav.${part}Label`)} className={classes.nav}>
      <ul className={classes.list}>
        {sections.map((s) => {
          const current = s.exact ? pathname === s.to : pathname === s.to || pathname.startsWith(`${s.to}/`);
          return (
            <li key={s.to}>
              <Link
                to={s.to}
                className={classes.link}
                data-active={current || undefined}
                aria-current={current ? 'page' : undefined}
              >
                {t(s.labelKey)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
