import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CircleMarker, Polygon } from 'react-leaflet';
import { MapCanvas } from '../../../components/map/MapCanvas';
import { boundsOf, polygonRings } from '../../../lib/geo';
import type { MacroAsset } from '../api/macroAssets';

/** A small map of where a macro-asset is: its boundary when it has one, and its point. Loaded only when shown. */
export default function MacroAssetMap({ asset }: { asset: MacroAsset }) {
  const { t } = useTranslation();
  const rings = polygonRings(asset.boundary);
  const location = asset.location ?? null;
  if (rings.length === 0 && !location) return <Text>{t('macroAsset.noLocation')}</Text>;
  const bounds = boundsOf(rings.flat());

  return (
    <MapCanvas
      label={t('macroAsset.mapLabel', { name: asset.name })}
      centre={location ?? undefined}
      zoom={16}
      bounds={bounds}
      height={260}
      compact
    >
      {rings.map((ring, index) => (
        <Polygon key={index} positions={ring} interactive={false} pathOptions={{ color: '#364fc7', weight: 2 }} />
      ))}
      {location && (
        <CircleMarker
          center={[location.lat, location.lng]}
          radius={7}
          interactive={false}
          pathOptions={{ color: '#ffffff', weight: 2, fillColor: '#364fc7', fillOpacity: 1 }}
        />
      )}
    </MapCanvas>
  );
}
