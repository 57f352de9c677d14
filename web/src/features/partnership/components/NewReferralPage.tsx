import { Alert, Anchor, Button, NativeSelect, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { isApiError } from '../../../lib/api';
import { usePageTitle } from '../../../lib/usePageTitle';
import { missingConsent } from '../api/consents';
import { sendReferral } from '../api/referrals';
import { useWorkPackages } from '../api/tasks';

/** Send a referral: which resident (by reference), to which work package, and why. Needs their consent. */
export function NewReferralPage() {
  const { t } = useTranslation();
  const title = t('coordination.referrals.new');
  usePageTitle(title);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { data: workPackages } = useWorkPackages();
  const [params] = useSearchParams();
  const [form, setForm] = useState({
    resident: params.get('resident') ?? '',
    fromWorkPackage: params.get('from') ?? '',
    toWorkPackage: params.get('to') ?? '',
    reason: '',
  });
  // after recording a missing consent, the consent screen links back to this form as it was filled in
  const backHere = `/partnership/referrals/new?${new URLSearchParams({ resident: form.resident.trim(), from: form.fromWorkPackage, to: form.toWorkPackage })}`;
  const save = useMutation({
    mutationFn: () =>
      sendReferral({
        resident: form.resident.trim(),
        toWorkPackage: form.toWorkPackage,
        ...(form.fromWorkPackage ? { fromWorkPackage: form.fromWorkPackage } : {}),
        reason: form.reason,
      }),
    onSuccess: async (r) => {
      await queryClient.invalidateQueries({ queryKey: ['referrals'] });
      void navigate(`/partnership/referrals/${encodeURIComponent(r.id)}`);
    },
  });
  const options = (workPackages?.items ?? []).map((w) => ({ value: w.slug, label: `${w.code} ${w.name}` }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <Stack gap="md" maw={760}>
      <Anchor component={Link} to="/partnership/referrals" size="sm">
        {t('coordination.referral.back')}
      </Anchor>
      <Title order={1}>{title}</Title>
      <Text>{t('coordination.referrals.newIntro')}</Text>
      <form onSubmit={submit} aria-label={title}>
        <Stack gap="sm">
          <TextInput
            label={t('coordination.referrals.residentReference')}
            required
            value={form.resident}
            onChange={(e) => setForm({ ...form, resident: e.currentTarget.value })}
          />
          <NativeSelect
            label={t('coordination.referrals.fromWorkPackage')}
            value={form.fromWorkPackage}
            onChange={(e) => setForm({ ...form, fromWorkPackage: e.currentTarget.value })}
            data={[{ value: '', label: '—' }, ...options]}
          />
          <NativeSelect
            label={t('coordination.referrals.workPackage')}
            required
            value={form.toWorkPackage}
            onChange={(e) => setForm({ ...form, toWorkPackage: e.currentTarget.value })}
            data={[{ value: '', label: '—' }, ...options]}
          />
          <Textarea
            label={t('coordination.referral.reason')}
            required
            maxLength={2000}
            value={form.reason}
            onChange={(e) => setForm({ ...form, reason: e.currentTarget.value })}
          />
          {save.error && (
            <Alert color="red" role="alert">
              {isApiError(save.error) ? save.error.detail : String(save.error)}
              {isApiError(save.error) && missingConsent(save.error.errors) && (
                <>
                  {' '}
                  <Anchor
                    component={Link}
                    to={`/partnership/residents/${encodeURIComponent(form.resident.trim())}/consents?back=${encodeURIComponent(backHere)}`}
                  >
                    {t('coordination.consents.record')}
                  </Anchor>
                </>
              )}
            </Alert>
          )}
          <Button type="submit" loading={save.isPending} w="fit-content">
            {t('coordination.referrals.send')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
