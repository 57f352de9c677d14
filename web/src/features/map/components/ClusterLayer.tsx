import 'leaflet.markercluster/dist/MarkerCluster.css';
import type * as Leaflet from 'leaflet';
import 'leaflet';
import 'leaflet.markercluster';
import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import { clusterIcon, pointIcon } from '../../../components/map/markers';
import { itemKey, type PointItem } from './mapItems';

// The cluster plugin extends the global L (Leaflet's CommonJS exports), not the bundler's ESM copy of them.
const L = (globalThis as unknown as { L: typeof Leaflet }).L;

function isActivation(event: KeyboardEvent): boolean {
  return event.key === 'Enter' || event.key === ' ' || event.keyCode === 13 || event.keyCode === 32;
}

type Props = {
  items: PointItem[];
  selectedKey: string | null;
  titleOf: (item: PointItem) => string;
  clusterLabel: (count: number) => string;
  onSelect: (item: PointItem) => void;
};

/**
 * Point markers clustered with leaflet.markercluster. Markers are CSS shapes (no image files), take
 * keyboard focus, carry their name as a title, and Enter selects them like a click.
 */
export function ClusterLayer({ items, selectedKey, titleOf, clusterLabel, onSelect }: Props) {
  const map = useMap();
  const callbacks = useRef({ titleOf, clusterLabel, onSelect });
  useEffect(() => {
    callbacks.current = { titleOf, clusterLabel, onSelect };
  });

  useEffect(() => {
    const group = L.markerClusterGroup({
      maxClusterRadius: 48,
      showCoverageOnHover: false,
      spiderfyOnMaxZoom: true,
      chunkedLoading: true,
      iconCreateFunction: (c) => clusterIcon(c.getChildCount(), callbacks.current.clusterLabel(c.getChildCount())),
    });
    for (const item of items) {
      const marker = L.marker([item.lat, item.lng], {
        icon: pointIcon(item.layer, itemKey(item) === selectedKey),
        title: callbacks.current.titleOf(item),
        alt: callbacks.current.titleOf(item),
        keyboard: true,
        riseOnHover: true,
      });
      marker.on('click', () => callbacks.current.onSelect(item));
      // Leaflet fires keypress (not click) for Enter on a focused marker; Space works too, as for any button.
      marker.on('keypress', (event: Leaflet.LeafletKeyboardEvent) => {
        if (!isActivation(event.originalEvent)) return;
        event.originalEvent.preventDefault();
        callbacks.current.onSelect(item);
      });
      group.addLayer(marker);
    }
    // A cluster opened from the keyboard zooms in (or fans out at the last zoom level), then the map keeps focus.
    group.on('clusterkeypress', (event) => {
      const { layer, originalEvent } = event as unknown as {
        layer: Leaflet.MarkerCluster;
        originalEvent: KeyboardEvent;
      };
      if (!isActivation(originalEvent)) return;
      originalEvent.preventDefault();
      if (map.getZoom() >= map.getMaxZoom()) layer.spiderfy();
      else layer.zoomToBounds({ padding: [24, 24] });
      map.getContainer().focus();
    });
    group.addTo(map);
    return () => {
      group.remove();
    };
  }, [map, items, selectedKey]);

  return null;
}
