import { Alert, Button, Code, Group, Image, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../../components/PageLoader';
import { QueryError } from '../../../components/QueryError';
import { SimpleTable } from '../../../components/SimpleTable';
import { formatDateTime } from '../../../lib/format';
import { usePageTitle } from '../../../lib/usePageTitle';
import { issueDeviceToken, revokeDeviceToken, useDeviceTokens, type IssuedToken } from '../api/deviceTokens';

function Issued({ token }: { token: IssuedToken }) {
  const { t } = useTranslation();
  return (
    <Alert color="green" title={t('research.device.issued', { label: token.label })}>
      <Stack gap="sm">
        <Text size="sm">{t('research.device.scan')}</Text>
        <Image src={token.qrCode} alt={t('research.device.qrAlt')} w={240} h={240} fit="contain" />
        <Text size="sm">{t('research.device.orType')}</Text>
        <Code block dir="ltr" data-testid="server-url">
          {token.serverUrl}
        </Code>
        <Text size="sm" fw={600}>
          {t('research.device.once')}
        </Text>
      </Stack>
    </Alert>
  );
}

/** A researcher's device tokens for ODK Collect or KoBoCollect: issue one (shown once, as a QR code), revoke one. */
export function DeviceTokenPage() {
  const { t, i18n } = useTranslation();
  const title = t('research.device.title');
  usePageTitle(title);
  const queryClient = useQueryClient();
  const tokens = useDeviceTokens();
  const [label, setLabel] = useState('');
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['research-device-tokens'] });
  const issue = useMutation({ mutationFn: issueDeviceToken, onSuccess: refresh });
  const revoke = useMutation({ mutationFn: revokeDeviceToken, onSuccess: refresh });
  const language = i18n.resolvedLanguage ?? 'en';
  return (
    <Stack gap="md" maw={760}>
      <Title order={1}>{title}</Title>
      <Text>{t('research.device.intro')}</Text>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          issue.mutate(label.trim());
        }}
      >
        <Group align="flex-end">
          <TextInput
            label={t('research.device.label')}
            description={t('research.device.labelHint')}
            value={label}
            onChange={(e) => setLabel(e.currentTarget.value)}
            required
            maxLength={100}
          />
          <Button type="submit" loading={issue.isPending} disabled={!label.trim()}>
            {t('research.device.issue')}
          </Button>
        </Group>
      </form>
      {issue.error && <QueryError error={issue.error} />}
      {issue.data && <Issued token={issue.data} />}
      <Title order={2}>{t('research.device.list')}</Title>
      {tokens.error && <QueryError error={tokens.error} onRetry={() => void tokens.refetch()} />}
      {!tokens.data && !tokens.error && <PageLoader />}
      {tokens.data && (
        <SimpleTable
          caption={t('research.device.list')}
          rows={tokens.data.items}
          rowKey={(d) => d.id}
          empty={t('research.device.none')}
          columns={[
            { key: 'label', header: t('research.device.label'), render: (d) => <bdi>{d.label}</bdi> },
            {
              key: 'createdAt',
              header: t('research.device.created'),
              render: (d) => formatDateTime(d.createdAt, language),
            },
            {
              key: 'state',
              header: t('research.device.state'),
              render: (d) =>
                d.revokedAt ? (
                  t('research.device.revokedOn', { date: formatDateTime(d.revokedAt, language) })
                ) : (
                  <Button
                    size="compact-sm"
                    variant="outline"
                    color="red.9"
                    onClick={() => revoke.mutate(d.id)}
                    aria-label={t('research.device.revokeNamed', { label: d.label })}
                  >
                    {t('research.device.revoke')}
                  </Button>
                ),
            },
          ]}
        />
      )}
    </Stack>
  );
}
