import { Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DataTable, type Column } from '../../../components/DataTable';
import { FilterSelect } from '../../../components/FilterSelect';
import { ForbiddenPage } from '../../../components/ForbiddenPage';
import { ListBody } from '../../../components/ListBody';
import { isForbiddenError } from '../../../lib/api';
import { formatDateTime } from '../../../lib/format';
import { useListParams } from '../../../lib/useListParams';
import { usePageTitle } from '../../../lib/usePageTitle';
import { activityFilterKeys, activityKinds, useActivity, type ActivityItem } from '../api/referrals';
import { useWorkPackages } from '../api/tasks';

/** What happened across the partnership, per partner and work package, as far as the viewer may see. */
export function ActivityPage() {
  const { t, i18n } = useTranslation();
  const title = t('coordination.activity.title');
  usePageTitle(title);
  const { query, setPage, setSort, setSearch, setFilters } = useListParams({
    sort: '-occurredAt',
    filters: activityFilterKeys,
  });
  const result = useActivity(query);
  const { data: workPackages } = useWorkPackages();
  if (isForbiddenError(result.error)) return <ForbiddenPage />;
  const language = i18n.resolvedLanguage ?? 'en';
  const columns: Column<ActivityItem>[] = [
    {
      key: 'occurredAt',
      header: t('coordination.activity.when'),
      sortField: 'occurredAt',
      render: (e) => formatDateTime(e.occurredAt, language),
    },
    { key: 'kind', header: t('coordination.activity.kind'), render: (e) => t(`coordination.kinds.${e.kind}`) },
    { key: 'summary', header: t('coordination.activity.summary'), render: (e) => <bdi>{e.summary}</bdi> },
    { key: 'partner', header: t('coordination.activity.partner'), render: (e) => <bdi>{e.partner?.name ?? '—'}</bdi> },
    {
      key: 'workPackage',
      header: t('coordination.referrals.workPackage'),
      render: (e) => <bdi>{e.workPackage?.code ?? '—'}</bdi>,
    },
  ];
  return (
    <Stack gap="md">
      <Title order={1}>{title}</Title>
      <Text>{t('coordination.activity.intro')}</Text>
      <Group gap="md" align="flex-end">
        <FilterSelect
          label={t('coordination.activity.kind')}
          value={String(query.kind ?? '')}
          onChange={(kind) => setFilters({ kind })}
          options={activityKinds.map((k) => ({ value: k, label: t(`coordination.kinds.${k}`) }))}
        />
        <FilterSelect
          label={t('coordination.referrals.workPackage')}
          value={String(query.workPackage ?? '')}
          onChange={(workPackage) => setFilters({ workPackage })}
          options={(workPackages?.items ?? []).map((w) => ({ value: w.slug, label: `${w.code} ${w.name}` }))}
        />
      </Group>
      <ListBody result={result}>
        {(data) => (
          <DataTable
            caption={title}
            columns={columns}
            rows={data.items}
            rowKey={(e) => e.id}
            total={data.total}
            page={query.page}
            pageSize={query.pageSize}
            onPageChange={setPage}
            sort={query.sort}
            onSortChange={setSort}
            search={{ value: query.q ?? '', onChange: setSearch }}
            loading={result.isFetching}
            minWidth={760}
          />
        )}
      </ListBody>
    </Stack>
  );
}
