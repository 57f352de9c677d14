import { Alert, Button, Group, NativeSelect, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { languages } from '../../../lib/languages';
import { isApiError } from '../../../lib/api';
import { roleLabel } from '../../../lib/roles';
import type { SessionUser } from '../../../lib/session';
import { useUpdateProfile } from '../api/updateProfile';

function fieldError(error: unknown, path: string): string | undefined {
  return isApiError(error) ? error.errors.find((item) => item.path === path)?.message : undefined;
}

export function ProfileDetailsForm({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const update = useUpdateProfile();
  const [displayName, setDisplayName] = useState(user.displayName);
  const [locale, setLocale] = useState(user.locale ?? '');
  const [missingName, setMissingName] = useState(false);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const name = displayName.trim();
    setMissingName(!name);
    if (!name) return;
    update.mutate({ displayName: name, locale: locale || null });
  }

  const nameError = missingName ? t('profile.displayNameRequired') : fieldError(update.error, 'displayName');

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="profile-details">
      <form noValidate onSubmit={handleSubmit}>
        <Stack gap="md">
          <Title order={2} size="h3" id="profile-details">
            {t('profile.details')}
          </Title>
          <dl style={{ margin: 0 }}>
            <Text component="dt" fw={700} size="sm">
              {t('profile.email')}
            </Text>
            <Text component="dd" m={0} mb="xs">
              <bdi>{user.email}</bdi>
            </Text>
            <Text component="dt" fw={700} size="sm">
              {t('profile.role')}
            </Text>
            <Text component="dd" m={0} mb="xs">
              {roleLabel(t, user.role)}
            </Text>
            <Text component="dt" fw={700} size="sm">
              {t('profile.partner')}
            </Text>
            <Text component="dd" m={0}>
              <bdi>{user.partner.name}</bdi>
            </Text>
          </dl>
          <TextInput
            label={t('profile.displayName')}
            autoComplete="name"
            required
            value={displayName}
            error={nameError}
            onChange={(event) => setDisplayName(event.currentTarget.value)}
          />
          <NativeSelect
            label={t('profile.locale')}
            description={t('profile.localeHint')}
            value={locale}
            onChange={(event) => setLocale(event.currentTarget.value)}
          >
            <option value="">{t('language.browserDefault')}</option>
            {languages.map((language) => (
              <option key={language.code} value={language.code} lang={language.code}>
                {language.name}
              </option>
            ))}
          </NativeSelect>
          {update.isSuccess && (
            <Alert color="green" role="status">
              {t('profile.saved')}
            </Alert>
          )}
          {update.error && !nameError && (
            <Alert color="red" role="alert">
              {isApiError(update.error) && update.error.detail ? update.error.detail : t('errors.generic')}
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={update.isPending}>
              {t('profile.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
