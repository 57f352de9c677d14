import { Alert, Button, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { isolate, safeReturnPath } from '../../../lib/format';
import { useProgramme } from '../../../lib/programme';
import { useSession } from '../../../lib/session';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useSignIn } from '../api/signIn';
import { signInErrorMessage } from './signInErrors';

export function SignInPage() {
  const { t } = useTranslation();
  usePageTitle(t('signIn.title'));
  const { data: programme } = useProgramme();
  const { data: user } = useSession();
  const [searchParams] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const signIn = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState(false);
  const next = safeReturnPath(searchParams.get('next'));
  const signedOut = (location.state as { signedOut?: boolean } | null)?.signedOut === true;

  // Already signed in (for example, a bookmarked sign-in page): go straight on.
  if (user && !signedOut && !signIn.isPending) return <Navigate to={next} replace />;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = email.trim();
    setMissing(!trimmed || !password);
    if (!trimmed || !password) return;
    try {
      await signIn.mutateAsync({ email: trimmed, password });
      await navigate(next, { replace: true });
    } catch {
      // The error is shown from signIn.error.
    }
  }

  return (
    <Stack gap="lg">
      <Title order={1}>{t('signIn.title')}</Title>
      <Text>{t('signIn.intro', { programme: isolate(programme?.name ?? t('app.name')) })}</Text>
      {signedOut && !signIn.error && (
        <Alert color="green" role="status">
          {t('signIn.signedOut')}
        </Alert>
      )}
      <Paper withBorder p="lg" component="form" noValidate onSubmit={(event) => void handleSubmit(event)}>
        <Stack gap="md">
          {(missing || signIn.error) && (
            <Alert color="red" role="alert">
              {missing ? t('signIn.required') : signInErrorMessage(t, signIn.error)}
            </Alert>
          )}
          <TextInput
            label={t('signIn.email')}
            type="email"
            name="email"
            autoComplete="username"
            inputMode="email"
            dir="ltr"
            required
            withAsterisk={false}
            value={email}
            onChange={(event) => setEmail(event.currentTarget.value)}
          />
          <PasswordInput
            label={t('signIn.password')}
            name="password"
            autoComplete="current-password"
            required
            withAsterisk={false}
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
          />
          <Button type="submit" loading={signIn.isPending} fullWidth>
            {t('signIn.submit')}
          </Button>
        </Stack>
      </Paper>
    </Stack>
  );
}
