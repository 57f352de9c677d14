import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable, type Column } from '../../../components/DataTable';
import { FilterSelect } from '../../../components/FilterSelect';
import { ForbiddenPage } from '../../../components/ForbiddenPage';
import { ListBody } from '../../../components/ListBody';
import { isForbiddenError } from '../../../lib/api';
import { formatDate } from '../../../lib/format';
import { useListParams } from '../../../lib/useListParams';
import { usePageTitle } from '../../../lib/usePageTitle';
import { championFilterKeys, useChampions, type Champion } from '../api/library';
import { useWorkPackages } from '../api/tasks';

/** Named champions: people each partner puts forward to speak for the programme. */
export function ChampionsPage() {
  const { t, i18n } = useTranslation();
  const title = t('coordination.champions.title');
  usePageTitle(title);
  const { query, setPage, setSort, setSearch, setFilters } = useListParams({
    sort: 'name',
    filters: championFilterKeys,
  });
  const result = useChampions(query);
  const { data: workPackages } = useWorkPackages();
  if (isForbiddenError(result.error)) return <ForbiddenPage />;
  const columns: Column<Champion>[] = [
    {
      key: 'name',
      header: t('coordination.champions.name'),
      sortField: 'name',
      render: (c) => (
        <Anchor component={Link} to={`/partnership/champions/${encodeURIComponent(c.id)}`} fz="inherit">
          <bdi>{c.name}</bdi>
        </Anchor>
      ),
    },
    { key: 'partner', header: t('coordination.stories.partner'), render: (c) => <bdi>{c.partner.name}</bdi> },
    { key: 'wp', header: t('coordination.referrals.workPackage'), render: (c) => c.workPackage?.code ?? '—' },
    {
      key: 'since',
      header: t('coordination.champions.since'),
      sortField: 'since',
      render: (c) => formatDate(c.since, i18n.resolvedLanguage ?? 'en'),
    },
  ];
  return (
    <Stack gap="md">
      <Title order={1}>{title}</Title>
      <Text>{t('coordination.champions.intro')}</Text>
      <FilterSelect
        label={t('coordination.referrals.workPackage')}
        value={String(query.workPackage ?? '')}
        onChange={(workPackage) => setFilters({ workPackage })}
        options={(workPackages?.items ?? []).map((w) => ({ value: w.slug, label: `${w.code} ${w.name}` }))}
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
          />
        )}
      </ListBody>
    </Stack>
  );
}
