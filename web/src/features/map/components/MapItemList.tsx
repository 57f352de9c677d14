import { Anchor, Button, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Count } from '../../../components/Count';
import { SimpleTable } from '../../../components/SimpleTable';
import { valueLabel } from '../../../lib/labels';
import type { MapArea, MapData, MapLayer } from '../api/map';
import { pointHref, pointItems, pointLayers, type PointItem } from './mapItems';

const shown = 50;

type Props = {
  data: MapData | undefined;
  layers: MapLayer[];
  onSelectArea: (area: MapArea) => void;
  onSelectPoint: (item: PointItem) => void;
};

/**
 * The same items as the map, as tables: the way to use the map by keyboard or screen reader, and a quick index
 * for everyone. "Show on map" selects the item and moves the map to it.
 */
export function MapItemList({ data, layers, onSelectArea, onSelectPoint }: Props) {
  const { t } = useTranslation();
  const points = pointItems(data, layers);
  const kindPrefix = (layer: PointItem['layer']) => (layer === 'sites' ? 'map.siteKinds' : `${layer}.kinds`);

  return (
    <Stack component="section" gap="md" aria-labelledby="map-list-heading">
      <Title order={2} size="h3" id="map-list-heading">
        {t('map.listTitle')}
      </Title>
      <Text size="sm">{t('map.listIntro')}</Text>
      {layers.includes('areas') && data && (
        <Layer title={t('map.layers.areas')} count={data.areas.length}>
          <SimpleTable<MapArea>
            caption={t('map.layers.areas')}
            rows={data.areas}
            rowKey={(area) => area.id}
            empty={t('map.noneInView')}
            minWidth={560}
            columns={[
              { key: 'name', header: t('map.columns.area'), render: (area) => <bdi>{area.name}</bdi> },
              {
                key: 'residents',
                header: t('map.columns.residentAssets'),
                render: (area) => <Count value={area.counts.residentAssets} />,
              },
              {
                key: 'micro',
                header: t('map.columns.microAssets'),
                render: (area) => <Count value={area.counts.microAssets} />,
              },
              {
                key: 'opportunities',
                header: t('map.columns.opportunities'),
                render: (area) => <Count value={area.counts.opportunities} />,
              },
              {
                key: 'show',
                header: t('map.columns.map'),
                render: (area) => <ShowButton name={area.name} onClick={() => onSelectArea(area)} />,
              },
            ]}
          />
        </Layer>
      )}
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        {pointLayers
          .filter((layer) => layers.includes(layer))
          .map((layer) => {
            const items = points.filter((item) => item.layer === layer);
            return (
              <Layer key={layer} title={t(`map.layers.${layer}`)} count={items.length}>
                <SimpleTable<PointItem>
                  caption={t(`map.layers.${layer}`)}
                  rows={items.slice(0, shown)}
                  rowKey={(item) => item.id}
                  empty={t('map.noneInView')}
                  minWidth={360}
                  columns={[
                    { key: 'name', header: t('map.columns.name'), render: (item) => <ItemName item={item} /> },
                    {
                      key: 'kind',
                      header: t('map.kind'),
                      render: (item) => valueLabel(t, kindPrefix(layer), item.kind),
                    },
                    {
                      key: 'show',
                      header: t('map.columns.map'),
                      render: (item) => <ShowButton name={item.name} onClick={() => onSelectPoint(item)} />,
                    },
                  ]}
                />
                {items.length > shown && <Text size="sm">{t('map.more', { count: items.length - shown })}</Text>}
              </Layer>
            );
          })}
      </SimpleGrid>
    </Stack>
  );
}

function ItemName({ item }: { item: PointItem }) {
  const href = pointHref(item);
  return href ? (
    <Anchor component={Link} to={href} fz="inherit">
      <bdi>{item.name}</bdi>
    </Anchor>
  ) : (
    <bdi>{item.name}</bdi>
  );
}

function Layer({ title, count, children }: { title: string; count: number; children: ReactNode }) {
  return (
    <Stack gap={4} miw={0}>
      <Title order={3} size="h5">
        {title} ({count})
      </Title>
      {children}
    </Stack>
  );
}

function ShowButton({ name, onClick }: { name: string; onClick: () => void }) {
  const { t } = useTranslation();
  return (
    <Button variant="light" size="compact-sm" onClick={onClick} aria-label={t('map.showOnMapNamed', { name })}>
      {t('map.showOnMap')}
    </Button>
  );
}
