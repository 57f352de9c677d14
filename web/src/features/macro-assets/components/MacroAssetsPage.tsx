import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable, type Column } from '../../../components/DataTable';
import { FilterSelect } from '../../../components/FilterSelect';
import { ForbiddenPage } from '../../../components/ForbiddenPage';
import { ListBody } from '../../../components/ListBody';
import { isForbiddenError } from '../../../lib/api';
import { valueLabel } from '../../../lib/labels';
import { formatPounds } from '../../../lib/money';
import { useListParams } from '../../../lib/useListParams';
import { usePageTitle } from '../../../lib/usePageTitle';
import { macroAssetFilterKeys, macroAssetKinds, useMacroAssets, type MacroAsset } from '../api/macroAssets';

/** The capital investment projects, each linking to its page of opportunities, local supply and gaps. */
export function MacroAssetsPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('macroAssets.title'));
  const { query, setPage, setSort, setSearch, setFilters } = useListParams({
    sort: 'name',
    filters: macroAssetFilterKeys,
  });
  const result = useMacroAssets(query);
  if (isForbiddenError(result.error)) return <ForbiddenPage />;
  const language = i18n.resolvedLanguage ?? 'en';

  const columns: Column<MacroAsset>[] = [
    {
      key: 'name',
      header: t('macroAssets.name'),
      sortField: 'name',
      render: (asset) => (
        <Anchor component={Link} to={`/assets/macro-assets/${encodeURIComponent(asset.slug)}`} fz="inherit">
          <bdi>{asset.name}</bdi>
        </Anchor>
      ),
    },
    {
      key: 'kind',
      header: t('macroAssets.kind'),
      sortField: 'kind',
      render: (asset) => valueLabel(t, 'macroAssets.kinds', asset.kind),
    },
    { key: 'owner', header: t('macroAssets.owner'), render: (asset) => <bdi>{asset.owner.name}</bdi> },
    {
      key: 'value',
      header: t('macroAssets.value'),
      sortField: 'investmentValue',
      render: (asset) => formatPounds(asset.investmentValue, language) ?? t('macroAssets.noValue'),
    },
    {
      key: 'status',
      header: t('macroAssets.status'),
      sortField: 'status',
      render: (asset) => valueLabel(t, 'macroAssets.statuses', asset.status),
    },
  ];

  return (
    <Stack gap="md">
      <Title order={1}>{t('macroAssets.title')}</Title>
      <Text>{t('macroAssets.intro')}</Text>
      <ListBody result={result}>
        {(data) => (
          <DataTable
            caption={t('macroAssets.caption')}
            columns={columns}
            rows={data.items}
            rowKey={(asset) => asset.id}
            total={data.total}
            page={query.page}
            pageSize={query.pageSize}
            onPageChange={setPage}
            sort={query.sort}
            onSortChange={setSort}
            search={{ value: query.q ?? '', onChange: setSearch }}
            toolbar={
              <FilterSelect
                label={t('macroAssets.kind')}
                value={String(query.kind ?? '')}
                onChange={(kind) => setFilters({ kind })}
                options={macroAssetKinds.map((kind) => ({
                  value: kind,
                  label: valueLabel(t, 'macroAssets.kinds', kind),
                }))}
              />
            }
            loading={result.isFetching}
            minWidth={720}
          />
        )}
      </ListBody>
    </Stack>
  );
}
