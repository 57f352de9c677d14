import { AppShell, Container } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { PageLoader } from '../../components/PageLoader';
import { QueryError } from '../../components/QueryError';
import { sessionQueryKey, updateSession, useSession, type SessionUser } from '../../lib/session';
import { chooseLanguage } from '../i18n/i18n';
import { toSupportedLanguage } from '../../lib/languages';
import { AppHeader, navbarId } from './AppHeader';
import { NavLinks } from './NavLinks';
import { mainContentId, SkipLink } from './SkipLink';
import { useFocusMainOnNavigate } from './useFocusMainOnNavigate';

/** Gate for every signed-in page: loads the session, sends strangers to sign in, then draws the shell. */
export function SignedInLayout() {
  const { data: user, isPending, error, refetch } = useSession();
  const location = useLocation();

  if (isPending || error) {
    return (
      <Container component="main" id={mainContentId} py="xl">
        {error ? <QueryError error={error} onRetry={() => void refetch()} /> : <PageLoader />}
      </Container>
    );
  }
  if (!user) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={next === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }
  return <Shell user={user} />;
}

function Shell({ user }: { user: SessionUser }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [opened, { toggle, close }] = useDisclosure(false);
  // Below the navbar breakpoint a closed navbar is only moved off-screen; inert keeps it out of the tab order.
  const isPhone = useMediaQuery('(max-width: 47.99em)');
  useFocusMainOnNavigate();

  // The user's saved language wins over the browser's once they are signed in.
  useEffect(() => {
    const saved = toSupportedLanguage(user.locale);
    if (saved && saved !== i18n.resolvedLanguage) void chooseLanguage(saved);
    // Runs when the saved value changes (sign-in, profile save), not when the switcher is used.
  }, [user.id, user.locale, i18n]);

  async function changeLanguage(language: string) {
    await chooseLanguage(language);
    try {
      queryClient.setQueryData(sessionQueryKey, await updateSession({ locale: language }));
    } catch {
      // The language still changes on this device; the profile page can save it later.
    }
  }

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 260, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <SkipLink />
      <AppShell.Header>
        <AppHeader
          user={user}
          navOpened={opened}
          onToggleNav={toggle}
          onLanguageChange={(language) => void changeLanguage(language)}
        />
      </AppShell.Header>
      <AppShell.Navbar id={navbarId} aria-label={t('nav.label')} p="xs" inert={isPhone && !opened}>
        <AppShell.Section grow component="div">
          <NavLinks user={user} onNavigate={close} />
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main id={mainContentId} tabIndex={-1}>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
