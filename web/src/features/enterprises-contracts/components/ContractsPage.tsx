import { Anchor, Button, Group, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable, type Column } from '../../../components/DataTable';
import { FilterSelect } from '../../../components/FilterSelect';
import { ListBody } from '../../../components/ListBody';
import { can, useSignedInUser } from '../../../lib/session';
import { useListParams } from '../../../lib/useListParams';
import { usePageTitle } from '../../../lib/usePageTitle';
import { contractFilterKeys, useContracts, type ContractSummary } from '../api/contracts';
import { formatPounds } from '../../../lib/money';

const markets = ['health_social_care', 'creative', 'built_environment', 'food', 'retail', 'other'];

/** Contracts and grants: search, filters (kind, market, status), sort and paging, all in the address bar. */
export function ContractsPage() {
  const { t, i18n } = useTranslation();
  const title = t('enterprisesContracts.list.title');
  usePageTitle(title);
  const { query, setPage, setSort, setSearch, setFilters } = useListParams({
    sort: '-createdAt',
    filters: contractFilterKeys,
  });
  const result = useContracts(query);
  const user = useSignedInUser();
  const lang = i18n.resolvedLanguage ?? 'en';
  const columns: Column<ContractSummary>[] = [
    {
      key: 'title',
      header: t('enterprisesContracts.fields.title'),
      sortField: 'title',
      render: (c) => (
        <Anchor component={Link} to={`/enterprises/contracts/${encodeURIComponent(c.id)}`} fz="inherit">
          <bdi>{c.title}</bdi>
        </Anchor>
      ),
    },
    {
      key: 'kind',
      header: t('enterprisesContracts.fields.kind'),
      render: (c) => t(`enterprisesContracts.kinds.${c.kind}`),
    },
    { key: 'partner', header: t('enterprisesContracts.fields.publisher'), render: (c) => <bdi>{c.partner.name}</bdi> },
    { key: 'market', header: t('enterprisesContracts.fields.market'), render: (c) => c.market },
    {
      key: 'value',
      header: t('enterprisesContracts.fields.value'),
      sortField: 'value',
      render: (c) => formatPounds(c.value, lang) ?? '—',
    },
    { key: 'area', header: t('enterprisesContracts.fields.area'), render: (c) => c.area?.name ?? '—' },
    {
      key: 'closesOn',
      header: t('enterprisesContracts.fields.closesOn'),
      sortField: 'closesOn',
      render: (c) => c.closesOn ?? '—',
    },
    { key: 'status', header: t('enterprisesContracts.fields.status'), render: (c) => c.status },
  ];
  return (
    <Stack gap="md">
      <Group justify="space-between" align="center">
        <Title order={1}>{title}</Title>
        {can(user, 'contracts.create') && (
          <Button component={Link} to="/enterprises/contracts/new">
            {t('enterprisesContracts.form.newTitle')}
          </Button>
        )}
      </Group>
      <Group gap="sm" align="end">
        <FilterSelect
          label={t('enterprisesContracts.fields.kind')}
          value={String(query.kind ?? '')}
          onChange={(kind) => setFilters({ kind })}
          options={['contract', 'grant'].map((k) => ({ value: k, label: t(`enterprisesContracts.kinds.${k}`) }))}
        />
        <FilterSelect
          label={t('enterprisesContracts.fields.market')}
          value={String(query.market ?? '')}
          onChange={(market) => setFilters({ market })}
          options={markets.map((m) => ({ value: m, label: m }))}
        />
        <FilterSelect
          label={t('enterprisesContracts.fields.status')}
          value={String(query.status ?? '')}
          onChange={(status) => setFilters({ status })}
          options={['draft', 'open', 'closed', 'filled', 'cancelled'].map((s) => ({ value: s, label: s }))}
        />
      </Group>
      <ListBody result={result}>
        {(data) => (
          <DataTable
            caption={title}
            columns={columns}
            rows={data.items}
            rowKey={(c) => c.id}
            total={data.total}
            page={query.page}
            pageSize={query.pageSize}
            onPageChange={setPage}
            sort={query.sort}
            onSortChange={setSort}
            search={{ value: query.q ?? '', onChange: setSearch }}
            loading={result.isFetching}
            minWidth={900}
          />
        )}
      </ListBody>
    </Stack>
  );
}
