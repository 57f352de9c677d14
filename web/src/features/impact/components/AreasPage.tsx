import { Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Polygon, Tooltip } from 'react-leaflet';
import { z } from 'zod';
import { FilterSelect } from '../../../components/FilterSelect';
import { MapCanvas } from '../../../components/map/MapCanvas';
import { getJson } from '../../../lib/api';
import { polygonRings } from '../../../lib/geo';
import { listSchema } from '../../../lib/list';
import { useListParams } from '../../../lib/useListParams';
import { useAreaFigures, useIndicators } from '../api/impact';
import { formatFigure } from './format';

const areaSchema = z.object({ id: z.string(), name: z.string(), boundary: z.unknown() });

/** One indicator per area: a shaded map of the programme's areas and the same figures as a table. */
export function AreasPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  const { query, setFilters } = useListParams({ filters: ['indicator'] });
  const indicators = useIndicators({});
  const items = indicators.data?.items ?? [];
  const code = String(query.indicator || items.find((i) => i.source)?.code || '');
  const indicator = items.find((i) => i.code === code);
  const figures = useAreaFigures(code);
  const areas = useQuery({
    queryKey: ['impact-area-shapes'],
    queryFn: async () => (await getJson('/api/v1/areas?pageSize=100&sort=name', listSchema(areaSchema))).items,
    staleTime: 5 * 60_000,
  });
  const values = new Map((figures.data?.items ?? []).map((a) => [a.areaId, a.value]));
  const max = Math.max(1, ...[...values.values()].map((v) => v ?? 0));
  const fmt = (v: number | null) => formatFigure(v, indicator?.unit ?? 'count', language);
  return (
    <Stack gap="md">
      <Title order={1}>{t('impact.areas.title')}</Title>
      <FilterSelect
        label={t('impact.areas.indicator')}
        value={code}
        options={items.map((i) => ({ value: i.code, label: i.name }))}
        onChange={(v) => setFilters({ indicator: v })}
      />
      <MapCanvas label={t('impact.areas.map', { name: indicator?.name ?? '' })} height={420}>
        {(areas.data ?? []).flatMap((a) =>
          polygonRings(a.boundary).map((ring, i) => (
            <Polygon
              key={`${a.id}-${i}`}
              positions={ring}
              pathOptions={{
                color: '#364fc7',
                weight: 1.5,
                fillColor: '#1c5d99',
                fillOpacity: 0.08 + 0.6 * ((values.get(a.id) ?? 0) / max),
              }}
            >
              <Tooltip>{`${a.name}: ${fmt(values.get(a.id) ?? 0)}`}</Tooltip>
            </Polygon>
          )),
        )}
      </MapCanvas>
      <Table striped>
        <caption>{t('impact.areas.caption', { name: indicator?.name ?? '' })}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('impact.records.area')}</Table.Th>
            <Table.Th scope="col">{t('impact.series.result')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(figures.data?.items ?? []).map((a) => (
            <Table.Tr key={a.areaId}>
              <Table.Td>{a.name}</Table.Td>
              <Table.Td dir="ltr">{fmt(a.value)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text fz="sm" c="dimmed">
        {t('impact.areas.note')}
      </Text>
    </Stack>
  );
}
