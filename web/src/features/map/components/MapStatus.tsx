import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MapData, MapLayer } from '../api/map';
import { pointItems } from './mapItems';

/** A polite live summary of what the map shows, so screen-reader users hear the result of a move or filter. */
export function MapStatus({
  data,
  layers,
  loading,
}: {
  data: MapData | undefined;
  layers: MapLayer[];
  loading: boolean;
}) {
  const { t } = useTranslation();
  const areas = layers.includes('areas') ? (data?.areas.length ?? 0) : 0;
  const points = pointItems(data, layers).length;

  return (
    <Text size="sm" role="status" aria-live="polite">
      {loading && !data ? t('map.loading') : t('map.status', { areas, points })}
      {data && data.truncated.length > 0 && ` ${t('map.truncated')}`}
    </Text>
  );
}
