import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSignedInUser } from '../../../lib/session';
import { usePageTitle } from '../../../lib/usePageTitle';
import { ChangePasswordForm } from './ChangePasswordForm';
import { ProfileDetailsForm } from './ProfileDetailsForm';

export function ProfilePage() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  usePageTitle(t('profile.title'));

  return (
    <Stack gap="xl" maw={640}>
      <Title order={1}>{t('profile.title')}</Title>
      {/* Keyed by user so the form starts again from the saved values if the session changes. */}
      <ProfileDetailsForm key={user.id} user={user} />
      <ChangePasswordForm />
    </Stack>
  );
}
