import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable, type Column } from '../../../components/DataTable';
import { ForbiddenPage } from '../../../components/ForbiddenPage';
import { ListBody } from '../../../components/ListBody';
import { isForbiddenError } from '../../../lib/api';
import { formatDate } from '../../../lib/format';
import { valueLabel } from '../../../lib/labels';
import { formatPounds } from '../../../lib/money';
import { can, useSignedInUser } from '../../../lib/session';
import { useListParams } from '../../../lib/useListParams';
import { usePageTitle } from '../../../lib/usePageTitle';
import { opportunityFilterKeys, useOpportunities, type Opportunity } from '../api/opportunities';
import { OpportunityFilters } from './OpportunityFilters';

/** Everything macro-assets and partners offer: vacancies, training places, contracts, grants, spaces. */
export function OpportunitiesPage() {
  const { t, i18n } = useTranslation();
  const user = useSignedInUser();
  usePageTitle(t('opportunities.title'));
  const { query, setPage, setSort, setSearch, setFilters } = useListParams({
    sort: '-createdAt',
    filters: opportunityFilterKeys,
  });
  const result = useOpportunities(query);
  if (isForbiddenError(result.error)) return <ForbiddenPage />;
  const language = i18n.resolvedLanguage ?? 'en';

  const columns: Column<Opportunity>[] = [
    {
      key: 'title',
      header: t('opportunities.titleField'),
      sortField: 'title',
      render: (o) => (
        <Anchor component={Link} to={`/assets/opportunities/${encodeURIComponent(o.id)}`} fz="inherit">
          <bdi>{o.title}</bdi>
        </Anchor>
      ),
    },
    { key: 'kind', header: t('opportunities.kind'), render: (o) => valueLabel(t, 'opportunities.kinds', o.kind) },
    {
      key: 'publisher',
      header: t('opportunities.publisher'),
      render: (o) => <bdi>{o.publisher.macroAsset?.name ?? o.publisher.partner.name}</bdi>,
    },
    { key: 'area', header: t('opportunities.area'), render: (o) => (o.area ? <bdi>{o.area.name}</bdi> : '—') },
    {
      key: 'value',
      header: t('opportunities.value'),
      sortField: 'value',
      render: (o) => formatPounds(o.value, language) ?? '—',
    },
    {
      key: 'closesOn',
      header: t('opportunities.closesOn'),
      sortField: 'closesOn',
      render: (o) => (o.closesOn ? formatDate(o.closesOn, language) : '—'),
    },
    {
      key: 'status',
      header: t('opportunities.status'),
      render: (o) => valueLabel(t, 'opportunities.statuses', o.status),
    },
  ];

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{t('opportunities.title')}</Title>
        {can(user, 'opportunities.create') && (
          <Button component={Link} to="/assets/opportunities/new">
            {t('opportunities.new')}
          </Button>
        )}
      </Group>
      <Text>{t('opportunities.intro')}</Text>
      <OpportunityFilters query={query} onChange={setFilters} />
      <ListBody result={result}>
        {(data) => (
          <DataTable
            caption={t('opportunities.caption')}
            columns={columns}
            rows={data.items}
            rowKey={(o) => o.id}
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
