import 'leaflet/dist/leaflet.css';
import './map.css';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { MapContainer, TileLayer, useMap, ZoomControl } from 'react-leaflet';
import type { Bounds, LatLng } from '../../lib/geo';
import { directionOf } from '../../lib/languages';
import { useProgramme } from '../../lib/programme';
import { tileAttribution } from './tiles';

type Props = {
  /** Names the map region for screen readers. */
  label: string;
  centre?: LatLng | undefined;
  zoom?: number | undefined;
  /** Fits the first view to this box instead of centre and zoom. */
  bounds?: Bounds | undefined;
  height: number | string;
  /** A small map on a record's page: no scroll-wheel zoom, so the page scrolls past it. */
  compact?: boolean;
  children?: ReactNode;
};

/**
 * A Leaflet map that works with no tile server: without programme.map.tileUrl it draws only its own shapes on a
 * plain background; with one, it adds the tiles and their attribution. Leaflet lays itself out left-to-right,
 * so the frame is always dir="ltr"; the zoom buttons move to the reading side and are named in the UI language.
 */
export function MapCanvas({ label, centre, zoom, bounds, height, compact, children }: Props) {
  const { t, i18n } = useTranslation();
  const { data: programme } = useProgramme();
  const language = i18n.resolvedLanguage ?? 'en';
  const tileUrl = programme?.map.tileUrl ?? null;
  const start = centre ?? programme?.map.centre ?? { lat: 0, lng: 0 };
  const initial = bounds
    ? {
        bounds: [
          [bounds.south, bounds.west],
          [bounds.north, bounds.east],
        ] as [[number, number], [number, number]],
        boundsOptions: { padding: [24, 24] as [number, number], maxZoom: 17 },
      }
    : { center: [start.lat, start.lng] as [number, number], zoom: zoom ?? programme?.map.zoom ?? 13 };

  return (
    <div dir="ltr" role="region" aria-label={label} style={{ height }} className="useit-map-frame">
      <MapContainer
        {...initial}
        // Without tiles the map has no zoom range of its own; clustering needs one.
        minZoom={3}
        maxZoom={19}
        zoomControl={false}
        attributionControl={tileUrl !== null}
        scrollWheelZoom={!compact}
        className={tileUrl ? 'useit-map' : 'useit-map useit-map--blank'}
        style={{ height: '100%', width: '100%' }}
      >
        {tileUrl && <TileLayer url={tileUrl} attribution={tileAttribution(tileUrl, programme?.map.tileAttribution)} />}
        <ZoomControl
          key={language}
          position={directionOf(language) === 'rtl' ? 'topright' : 'topleft'}
          zoomInTitle={t('map.zoomIn')}
          zoomOutTitle={t('map.zoomOut')}
        />
        <SizeWatcher />
        {children}
      </MapContainer>
    </div>
  );
}

/** Leaflet measures its container once; when the layout changes (a side panel opens) it must measure again. */
function SizeWatcher() {
  const map = useMap();
  useEffect(() => {
    const observer = new ResizeObserver(() => map.invalidateSize());
    observer.observe(map.getContainer());
    return () => observer.disconnect();
  }, [map]);
  return null;
}
