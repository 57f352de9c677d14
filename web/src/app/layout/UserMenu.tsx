import { Avatar, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { refreshCsrfToken } from '../../lib/api';
import { isolate } from '../../lib/format';
import { sessionQueryKey, signOut, type SessionUser } from '../../lib/session';

/** The account button: who is signed in, a link to the profile, and sign-out. */
export function UserMenu({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();

  async function handleSignOut() {
    // Even if the server call fails, the local copy of the session and its data must go.
    await signOut().catch(() => undefined);
    // Leave the signed-in pages first, then drop everything cached for this user.
    await navigate('/sign-in', { replace: true, state: { signedOut: true } });
    queryClient.clear();
    queryClient.setQueryData(sessionQueryKey, null);
    refreshCsrfToken().catch(() => undefined);
  }

  return (
    <Menu position="bottom-end" withinPortal shadow="md" width={240}>
      <Menu.Target>
        <UnstyledButton
          aria-label={t('userMenu.label', { name: user.displayName })}
          p={4}
          style={{ borderRadius: 'var(--mantine-radius-md)' }}
        >
          <Group gap="xs" wrap="nowrap">
            <Avatar color="indigo" size={32} aria-hidden />
            <Text size="sm" fw={500} visibleFrom="sm" maw={180} truncate="end" dir="auto">
              {user.displayName}
            </Text>
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('userMenu.signedInAs', { email: isolate(user.email) })}</Menu.Label>
        <Menu.Item component={Link} to="/profile">
          {t('userMenu.profile')}
        </Menu.Item>
        <Menu.Item onClick={() => void handleSignOut()}>{t('userMenu.signOut')}</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
