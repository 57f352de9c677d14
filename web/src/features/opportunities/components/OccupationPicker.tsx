import { MultiSelect, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OccupationChoice } from './opportunityForm';
import { OccupationResolver } from '../../../components/OccupationResolver';
import { useOccupationOptions } from '../../../lib/useOccupationOptions';

type Props = { value: OccupationChoice[]; onChange: (value: OccupationChoice[]) => void; error?: string | undefined };

/**
 * The occupations an opportunity asks for: search the taxonomy by name, or describe the work in your own words
 * (any language) and pick from what it resolves to.
 */
export function OccupationPicker({ value, onChange, error }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const { data, labelOf } = useOccupationOptions(search, value);

  function add(choice: OccupationChoice) {
    if (!value.some((item) => item.code === choice.code)) onChange([...value, choice]);
  }

  return (
    <Stack gap="xs">
      <MultiSelect
        label={t('opportunityForm.fields.occupations')}
        description={t('opportunityForm.occupationsHint')}
        searchable
        data={data}
        value={value.map((item) => item.code)}
        onChange={(codes) => onChange(codes.map((code) => ({ code, label: labelOf(code) })))}
        searchValue={search}
        onSearchChange={setSearch}
        filter={({ options }) => options}
        nothingFoundMessage={t('occupations.nothingFound')}
        hidePickedOptions
        maxValues={20}
        error={error}
      />
      <OccupationResolver onAdd={add} chosen={value.map((item) => item.code)} />
    </Stack>
  );
}
