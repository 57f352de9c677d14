import { Alert, Button, Group, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api';
import { useChangePassword } from '../api/changePassword';

const empty = { current: '', next: '', confirm: '' };

export function ChangePasswordForm() {
  const { t } = useTranslation();
  const change = useChangePassword();
  const [values, setValues] = useState(empty);
  const [mismatch, setMismatch] = useState(false);
  const error = change.error;
  const wrongCurrent = isApiError(error) && error.code === 'invalid_credentials';
  const weak = isApiError(error) && error.code === 'weak_password';

  function set(field: keyof typeof empty) {
    return (event: { currentTarget: { value: string } }) =>
      setValues({ ...values, [field]: event.currentTarget.value });
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const differs = values.next !== values.confirm;
    setMismatch(differs);
    if (differs || !values.current || !values.next) return;
    change.mutate({ currentPassword: values.current, newPassword: values.next }, { onSuccess: () => setValues(empty) });
  }

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="change-password">
      <form noValidate onSubmit={handleSubmit}>
        <Stack gap="md">
          <Title order={2} size="h3" id="change-password">
            {t('profile.password.title')}
          </Title>
          <Text size="sm">{t('profile.password.hint')}</Text>
          <PasswordInput
            label={t('profile.password.current')}
            autoComplete="current-password"
            required
            value={values.current}
            error={wrongCurrent ? t('profile.password.invalid_credentials') : undefined}
            onChange={set('current')}
          />
          <PasswordInput
            label={t('profile.password.new')}
            autoComplete="new-password"
            required
            value={values.next}
            error={weak ? [t('profile.password.weak_password'), error.detail].filter(Boolean).join(' ') : undefined}
            onChange={set('next')}
          />
          <PasswordInput
            label={t('profile.password.confirm')}
            autoComplete="new-password"
            required
            value={values.confirm}
            error={mismatch ? t('profile.password.mismatch') : undefined}
            onChange={set('confirm')}
          />
          {change.isSuccess && (
            <Alert color="green" role="status">
              {t('profile.password.changed')}
            </Alert>
          )}
          {error && !wrongCurrent && !weak && (
            <Alert color="red" role="alert">
              {isApiError(error) && error.detail ? error.detail : t('errors.generic')}
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={change.isPending}>
              {t('profile.password.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
