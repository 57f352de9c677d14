import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import classes from '../../../components/AssetsNav.module.css';
import { can, useSession } from '../../../lib/session';

type Section = { to: string; labelKey: string; permission: string; exact?: boolean; also?: string[] };

/**
 * The sub-navigation of community research. Researchers and interviews (research-programme) and monitoring
 * (research-findings) are child routes added by their features; a section shows only to users who may open it.
 */
const researchSections: Section[] = [
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

function isCurrent(section: Section, pathname: string): boolean {
  const under = (path: string) => pathname === path || pathname.startsWith(`${path}/`);
  if (section.exact) return pathname === section.to || (section.also ?? []).some(under);
  return under(section.to);
}

/** Every research page shares its sub-navigation: forms, collecting, responses, researchers, interviews, monitoring. */
export function ResearchLayout() {
  const { t } = useTranslation();
  const { data: user } = useSession();
  const { pathname } = useLocation();
  return (
    <>
      <nav aria-label={t('research.nav.label')} className={classes.nav}>
        <ul className={classes.list}>
          {researchSections
            .filter((s) => can(user, s.permission))
            .map((s) => {
              const current = isCurrent(s, pathname);
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
      <Outlet />
    </>
  );
}
