import { Anchor, Badge, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../lib/format';
import { fieldDb, useLiveQuery, type OutboxStatus } from '../offline/db';

const colour: Record<OutboxStatus, string> = {
  queued: 'orange.9',
  syncing: 'blue.9',
  synced: 'green.9',
  failed: 'red.9',
};

/**
 * Responses on this device, newest first, with their sync status (and why a failed one failed). An incomplete
 * one can be continued from here (its answers stay on the device until it is finished).
 */
export function Outbox() {
  const { t, i18n } = useTranslation();
  const entries = useLiveQuery(() => fieldDb().outbox.orderBy('createdAt').reverse().limit(200).toArray(), []);
  if (!entries) return null;
  if (entries.length === 0) return <Text>{t('research.outbox.empty')}</Text>;
  const language = i18n.resolvedLanguage ?? 'en';
  return (
    <Table.ScrollContainer
      minWidth={560}
      type="native"
      tabIndex={0}
      role="region"
      aria-label={t('research.collect.outbox')}
    >
      <Table striped>
        <caption>
          <VisuallyHidden>{t('research.collect.outbox')}</VisuallyHidden>
        </caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('research.outbox.form')}</Table.Th>
            <Table.Th scope="col">{t('research.outbox.savedAt')}</Table.Th>
            <Table.Th scope="col">{t('research.outbox.kind')}</Table.Th>
            <Table.Th scope="col">{t('research.outbox.status')}</Table.Th>
            <Table.Th scope="col">{t('research.outbox.voucher')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((e) => (
            <Table.Tr key={e.instanceId} data-testid="outbox-row" data-status={e.status}>
              <Table.Td>
                <bdi>{e.formTitle}</bdi>
              </Table.Td>
              <Table.Td>{formatDateTime(e.createdAt, language)}</Table.Td>
              <Table.Td>
                {t(e.complete ? 'research.outbox.complete' : 'research.outbox.incomplete')} ·{' '}
                {t(`research.channels.${e.channel}`)}
                {!e.complete && e.xml && (
                  <Anchor
                    component={Link}
                    display="block"
                    size="sm"
                    to={`/research/collect/${encodeURIComponent(e.formId)}?draft=${encodeURIComponent(e.instanceId)}`}
                    aria-label={t('research.outbox.continueLabel', { form: e.formTitle })}
                  >
                    {t('research.outbox.continue')}
                  </Anchor>
                )}
              </Table.Td>
              <Table.Td>
                <Badge color={colour[e.status]} variant="filled" size="sm">
                  {t(`research.outbox.statuses.${e.status}`)}
                </Badge>
                {e.error && (
                  <Text size="xs" mt={4}>
                    {e.error === 'network_error' ? t('research.outbox.noConnection') : e.error}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{e.credited ? t('research.outbox.credited') : '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
