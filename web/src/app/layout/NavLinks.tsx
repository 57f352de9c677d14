import { NavLink, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { matchPath, NavLink as RouterNavLink, useLocation } from 'react-router';
import { can, type SessionUser } from '../../lib/session';
import classes from './layout.module.css';
import { navigation } from './navigation';

type Props = { user: SessionUser; onNavigate: () => void };

/** Links for every section the user may see; React Router marks the current one with aria-current. */
export function NavLinks({ user, onNavigate }: Props) {
  const { t } = useTranslation();
  const { pathname } = useLocation();

  return (
    <Stack gap={2}>
      {navigation.map((section) => {
        const items = section.items.filter((item) => !item.permission || can(user, item.permission));
        if (items.length === 0) return null;
        const labelId = `nav-section-${section.id}`;
        return (
          <div key={section.id} role="group" aria-labelledby={section.labelKey ? labelId : undefined}>
            {section.labelKey && (
              <div id={labelId} className={classes.navSectionLabel}>
                {t(section.labelKey)}
              </div>
            )}
            {items.map((item) => (
              <NavLink
                key={item.to}
                component={RouterNavLink}
                to={item.to}
                end={item.end}
                label={t(item.labelKey)}
                active={matchPath({ path: item.to, end: item.end ?? false }, pathname) !== null}
                onClick={onNavigate}
              />
            ))}
          </div>
        );
      })}
    </Stack>
  );
}
