import { Alert, Button, Checkbox, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { isApiError } from '../../../lib/api';
import { usePageTitle } from '../../../lib/usePageTitle';
import { selfRefer } from '../api/candidates';

const blank = { fullName: '', phone: '', email: '', borough: '', message: '', matching: false, referral: false };

/** Public: a resident refers themselves; a caseworker of the partner whose link this is gets a pending record. */
export function SelfReferralPage() {
  const { t } = useTranslation();
  const { partner = '' } = useParams();
  const title = t('matching.selfReferral.title');
  usePageTitle(title);
  const [v, setV] = useState(blank);
  const [contact, setContact] = useState(false);
  const [error, setError] = useState('');
  const mutation = useMutation({
    mutationFn: () =>
      selfRefer({
        partner,
        fullName: v.fullName.trim(),
        ...(v.phone.trim() ? { phone: v.phone.trim() } : {}),
        ...(v.email.trim() ? { email: v.email.trim() } : {}),
        ...(v.borough.trim() ? { borough: v.borough.trim() } : {}),
        ...(v.message.trim() ? { message: v.message.trim() } : {}),
        consents: { contact: true, matching: v.matching, referral: v.referral, publicity: false },
      }),
    onError: (e) => setError(isApiError(e) ? e.detail : t('errors.generic')),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!v.fullName.trim()) return setError(t('matching.selfReferral.nameNeeded'));
    if (!contact) return setError(t('matching.selfReferral.contactNeeded'));
    if (!v.phone.trim() && !v.email.trim()) return setError(t('matching.selfReferral.howToReach'));
    setError('');
    mutation.mutate();
  };
  if (mutation.isSuccess)
    return (
      <Stack gap="md">
        <Title order={1}>{t('matching.selfReferral.thanksTitle')}</Title>
        <Text role="status">{t('matching.selfReferral.thanks')}</Text>
      </Stack>
    );
  const field = (k: 'fullName' | 'phone' | 'email' | 'borough', type = 'text') => (
    <TextInput
      type={type}
      label={t(`matching.selfReferral.${k}`)}
      required={k === 'fullName'}
      value={v[k]}
      onChange={(e) => setV({ ...v, [k]: e.currentTarget.value })}
    />
  );
  return (
    <Stack gap="md">
      <Title order={1}>{title}</Title>
      <Text>{t('matching.selfReferral.intro')}</Text>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {field('fullName')}
          {field('phone', 'tel')}
          {field('email', 'email')}
          {field('borough')}
          <Textarea
            label={t('matching.selfReferral.message')}
            description={t('matching.selfReferral.messageHint')}
            value={v.message}
            onChange={(e) => setV({ ...v, message: e.currentTarget.value })}
            autosize
            minRows={3}
          />
          <Checkbox
            label={t('matching.selfReferral.contact')}
            checked={contact}
            onChange={(e) => setContact(e.currentTarget.checked)}
          />
          <Checkbox
            label={t('matching.consents.matching')}
            checked={v.matching}
            onChange={(e) => setV({ ...v, matching: e.currentTarget.checked })}
          />
          <Checkbox
            label={t('matching.consents.referral')}
            checked={v.referral}
            onChange={(e) => setV({ ...v, referral: e.currentTarget.checked })}
          />
          <Text size="sm">{t('matching.selfReferral.noPublicity')}</Text>
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          <Button type="submit" loading={mutation.isPending} w="fit-content">
            {t('matching.selfReferral.send')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
