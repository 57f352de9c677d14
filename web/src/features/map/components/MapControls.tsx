import { Checkbox, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SearchInput } from '../../../components/SearchInput';
import { valueLabel } from '../../../lib/labels';
import { mapLayers, type MapLayer } from '../api/map';

/** Kinds the map can filter by, grouped by what they describe. */
const kindGroups = {
  macroAssets: ['hospital', 'housing', 'green_blue_infrastructure', 'university', 'transport'],
  opportunities: ['vacancy', 'training_place', 'work_placement', 'contract', 'grant', 'volunteering', 'space'],
  microAssets: ['group', 'network', 'social_enterprise', 'building', 'green_space', 'blue_space'],
} as const;

const kindPrefix = {
  macroAssets: 'macroAssets.kinds',
  opportunities: 'opportunities.kinds',
  microAssets: 'microAssets.kinds',
};

type Props = {
  layers: MapLayer[];
  onLayersChange: (layers: MapLayer[]) => void;
  q: string;
  onSearch: (q: string) => void;
  kind: string;
  onKindChange: (kind: string) => void;
};

/** Search, kind filter and layer switches; each layer's checkbox carries the swatch its markers use. */
export function MapControls({ layers, onLayersChange, q, onSearch, kind, onKindChange }: Props) {
  const { t } = useTranslation();

  return (
    <Stack gap="sm">
      <Group align="flex-end" gap="sm">
        <SearchInput value={q} onChange={onSearch} label={t('map.search')} />
        <NativeSelect
          label={t('map.kind')}
          value={kind}
          onChange={(event) => onKindChange(event.currentTarget.value)}
          data={[
            { value: '', label: t('filters.any') },
            ...Object.entries(kindGroups).map(([group, kinds]) => ({
              group: t(`map.layers.${group}`),
              items: kinds.map((k) => ({
                value: k,
                label: valueLabel(t, kindPrefix[group as keyof typeof kindPrefix], k),
              })),
            })),
          ]}
          w={{ base: '100%', xs: 240 }}
        />
      </Group>
      <Checkbox.Group
        label={t('map.layersLabel')}
        value={layers}
        onChange={(values) => onLayersChange(mapLayers.filter((layer) => values.includes(layer)))}
      >
        <Group gap="md" mt={6}>
          {mapLayers.map((layer) => (
            <Checkbox
              key={layer}
              value={layer}
              label={
                <Group gap={6} wrap="nowrap" component="span">
                  <span className={`useit-legend useit-legend--${layer}`} aria-hidden />
                  {t(`map.layers.${layer}`)}
                </Group>
              }
            />
          ))}
        </Group>
      </Checkbox.Group>
      {layers.includes('areas') && (
        <Text size="sm">
          {t('map.countsLegend')} <span className="useit-swatch useit-swatch--residents" aria-hidden />{' '}
          {t('map.counts.residentAssets')} <span className="useit-swatch useit-swatch--micro" aria-hidden />{' '}
          {t('map.counts.microAssets')} <span className="useit-swatch useit-swatch--opportunities" aria-hidden />{' '}
          {t('map.counts.opportunities')}
          {'. '}
          {t('map.suppressedNote')}
        </Text>
      )}
    </Stack>
  );
}
