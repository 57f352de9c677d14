import { Anchor, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable, type Column } from '../../../components/DataTable';
import { FilterSelect } from '../../../components/FilterSelect';
import { ListBody } from '../../../components/ListBody';
import { formatDate } from '../../../lib/format';
import { valueLabel } from '../../../lib/labels';
import { useListParams } from '../../../lib/useListParams';
import {
  opportunityKinds,
  opportunityStatuses,
  reachFilterKeys,
  useAreaOpportunities,
  type ReachingOpportunity,
} from '../api/areas';

/** The opportunities that reach the area, and why each does; paged, searchable and sortable in the address bar. */
export function AreaOpportunities({ slug }: { slug: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  const { query, setPage, setSort, setSearch, setFilters } = useListParams({
    sort: 'closesOn',
    filters: reachFilterKeys,
  });
  const result = useAreaOpportunities(slug, query);

  const columns: Column<ReachingOpportunity>[] = [
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
    {
      key: 'kind',
      header: t('opportunities.kind'),
      sortField: 'kind',
      render: (o) => valueLabel(t, 'opportunities.kinds', o.kind),
    },
    {
      key: 'publisher',
      header: t('opportunities.publisher'),
      render: (o) => <bdi>{o.macroAsset?.name ?? o.publisher.name}</bdi>,
    },
    { key: 'reach', header: t('area.reach'), render: (o) => valueLabel(t, 'area.reaches', o.reach) },
    {
      key: 'closesOn',
      header: t('opportunities.closesOn'),
      sortField: 'closesOn',
      render: (o) => (o.closesOn ? formatDate(o.closesOn, language) : t('opportunity.none')),
    },
  ];

  return (
    <Stack component="section" gap="sm" aria-labelledby="area-opportunities">
      <Title order={2} size="h3" id="area-opportunities">
        {t('area.opportunitiesTitle')}
      </Title>
      <Text>{t('area.opportunitiesIntro')}</Text>
      <Group align="flex-end" gap="sm">
        <FilterSelect
          label={t('opportunities.kind')}
          value={String(query.kind ?? '')}
          onChange={(kind) => setFilters({ kind })}
          options={opportunityKinds.map((k) => ({ value: k, label: valueLabel(t, 'opportunities.kinds', k) }))}
        />
        {/* The server shows open ones unless asked otherwise, so there is no "any" here. */}
        <NativeSelect
          label={t('opportunities.status')}
          value={String(query.status || 'open')}
          onChange={(event) => setFilters({ status: event.currentTarget.value })}
          data={opportunityStatuses.map((s) => ({ value: s, label: valueLabel(t, 'opportunities.statuses', s) }))}
          w={{ base: '100%', xs: 220 }}
        />
      </Group>
      <ListBody result={result}>
        {(data) => (
          <DataTable
            caption={t('area.opportunitiesCaption')}
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
            minWidth={760}
          />
        )}
      </ListBody>
    </Stack>
  );
}
