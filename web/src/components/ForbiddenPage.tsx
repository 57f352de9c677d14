import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../lib/usePageTitle';
import { roleLabel } from '../lib/roles';
import { useSession } from '../lib/session';

/** Shown when the user's role lacks a page's permission, or when the API answers 403. */
export function ForbiddenPage() {
  const { t } = useTranslation();
  const { data: user } = useSession();
  usePageTitle(t('forbidden.title'));

  return (
    <Stack gap="md" maw={640} py="xl">
      <Title order={1}>{t('forbidden.title')}</Title>
      {user && <Text>{t('forbidden.body', { role: roleLabel(t, user.role) })}</Text>}
      <Anchor component={Link} to="/">
        {t('forbidden.back')}
      </Anchor>
    </Stack>
  );
}
