import { Select, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OccupationResolver } from '../../../components/OccupationResolver';
import { useOccupationOptions } from '../../../lib/useOccupationOptions';
import type { OccupationValue } from './microAssetForm';

type Props = {
  id: string;
  value: OccupationValue | null;
  onChange: (value: OccupationValue | null) => void;
  error?: string | undefined;
};

/**
 * The one occupation a skill or qualification is in: search the taxonomy by name, or describe it in your own
 * words (any language) and pick from what it resolves to.
 */
export function OccupationSelect({ id, value, onChange, error }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const chosen = value ? [value] : [];
  const { data, labelOf } = useOccupationOptions(search, chosen);

  return (
    <Stack gap="xs">
      <Select
        id={id}
        label={t('microAssetForm.fields.occupation')}
        description={t('microAssetForm.occupationHint')}
        searchable
        clearable
        clearButtonProps={{ 'aria-label': t('microAssetForm.clearOccupation') }}
        data={data}
        value={value?.code ?? null}
        onChange={(code) => onChange(code ? { code, label: labelOf(code) } : null)}
        searchValue={search}
        onSearchChange={setSearch}
        filter={({ options }) => options}
        nothingFoundMessage={t('occupations.nothingFound')}
        error={error}
      />
      <OccupationResolver onAdd={onChange} chosen={chosen.map((item) => item.code)} />
    </Stack>
  );
}
