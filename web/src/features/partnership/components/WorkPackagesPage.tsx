import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable, type Column } from '../../../components/DataTable';
import { FilterSelect } from '../../../components/FilterSelect';
import { ForbiddenPage } from '../../../components/ForbiddenPage';
import { ListBody } from '../../../components/ListBody';
import { isForbiddenError } from '../../../lib/api';
import { useListParams } from '../../../lib/useListParams';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useWorkPackageList, workPackageFilterKeys, type WorkPackage } from '../api/governance';

/** Work packages and their lead partners; each opens on its members, objectives, milestones, tasks and feed. */
export function WorkPackagesPage() {
  const { t } = useTranslation();
  const title = t('coordination.workPackages.title');
  usePageTitle(title);
  const { query, setPage, setSort, setSearch, setFilters } = useListParams({
    sort: 'code',
    filters: workPackageFilterKeys,
  });
  const result = useWorkPackageList(query);
  // lead partners to filter by: every work package's lead (there are only a handful of work packages)
  const all = useWorkPackageList({ page: 1, pageSize: 100, sort: 'code' });
  const leads = new Map((all.data?.items ?? []).map((w) => [w.lead.slug, w.lead.name]));
  if (isForbiddenError(result.error)) return <ForbiddenPage />;
  const columns: Column<WorkPackage>[] = [
    { key: 'code', header: t('coordination.workPackages.code'), sortField: 'code', render: (w) => w.code },
    {
      key: 'name',
      header: t('coordination.workPackages.name'),
      sortField: 'name',
      render: (w) => (
        <Anchor component={Link} to={`/partnership/work-packages/${encodeURIComponent(w.slug)}`} fz="inherit">
          <bdi>{w.name}</bdi>
        </Anchor>
      ),
    },
    { key: 'lead', header: t('coordination.workPackages.lead'), render: (w) => <bdi>{w.lead.name}</bdi> },
  ];
  return (
    <Stack gap="md">
      <Title order={1}>{title}</Title>
      <Text>{t('coordination.workPackages.intro')}</Text>
      <FilterSelect
        label={t('coordination.workPackages.lead')}
        value={String(query.lead ?? '')}
        onChange={(lead) => setFilters({ lead })}
        options={[...leads].map(([value, label]) => ({ value, label }))}
      />
      <ListBody result={result}>
        {(data) => (
          <DataTable
            caption={title}
            columns={columns}
            rows={data.items}
            rowKey={(w) => w.id}
            total={data.total}
            page={query.page}
            pageSize={query.pageSize}
            onPageChange={setPage}
            sort={query.sort}
            onSortChange={setSort}
            search={{ value: query.q ?? '', onChange: setSearch }}
            loading={result.isFetching}
          />
        )}
      </ListBody>
    </Stack>
  );
}
