import { Anchor, Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable, type Column } from '../../../components/DataTable';
import { ForbiddenPage } from '../../../components/ForbiddenPage';
import { ListBody } from '../../../components/ListBody';
import { isForbiddenError } from '../../../lib/api';
import { valueLabel } from '../../../lib/labels';
import { can, useSignedInUser } from '../../../lib/session';
import { useListParams } from '../../../lib/useListParams';
import { usePageTitle } from '../../../lib/usePageTitle';
import { microAssetFilterKeys, microAssetPath, useMicroAssets, type MicroAsset } from '../api/microAssets';
import { MicroAssetFilters } from './MicroAssetFilters';
import { OwnerCell, PlaceCell } from './MicroAssetCells';

/** The neighbourhood's own assets: skills, groups, enterprises, buildings and spaces. */
export function MicroAssetsPage() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  usePageTitle(t('microAssets.title'));
  const { query, setPage, setSort, setSearch, setFilters } = useListParams({
    sort: 'name',
    filters: microAssetFilterKeys,
  });
  const result = useMicroAssets(query);
  if (isForbiddenError(result.error)) return <ForbiddenPage />;

  const columns: Column<MicroAsset>[] = [
    {
      key: 'name',
      header: t('microAssets.name'),
      sortField: 'name',
      render: (asset) => (
        <Stack gap={2}>
          <Anchor component={Link} to={microAssetPath(asset.id)} fz="inherit" fw={500}>
            <bdi>{asset.name}</bdi>
          </Anchor>
          {asset.occupation && (
            <Text size="xs">
              <bdi>{asset.occupation.label}</bdi>
            </Text>
          )}
        </Stack>
      ),
    },
    {
      key: 'kind',
      header: t('microAssets.kind'),
      render: (asset) => (
        <>
          {valueLabel(t, 'microAssets.kinds', asset.kind)}
          <Text size="xs">{valueLabel(t, 'microAssets.categories', asset.category)}</Text>
        </>
      ),
    },
    { key: 'owner', header: t('microAssets.owner'), render: (asset) => <OwnerCell asset={asset} /> },
    { key: 'place', header: t('microAssets.place'), render: (asset) => <PlaceCell asset={asset} /> },
    {
      key: 'visibility',
      header: t('microAssets.visibility'),
      render: (asset) => (
        <Group gap={4}>
          {valueLabel(t, 'microAssets.visibilities', asset.visibility)}
          {asset.sensitive && (
            <Badge color="red.9" variant="filled" size="sm">
              {t('microAssets.sensitive')}
            </Badge>
          )}
        </Group>
      ),
    },
    {
      key: 'provenance',
      header: t('microAssets.provenance'),
      render: (asset) => valueLabel(t, 'microAssets.provenances', asset.provenance),
    },
  ];

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{t('microAssets.title')}</Title>
        {can(user, 'micro-assets.create') && (
          <Button component={Link} to="/assets/micro-assets/new">
            {t('microAssets.new')}
          </Button>
        )}
      </Group>
      <Text>{t('microAssets.intro')}</Text>
      <MicroAssetFilters query={query} onChange={setFilters} />
      <ListBody result={result}>
        {(data) => (
          <DataTable
            caption={t('microAssets.caption')}
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
            loading={result.isFetching}
            minWidth={900}
          />
        )}
      </ListBody>
    </Stack>
  );
}
