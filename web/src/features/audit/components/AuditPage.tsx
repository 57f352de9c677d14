import { Code, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DataTable, type Column } from '../../../components/DataTable';
import { ForbiddenPage } from '../../../components/ForbiddenPage';
import { ListBody } from '../../../components/ListBody';
import { isForbiddenError } from '../../../lib/api';
import { formatDateTime } from '../../../lib/format';
import { useListParams } from '../../../lib/useListParams';
import { usePageTitle } from '../../../lib/usePageTitle';
import { auditFilterKeys, useAudit, type AuditEvent } from '../api/audit';
import { AuditFilters } from './AuditFilters';

function detailText(detail: unknown): string {
  if (detail === null || detail === undefined) return '';
  const text = typeof detail === 'string' ? detail : JSON.stringify(detail);
  return text === '{}' ? '' : text;
}

export function AuditPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('audit.title'));
  const { query, setPage, setSort, setFilters } = useListParams({ sort: '-at', filters: auditFilterKeys });
  const result = useAudit(query);
  if (isForbiddenError(result.error)) return <ForbiddenPage />;
  const language = i18n.resolvedLanguage ?? 'en';
  const filters = Object.fromEntries(auditFilterKeys.map((key) => [key, String(query[key] ?? '')])) as Record<
    (typeof auditFilterKeys)[number],
    string
  >;

  const columns: Column<AuditEvent>[] = [
    { key: 'at', header: t('audit.at'), sortField: 'at', render: (event) => formatDateTime(event.at, language) },
    {
      key: 'actor',
      header: t('audit.who'),
      render: (event) => (event.actor ? <span dir="ltr">{event.actor.email}</span> : t('audit.system')),
    },
    { key: 'action', header: t('audit.action'), sortField: 'action', render: (event) => <Code>{event.action}</Code> },
    {
      key: 'entity',
      header: t('audit.record'),
      sortField: 'entity',
      render: (event) => (
        <div dir="ltr">
          <div>{event.entity}</div>
          {event.entityId && (
            <Text size="xs" ff="monospace" style={{ wordBreak: 'break-all' }}>
              {event.entityId}
            </Text>
          )}
        </div>
      ),
    },
    { key: 'ip', header: t('audit.ip'), render: (event) => <span dir="ltr">{event.ip ?? ''}</span> },
    {
      key: 'requestId',
      header: t('audit.requestId'),
      render: (event) => (
        <Text size="xs" dir="ltr">
          {event.requestId ?? ''}
        </Text>
      ),
    },
    {
      key: 'detail',
      header: t('audit.detail'),
      render: (event) => (
        <Text size="xs" ff="monospace" dir="ltr" lineClamp={3} maw={320} style={{ wordBreak: 'break-all' }}>
          {detailText(event.detail)}
        </Text>
      ),
    },
  ];

  return (
    <Stack gap="md">
      <Title order={1}>{t('audit.title')}</Title>
      <Text>{t('audit.intro')}</Text>
      <AuditFilters initial={filters} onApply={setFilters} />
      <ListBody result={result}>
        {(data) => (
          <DataTable
            caption={t('audit.caption')}
            columns={columns}
            rows={data.items}
            rowKey={(event) => event.id}
            total={data.total}
            page={query.page}
            pageSize={query.pageSize}
            onPageChange={setPage}
            sort={query.sort}
            onSortChange={setSort}
            loading={result.isFetching}
            minWidth={1000}
          />
        )}
      </ListBody>
    </Stack>
  );
}
