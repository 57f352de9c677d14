import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable, type Column } from '../../../components/DataTable';
import { FilterSelect } from '../../../components/FilterSelect';
import { ListBody } from '../../../components/ListBody';
import { useListParams } from '../../../lib/useListParams';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useNetwork, type NetworkMember } from '../api/network';
import { markets } from './choices';

/** The social-enterprise network's members: search, filters by market and status, sort, paging. */
export function NetworkPage() {
  const { t } = useTranslation();
  const title = t('network.title');
  usePageTitle(title);
  const { query, setPage, setSort, setSearch, setFilters } = useListParams({
    sort: 'name',
    filters: ['market', 'status'],
  });
  const result = useNetwork(query);
  const columns: Column<NetworkMember>[] = [
    {
      key: 'name',
      header: t('mentors.name'),
      sortField: 'name',
      render: (m) => (
        <Anchor component={Link} to={`/enterprises/e/${m.id}`} fz="inherit">
          <bdi>{m.name}</bdi>
        </Anchor>
      ),
    },
    {
      key: 'markets',
      header: t('network.markets'),
      render: (m) => m.markets.map((x) => t(`startups.markets.${x}`)).join(', '),
    },
    { key: 'area', header: t('startups.area'), render: (m) => m.area ?? '—' },
    { key: 'joinedOn', header: t('network.joinedOn'), sortField: 'joinedOn', render: (m) => m.joinedOn },
    { key: 'status', header: t('startups.status'), render: (m) => t(`network.statuses.${m.status}`) },
  ];
  return (
    <Stack gap="md">
      <Title order={1}>{title}</Title>
      <Text>{t('network.intro')}</Text>
      <Group align="flex-end">
        <FilterSelect
          label={t('network.market')}
          value={String(query.market ?? '')}
          onChange={(market) => setFilters({ market })}
          options={markets.map((m) => ({ value: m, label: t(`startups.markets.${m}`) }))}
        />
        <FilterSelect
          label={t('startups.status')}
          value={String(query.status ?? '')}
          onChange={(status) => setFilters({ status })}
          options={['active', 'lapsed'].map((s) => ({ value: s, label: t(`network.statuses.${s}`) }))}
        />
      </Group>
      <ListBody result={result}>
        {(data) => (
          <DataTable
            caption={title}
            columns={columns}
            rows={data.items}
            rowKey={(m) => m.id}
            total={data.total}
            page={query.page}
            pageSize={query.pageSize}
            onPageChange={setPage}
            sort={query.sort}
            onSortChange={setSort}
            search={{ value: query.q ?? '', onChange: setSearch }}
            loading={result.isFetching}
            minWidth={720}
          />
        )}
      </ListBody>
    </Stack>
  );
}
