import { Select } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOccupationOptions, type OccupationRef } from '../../../lib/useOccupationOptions';

type Props = { value: string; onChange: (code: string) => void };

/** Filters by one occupation, searching the taxonomy on the server as the user types. */
export function OccupationFilter({ value, onChange }: Props) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<OccupationRef[]>(value ? [{ code: value, label: value }] : []);
  const [search, setSearch] = useState('');
  const { data, labelOf } = useOccupationOptions(search, chosen);

  return (
    <Select
      label={t('opportunities.occupation')}
      placeholder={t('filters.any')}
      searchable
      clearable
      data={data}
      value={value || null}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={t('occupations.nothingFound')}
      onChange={(code) => {
        if (code) setChosen([{ code, label: labelOf(code) }]);
        onChange(code ?? '');
      }}
      clearButtonProps={{ 'aria-label': t('filters.clear') }}
      w={{ base: '100%', xs: 260 }}
    />
  );
}
