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
import { bodyFilterKeys, bodyKinds, useBodyList, type GovernanceBody } from '../api/governance';

/** The board, the steering group, ad-hoc groups per macro-asset and custom groups the user belongs to. */
export function BodiesPage() {
  const { t } = useTranslation();
  const title = t('coordination.bodies.title');
  usePageTitle(title);
  const { query, setPage, setSort, setSearch, setFilters } = useListParams({ sort: 'name', filters: bodyFilterKeys });
  const result = useBodyList(query);
  if (isForbiddenError(result.error)) return <ForbiddenPage />;
  const columns: Column<GovernanceBody>[] = [
    {
      key: 'name',
      header: t('coordination.bodies.body'),
      sortField: 'name',
      render: (b) => (
        <Anchor component={Link} to={`/partnership/bodies/${encodeURIComponent(b.slug)}`} fz="inherit">
          <bdi>{b.name}</bdi>
        </Anchor>
      ),
    },
    {
      key: 'kind',
      header: t('coordination.bodies.kind'),
      sortField: 'kind',
      render: (b) => t(`coordination.bodyKind.${b.kind}`),
    },
    {
      key: 'macroAsset',
      header: t('coordination.bodies.macroAsset'),
      render: (b) => <bdi>{b.macroAsset?.name ?? '—'}</bdi>,
    },
    { key: 'members', header: t('coordination.bodies.members'), render: (b) => String(b.members.length) },
  ];
  return (
    <Stack gap="md">
      <Title order={1}>{title}</Title>
      <Text>{t('coordination.bodies.intro')}</Text>
      <FilterSelect
        label={t('coordination.bodies.kind')}
        value={String(query.kind ?? '')}
        onChange={(kind) => setFilters({ kind })}
        options={bodyKinds.map((k) => ({ value: k, label: t(`coordination.bodyKind.${k}`) }))}
      />
      <ListBody result={result}>
        {(data) => (
          <DataTable
            caption={title}
            columns={columns}
            rows={data.items}
            rowKey={(b) => b.id}
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
