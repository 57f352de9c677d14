import { Drawer, Paper, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageLoader } from '../../../components/PageLoader';
import { QueryError } from '../../../components/QueryError';
import { usePageTitle } from '../../../lib/usePageTitle';
import { mapLayers, useMapData, type MapLayer } from '../api/map';
import { MapControls } from './MapControls';
import { MapItemList } from './MapItemList';
import { MapItemPanel } from './MapItemPanel';
import { MapStatus } from './MapStatus';
import { itemKey } from './mapItems';
import { useMapSelection } from './useMapSelection';
import classes from './MapPage.module.css';

// Leaflet and the cluster plugin load with this page only.
const MapView = lazy(() => import('./MapView'));

function parseLayers(raw: string | null): MapLayer[] {
  if (raw === null) return [...mapLayers];
  const wanted = raw.split(',');
  return mapLayers.filter((layer) => wanted.includes(layer));
}

/** /assets/map: the asset graph on a map, with layer switches, search, a side panel and a list alternative. */
export function MapPage() {
  const { t } = useTranslation();
  usePageTitle(t('map.title'));
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const kind = params.get('kind') ?? '';
  // Layer switches are local state so a checkbox answers at once; ?layers= only sets the first view.
  const [layers, setLayers] = useState(() => parseLayers(params.get('layers')));
  const [bbox, setBbox] = useState<string | null>(null);
  const isPhone = useMediaQuery('(max-width: 47.99em)') ?? false;
  const { selection, focus, selectArea, selectPoint, clear } = useMapSelection();
  const result = useMapData({ bbox, layers, q, kind });
  const selectedKey = selection?.type === 'area' ? `areas:${selection.id}` : selection ? itemKey(selection.item) : null;

  function setParam(key: string, value: string | null) {
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value === null || value === '') next.delete(key);
        else next.set(key, value);
        return next;
      },
      { replace: true },
    );
  }

  const panel = selection && <MapItemPanel selection={selection} data={result.data} onClose={clear} />;

  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Title order={1}>{t('map.title')}</Title>
        <Text maw={820}>{t('map.intro')}</Text>
      </Stack>
      <MapControls
        layers={layers}
        onLayersChange={setLayers}
        q={q}
        onSearch={(text) => setParam('q', text)}
        kind={kind}
        onKindChange={(next) => setParam('kind', next)}
      />
      {result.error && <QueryError error={result.error} onRetry={() => void result.refetch()} />}
      <MapStatus data={result.data} layers={layers} loading={result.isFetching} />
      <div className={classes.layout} data-with-panel={(selection && !isPhone) || undefined}>
        <Suspense fallback={<PageLoader />}>
          <MapView
            data={result.data}
            layers={layers}
            selectedKey={selectedKey}
            focus={focus}
            height={isPhone ? '60vh' : 560}
            onBboxChange={setBbox}
            onSelectPoint={(item) => selectPoint(item)}
            onSelectArea={(area) => selectArea(area)}
          />
        </Suspense>
        {!isPhone && selection && (
          <Paper withBorder p="md" component="aside" aria-label={t('map.panelLabel')} className={classes.panel}>
            {panel}
          </Paper>
        )}
      </div>
      <Drawer
        opened={isPhone && selection !== null}
        onClose={clear}
        position="bottom"
        size="auto"
        title={selection?.type === 'area' ? selection.name : selection?.item.name}
        closeButtonProps={{ 'aria-label': t('map.closePanel') }}
      >
        {selection && <MapItemPanel selection={selection} data={result.data} withHeading={false} />}
      </Drawer>
      <MapItemList
        data={result.data}
        layers={layers}
        onSelectArea={(area) => selectArea(area, true)}
        onSelectPoint={(item) => selectPoint(item, true)}
      />
    </Stack>
  );
}
