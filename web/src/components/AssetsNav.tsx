import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { can, useSession } from '../lib/session';
import classes from './AssetsNav.module.css';

type Section = { to: string; labelKey: string; permission: string; also?: string };

/** The sections of "Assets & map"; a section is shown only to users who may read it. */
export const assetSections: Section[] = [
  { to: '/assets', labelKey: 'assets.nav.macroAssets', permission: 'macro-assets.list', also: '/assets/macro-assets' },
  { to: '/assets/opportunities', labelKey: 'assets.nav.opportunities', permission: 'opportunities.list' },
  { to: '/assets/micro-assets', labelKey: 'assets.nav.microAssets', permission: 'micro-assets.list' },
  { to: '/assets/map', labelKey: 'assets.nav.map', permission: 'map.read' },
  { to: '/assets/gaps', labelKey: 'assets.nav.gaps', permission: 'gaps.read' },
  { to: '/assets/duplicates', labelKey: 'assets.nav.duplicates', permission: 'duplicates.list' },
  { to: '/assets/import', labelKey: 'imports.nav', permission: 'exports.run' },
];

function isCurrent(section: Section, pathname: string): boolean {
  const under = (path: string) => pathname === path || pathname.startsWith(`${path}/`);
  if (section.to === '/assets') return pathname === '/assets' || (section.also ? under(section.also) : false);
  return under(section.to);
}

/** Sub-navigation drawn above every assets page, like tabs but made of links, so each section has an address. */
export function AssetsNav() {
  const { t } = useTranslation();
  const { data: user } = useSession();
  const { pathname } = useLocation();
  const sections = assetSections.filter((section) => can(user, section.permission));

  return (
    <nav aria-label={t('assets.nav.label')} className={classes.nav}>
      <ul className={classes.list}>
        {sections.map((section) => {
          const current = isCurrent(section, pathname);
          return (
            <li key={section.to}>
              <Link
                to={section.to}
                className={classes.link}
                data-active={current || undefined}
                aria-current={current ? 'page' : undefined}
              >
                {t(section.labelKey)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
