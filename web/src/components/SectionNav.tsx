import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { can, useSession } from '../lib/session';
import classes from './SectionNav.module.css';

export type Section = {
  to: string;
  labelKey: string;
  /** the policy action a user needs to see this section */
  permission: string;
  /** current only on exactly this path (and on the `also` prefixes), not on every path below it */
  exact?: boolean;
  /** more path prefixes that count as this section, e.g. '/matching/candidates' for the candidates list */
  also?: readonly string[];
};

const under = (path: string, pathname: string) => pathname === path || pathname.startsWith(`${path}/`);

export function isCurrentSection(section: Section, pathname: string): boolean {
  if ((section.also ?? []).some((path) => under(path, pathname))) return true;
  return section.exact ? pathname === section.to : under(section.to, pathname);
}

/**
 * A module's sub-navigation, drawn above each of its pages: tabs made of links, so each section has an address.
 * A section is shown only to users who may read it.
 */
export function SectionNav({
  labelKey,
  sections,
  minSections = 1,
}: {
  labelKey: string;
  sections: readonly Section[];
  /** draw nothing when the user may open fewer sections than this */
  minSections?: number;
}) {
  const { t } = useTranslation();
  const { data: user } = useSession();
  const { pathname } = useLocation();
  const shown = sections.filter((section) => can(user, section.permission));
  if (shown.length < minSections) return null;
  return (
    <nav aria-label={t(labelKey)} className={classes.nav}>
      <ul className={classes.list}>
        {shown.map((section) => {
          const current = isCurrentSection(section, pathname);
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
