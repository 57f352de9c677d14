import { Badge, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DataTable, type Column } from '../../../components/DataTable';
import { FilterSelect } from '../../../components/FilterSelect';
import { ListBody } from '../../../components/ListBody';
import { formatDateTime } from '../../../lib/format';
import { useListParams } from '../../../lib/useListParams';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useForms } from '../api/forms';
import { submissionFilterKeys, useSubmissions, type Submission } from '../api/submissions';

/** Responses to a chosen form, newest first: complete or partial, by channel and language. */
export function ResponsesPage() {
  const { t, i18n } = useTranslation();
  const title = t('research.responses.title');
  usePageTitle(title);
  const { query, setPage, setSort, setSearch, setFilters } = useListParams({
    sort: '-receivedAt',
    filters: submissionFilterKeys,
  });
  const forms = useForms({ page: 1, pageSize: 100, sort: 'title' });
  const result = useSubmissions(query);
  const language = i18n.resolvedLanguage ?? 'en';
  const columns: Column<Submission>[] = [
    {
      key: 'receivedAt',
      header: t('research.responses.receivedAt'),
      sortField: 'receivedAt',
      render: (s) => formatDateTime(s.receivedAt, language),
    },
    {
      key: 'complete',
      header: t('research.responses.state'),
      render: (s) => (
        <Badge color={s.complete ? 'green.9' : 'orange.9'} variant="filled" size="sm">
          {t(s.complete ? 'research.outbox.complete' : 'research.outbox.incomplete')}
        </Badge>
      ),
    },
    { key: 'channel', header: t('research.responses.channel'), render: (s) => t(`research.channels.${s.channel}`) },
    { key: 'language', header: t('research.responses.language'), render: (s) => <bdi>{s.language ?? '—'}</bdi> },
    { key: 'version', header: t('research.form.version'), render: (s) => <bdi>{s.version}</bdi> },
    {
      key: 'instanceId',
      header: t('research.responses.instanceId'),
      sortField: 'instanceId',
      render: (s) => <code>{s.instanceId}</code>,
    },
    {
      key: 'mine',
      header: t('research.responses.mine'),
      render: (s) => t(s.mine ? 'research.form.yes' : 'research.form.no'),
    },
  ];
  return (
    <Stack gap="md">
      <Title order={1}>{title}</Title>
      <Text>{t('research.responses.intro')}</Text>
      <FilterSelect
        label={t('research.responses.form')}
        value={String(query.form ?? '')}
        onChange={(form) => setFilters({ form })}
        options={(forms.data?.items ?? []).map((f) => ({ value: f.id, label: f.title }))}
      />
      <FilterSelect
        label={t('research.responses.state')}
        value={String(query.complete ?? '')}
        onChange={(complete) => setFilters({ complete })}
        options={[
          { value: 'true', label: t('research.outbox.complete') },
          { value: 'false', label: t('research.outbox.incomplete') },
        ]}
      />
      {!query.form ? (
        <Text>{t('research.responses.pickForm')}</Text>
      ) : (
        <ListBody result={result}>
          {(data) => (
            <DataTable
              caption={title}
              columns={columns}
              rows={data.items}
              rowKey={(s) => s.id}
              total={data.total}
              page={query.page}
              pageSize={query.pageSize}
              onPageChange={setPage}
              sort={query.sort}
              onSortChange={setSort}
              search={{ value: query.q ?? '', onChange: setSearch }}
              loading={result.isFetching}
              minWidth={860}
            />
          )}
        </ListBody>
      )}
    </Stack>
  );
}
