import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useMap, useMapEvents } from 'react-leaflet';
import { MapCanvas } from '../../../components/map/MapCanvas';
import { formatBbox, type Bounds } from '../../../lib/geo';
import type { MapArea, MapData, MapLayer } from '../api/map';
import { AreaLayer } from './AreaLayer';
import { ClusterLayer } from './ClusterLayer';
import { pointItems, type PointItem } from './mapItems';

export type MapFocus = { key: string; bounds?: Bounds; point?: { lat: number; lng: number } };

type Props = {
  data: MapData | undefined;
  layers: MapLayer[];
  selectedKey: string | null;
  focus: MapFocus | null;
  height: number | string;
  onBboxChange: (bbox: string) => void;
  onSelectPoint: (item: PointItem) => void;
  onSelectArea: (area: MapArea) => void;
};

/** Reports the viewport as a bbox after the map stops moving (debounced), and once at the start. */
function BoundsWatcher({ onChange }: { onChange: (bbox: string) => void }) {
  const map = useMap();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const report = () => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      const b = map.getBounds();
      onChange(formatBbox({ west: b.getWest(), south: b.getSouth(), east: b.getEast(), north: b.getNorth() }));
    }, 300);
  };
  useMapEvents({ moveend: report });
  useEffect(() => {
    report();
    return () => clearTimeout(timer.current);
    // Only once on mount; later reports come from moveend.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return null;
}

/** Moves the map to a chosen item (from the list view or ?area=), once per choice. */
function FocusController({ focus }: { focus: MapFocus | null }) {
  const map = useMap();
  const key = focus?.key;
  useEffect(() => {
    if (!focus) return;
    if (focus.bounds) {
      const { south, west, north, east } = focus.bounds;
      map.fitBounds(
        [
          [south, west],
          [north, east],
        ],
        { padding: [24, 24], maxZoom: 16 },
      );
    } else if (focus.point) {
      map.setView([focus.point.lat, focus.point.lng], Math.max(map.getZoom(), 16));
    }
    // Re-run only when a new item is focused, not when the same one re-renders.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map, key]);
  return null;
}

/** The full map: area shapes with counts, point layers (opportunities and micro-assets clustered). */
export default function MapView(props: Props) {
  const { t } = useTranslation();
  const { data, layers, selectedKey } = props;
  // Markers are rebuilt only when the data or the layers change, not on every render. One cluster group for
  // every point layer, so no marker ever sits on top of another or of a cluster.
  const points = useMemo(() => pointItems(data, layers), [data, layers]);
  const titleOf = (item: PointItem) => `${item.name} (${t(`map.layers.${item.layer}`)})`;
  const clusterLabel = (count: number) => t('map.cluster', { count });
  const selectedArea = selectedKey?.startsWith('areas:') ? selectedKey.slice('areas:'.length) : null;

  return (
    <MapCanvas label={t('map.label')} height={props.height}>
      <BoundsWatcher onChange={props.onBboxChange} />
      <FocusController focus={props.focus} />
      {layers.includes('areas') && data && (
        <AreaLayer areas={data.areas} selectedId={selectedArea} showCounts onSelect={props.onSelectArea} />
      )}
      <ClusterLayer
        items={points}
        selectedKey={selectedKey}
        titleOf={titleOf}
        clusterLabel={clusterLabel}
        onSelect={props.onSelectPoint}
      />
    </MapCanvas>
  );
}
