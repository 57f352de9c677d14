import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable, type Column } from '../../../components/DataTable';
import { FilterSelect } from '../../../components/FilterSelect';
import { ListBody } from '../../../components/ListBody';
import { useListParams } from '../../../lib/useListParams';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useConsortia, type ConsortiumSummary } from '../api/consortia';
import { labelIn, useReference } from '../api/directory';

/** Consortia by market, with their lead, capabilities and size. */
export function ConsortiaPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const title = t('enterprises.consortia.title');
  usePageTitle(title);
  const { query, setPage, setSort, setSearch, setFilters } = useListParams({ sort: 'name', filters: ['market'] });
  const result = useConsortia(query);
  const { data: ref } = useReference();
  const columns: Column<ConsortiumSummary>[] = [
    {
      key: 'name',
      header: t('enterprises.fields.name'),
      sortField: 'name',
      render: (c) => (
        <Anchor component={Link} to={`/enterprises/consortia/${encodeURIComponent(c.id)}`} fz="inherit">
          <bdi>{c.name}</bdi>
        </Anchor>
      ),
    },
    {
      key: 'market',
      header: t('enterprises.fields.market'),
      sortField: 'market',
      render: (c) => labelIn(ref, 'markets', c.market, lang),
    },
    { key: 'lead', header: t('enterprises.consortia.lead'), render: (c) => c.lead?.name ?? '—' },
    { key: 'members', header: t('enterprises.consortia.members'), render: (c) => c.memberCount },
    { key: 'capabilities', header: t('enterprises.consortia.capabilities'), render: (c) => c.capabilities.join(', ') },
  ];
  return (
    <Stack gap="md">
      <Title order={1}>{title}</Title>
      <Text>{t('enterprises.consortia.intro')}</Text>
      <FilterSelect
        label={t('enterprises.fields.market')}
        value={String(query.market ?? '')}
        onChange={(market) => setFilters({ market })}
        options={(ref?.markets ?? []).map((m) => ({ value: m.code, label: labelIn(ref, 'markets', m.code, lang) }))}
      />
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
            minWidth={800}
          />
        )}
      </ListBody>
    </Stack>
  );
}
