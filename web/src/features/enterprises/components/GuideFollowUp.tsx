import { Alert, Button, Checkbox, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api';
import { sendLead } from '../api/directory';

const blank = { name: '', email: '', phone: '', idea: '' };

/** After the guide: leave contact details (with consent) so enterprise-support staff can follow up. */
export function GuideFollowUp({ answers }: { answers: Record<string, string> }) {
  const { t, i18n } = useTranslation();
  const [v, setV] = useState(blank);
  const [consent, setConsent] = useState(false);
  const [error, setError] = useState('');
  const mutation = useMutation({
    mutationFn: () =>
      sendLead({
        answers,
        name: v.name.trim(),
        email: v.email.trim() || null,
        phone: v.phone.trim() || null,
        idea: v.idea.trim(),
        language: (i18n.resolvedLanguage ?? 'en').slice(0, 2),
        consent,
      }),
    onError: (e) => setError(isApiError(e) ? e.detail : t('errors.generic')),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!v.name.trim()) return setError(t('enterprises.guide.followUp.nameNeeded'));
    if (!v.email.trim() && !v.phone.trim()) return setError(t('enterprises.guide.followUp.howToReach'));
    if (!consent) return setError(t('enterprises.guide.followUp.consentNeeded'));
    setError('');
    mutation.mutate();
  };
  if (mutation.isSuccess)
    return (
      <Text role="status" fw={600}>
        {t('enterprises.guide.followUp.thanks')}
      </Text>
    );
  const field = (k: 'name' | 'email' | 'phone', type = 'text') => (
    <TextInput
      type={type}
      label={t(`enterprises.guide.followUp.${k}`)}
      required={k === 'name'}
      value={v[k]}
      onChange={(e) => setV({ ...v, [k]: e.currentTarget.value })}
    />
  );
  return (
    <Stack gap="sm" component="section" aria-labelledby="guide-follow-up">
      <Title order={2} size="h3" id="guide-follow-up">
        {t('enterprises.guide.followUp.title')}
      </Title>
      <Text>{t('enterprises.guide.followUp.intro')}</Text>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {field('name')}
          {field('email', 'email')}
          {field('phone', 'tel')}
          <Textarea
            label={t('enterprises.guide.followUp.idea')}
            value={v.idea}
            onChange={(e) => setV({ ...v, idea: e.currentTarget.value })}
            autosize
            minRows={2}
          />
          <Checkbox
            label={t('enterprises.guide.followUp.consent')}
            checked={consent}
            onChange={(e) => setConsent(e.currentTarget.checked)}
          />
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          <Button type="submit" loading={mutation.isPending} w="fit-content">
            {t('enterprises.guide.followUp.send')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
