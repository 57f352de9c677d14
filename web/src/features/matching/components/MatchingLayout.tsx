import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import classes from '../../../components/AssetsNav.module.css';
import { can, useSession } from '../../../lib/session';

type Section = { to: string; labelKey: string; permission: string; exact?: boolean };

/**
 * The skills-matching sub-navigation. Training (web/src/features/matching-training) and
 * vacancies/shortage (web/src/features/matching-employers) add their child routes under /matching.
 */
const sections: Section[] = [
  { to: '/matching', labelKey: 'matching.nav.candidates', permission: 'candidates.list', exact: true },
  { to: '/matching/pipeline', labelKey: 'matching.nav.pipeline', permission: 'pipeline.list' },
  { to: '/matching/training', labelKey: 'matching.nav.training', permission: 'training.read' },
  { to: '/matching/vacancies', labelKey: 'matching.nav.vacancies', permission: 'vacancies.list' },
  { to: '/matching/shortage', labelKey: 'matching.nav.shortage', permission: 'shortage.read' },
  { to: '/matching/fairness', labelKey: 'matching.nav.fairness', permission: 'fairness.read' },
];

function isCurrent(section: Section, pathname: string): boolean {
  if (section.exact) return pathname === section.to || pathname.startsWith('/matching/candidates');
  return pathname === section.to || pathname.startsWith(`${section.to}/`);
}

/** Every skills-matching page shares this navigation: candidates, pipeline, training, vacancies, shortage, fairness. */
export function MatchingLayout() {
  const { t } = useTranslation();
  const { data: user } = useSession();
  const { pathname } = useLocation();
  return (
    <>
      <nav aria-label={t('matching.nav.label')} className={classes.nav}>
        <ul className={classes.list}>
          {sections
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
