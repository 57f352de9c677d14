import { Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FilterSelect } from '../../../components/FilterSelect';
import { useAreas } from '../../../lib/areas';
import { valueLabel } from '../../../lib/labels';
import type { ListQuery } from '../../../lib/list';
import { opportunityKinds, opportunityStatuses } from '../api/opportunities';
import { useMacroAssetOptions } from '../../../lib/options';
import { OccupationFilter } from './OccupationFilter';

type Props = { query: ListQuery; onChange: (changes: Record<string, string>) => void };

/** Kind, status, publisher, area and occupation; each applies as soon as it is chosen. */
export function OpportunityFilters({ query, onChange }: Props) {
  const { t } = useTranslation();
  const { data: macroAssets = [] } = useMacroAssetOptions();
  const { data: areas = [] } = useAreas();
  const value = (key: string) => String(query[key] ?? '');

  return (
    <Group align="flex-end" gap="sm">
      <FilterSelect
        label={t('opportunities.kind')}
        value={value('kind')}
        onChange={(kind) => onChange({ kind })}
        options={opportunityKinds.map((kind) => ({ value: kind, label: valueLabel(t, 'opportunities.kinds', kind) }))}
      />
      <FilterSelect
        label={t('opportunities.status')}
        value={value('status')}
        onChange={(status) => onChange({ status })}
        options={opportunityStatuses.map((status) => ({
          value: status,
          label: valueLabel(t, 'opportunities.statuses', status),
        }))}
      />
      <FilterSelect
        label={t('opportunities.macroAsset')}
        value={value('macroAsset')}
        onChange={(macroAsset) => onChange({ macroAsset })}
        options={macroAssets.map((asset) => ({ value: asset.slug, label: asset.name }))}
      />
      <FilterSelect
        label={t('opportunities.area')}
        value={value('area')}
        onChange={(area) => onChange({ area })}
        options={areas.map((area) => ({ value: area.slug, label: area.name }))}
      />
      <OccupationFilter value={value('occupation')} onChange={(occupation) => onChange({ occupation })} />
    </Group>
  );
}
