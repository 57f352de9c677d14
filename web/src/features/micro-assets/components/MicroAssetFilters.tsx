import { Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FilterSelect } from '../../../components/FilterSelect';
import { useAreas } from '../../../lib/areas';
import { valueLabel } from '../../../lib/labels';
import type { ListQuery } from '../../../lib/list';
import { microAssetKinds, ownerTypes } from '../api/microAssets';

type Props = { query: ListQuery; onChange: (changes: Record<string, string>) => void };

/** Category narrows the kinds offered; changing it clears a kind that no longer fits. */
export function MicroAssetFilters({ query, onChange }: Props) {
  const { t } = useTranslation();
  const { data: areas = [] } = useAreas();
  const category = String(query.category ?? '');
  const kind = String(query.kind ?? '');
  const kinds = category ? (microAssetKinds[category] ?? []) : Object.values(microAssetKinds).flat();

  return (
    <Group align="flex-end" gap="sm">
      <FilterSelect
        label={t('microAssets.category')}
        value={category}
        onChange={(next) =>
          onChange({ category: next, kind: next && !microAssetKinds[next]?.includes(kind) ? '' : kind })
        }
        options={Object.keys(microAssetKinds).map((c) => ({
          value: c,
          label: valueLabel(t, 'microAssets.categories', c),
        }))}
      />
      <FilterSelect
        label={t('microAssets.kind')}
        value={kind}
        onChange={(next) => onChange({ kind: next })}
        options={kinds.map((k) => ({ value: k, label: valueLabel(t, 'microAssets.kinds', k) }))}
      />
      <FilterSelect
        label={t('microAssets.area')}
        value={String(query.area ?? '')}
        onChange={(area) => onChange({ area })}
        options={areas.map((area) => ({ value: area.slug, label: area.name }))}
      />
      <FilterSelect
        label={t('microAssets.owner')}
        value={String(query.owner ?? '')}
        onChange={(owner) => onChange({ owner })}
        options={ownerTypes.map((o) => ({ value: o, label: valueLabel(t, 'microAssets.ownerTypes', o) }))}
      />
    </Group>
  );
}
