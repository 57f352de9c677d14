import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import classes from '../../../components/AssetsNav.module.css';
import { can, useSession } from '../../../lib/session';

type Section = { to: string; labelKey: string; permission: string; exact?: boolean };

const sections: Section[] = [
  { to: '/partnership', labelKey: 'partnership.nav.tasks', permission: 'tasks.list', exact: true },
  { to: '/partnership/board', labelKey: 'partnership.nav.board', permission: 'tasks.list' },
  { to: '/partnership/my-tasks', labelKey: 'partnership.nav.mine', permission: 'tasks.list' },
  { to: '/partnership/meetings', labelKey: 'partnership.nav.meetings', permission: 'meetings.list' },
  { to: '/partnership/referrals', labelKey: 'coordination.nav.referrals', permission: 'referrals.list' },
  { to: '/partnership/activity', labelKey: 'coordination.nav.activity', permission: 'activity.list' },
  { to: '/partnership/roundups', labelKey: 'coordination.nav.roundups', permission: 'roundups.list' },
];

function isCurrent(section: Section, pathname: string): boolean {
  if (section.exact) return pathname === section.to || pathname.startsWith('/partnership/tasks/');
  return pathname === section.to || pathname.startsWith(`${section.to}/`);
}

/** Every partnership page shares its sub-navigation: tasks, the board, my tasks, meetings. */
export function PartnershipLayout() {
  const { t } = useTranslation();
  const { data: user } = useSession();
  const { pathname } = useLocation();
  return (
    <>
      <nav aria-label={t('partnership.nav.label')} className={classes.nav}>
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
