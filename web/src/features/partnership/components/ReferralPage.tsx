import { Alert, Anchor, Button, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { FactList } from '../../../components/FactList';
import { NotFoundPage } from '../../../components/NotFoundPage';
import { PageLoader } from '../../../components/PageLoader';
import { isApiError } from '../../../lib/api';
import { usePageTitle } from '../../../lib/usePageTitle';
import { respondToReferral, useReferral } from '../api/referrals';

/** One referral: the minimal view of the resident, its progress, and the receiving team's answer. */
export function ReferralPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data: r, error } = useReferral(id);
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  usePageTitle(t('coordination.referral.title'));
  const respond = useMutation({
    mutationFn: (action: 'accept' | 'decline' | 'complete') =>
      respondToReferral(id, { action, ...(action === 'decline' ? { reason } : {}), version: r?.version ?? 0 }),
    onSuccess: async (next) => {
      queryClient.setQueryData(['referral', id], next);
      await queryClient.invalidateQueries({ queryKey: ['referrals'] });
    },
  });
  if (isApiError(error) && error.status === 404) return <NotFoundPage />;
  if (!r) return <PageLoader />;
  return (
    <Stack gap="md" maw={760}>
      <Anchor component={Link} to="/partnership/referrals" size="sm">
        {t('coordination.referral.back')}
      </Anchor>
      <Title order={1}>
        <bdi>{`${t('coordination.referral.title')}: ${r.resident.reference}`}</bdi>
      </Title>
      <Text>
        <strong>{t('coordination.referral.status')}:</strong> {t(`coordination.referralStatus.${r.status}`)}
      </Text>
      <FactList
        facts={[
          { label: t('coordination.referrals.resident'), value: <bdi>{r.resident.displayName}</bdi> },
          { label: t('coordination.referral.languages'), value: r.resident.languages.join(', ') || '—' },
          { label: t('coordination.referral.area'), value: r.resident.area ?? '—' },
          {
            label: t('coordination.referrals.from'),
            value: <bdi>{`${r.from.partner.name}${r.from.workPackage ? ` (${r.from.workPackage.code})` : ''}`}</bdi>,
          },
          {
            label: t('coordination.referrals.to'),
            value: <bdi>{`${r.to.workPackage.code} ${r.to.workPackage.name}, ${r.to.partner.name}`}</bdi>,
          },
          { label: t('coordination.referral.reason'), value: <bdi>{r.reason}</bdi> },
          ...(r.declineReason
            ? [{ label: t('coordination.referral.declineReason'), value: <bdi>{r.declineReason}</bdi> }]
            : []),
          { label: t('coordination.referrals.responseHours'), value: r.responseHours },
        ]}
      />
      {r.waitingListNotice && (
        <Alert color="blue" title={t('coordination.referral.waitingList')}>
          {r.waitingListNotice}
        </Alert>
      )}
      {respond.error && (
        <Alert color="red">{isApiError(respond.error) ? respond.error.detail : String(respond.error)}</Alert>
      )}
      {r.status === 'sent' && (
        <Stack gap="sm">
          <Group>
            <Button onClick={() => respond.mutate('accept')} loading={respond.isPending}>
              {t('coordination.referral.accept')}
            </Button>
          </Group>
          <Textarea
            label={t('coordination.referral.declineReason')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            maxLength={2000}
          />
          <Group>
            <Button variant="outline" color="red" onClick={() => respond.mutate('decline')}>
              {t('coordination.referral.decline')}
            </Button>
          </Group>
        </Stack>
      )}
      {r.status === 'accepted' && (
        <Group>
          <Button onClick={() => respond.mutate('complete')}>{t('coordination.referral.complete')}</Button>
        </Group>
      )}
    </Stack>
  );
}
