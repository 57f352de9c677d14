import { NativeSelect, NumberInput, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { createCohort, type Programme } from '../api/startups';
import { numberOf } from './problems';
import { StaffForm } from './StaffForm';

/** Staff open a cohort of a programme: name, start date and capacity; then go to the new cohort's page. */
export function CohortForm({ programmes }: { programmes: Programme[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [programme, setProgramme] = useState('');
  const [name, setName] = useState('');
  const [startsOn, setStartsOn] = useState('');
  const [capacity, setCapacity] = useState<string | number>(12);
  const chosen = programme || programmes[0]?.id || '';
  const f = (k: string) => t(`enterpriseForms.cohort.${k}`);
  return (
    <StaffForm
      title={f('new')}
      id="cohort"
      fields={{ programme: f('programme'), name: f('name'), startsOn: f('startsOn'), capacity: f('capacity') }}
      refresh={['startup-cohorts']}
      send={() => createCohort(chosen, { name, startsOn, capacity: numberOf(capacity) })}
      onSaved={(id) => void navigate(`/enterprises/startups/cohorts/${id}`)}
    >
      {(error) => (
        <Stack gap="sm">
          <NativeSelect
            id="cohort-programme"
            label={f('programme')}
            value={chosen}
            onChange={(e) => setProgramme(e.currentTarget.value)}
            data={programmes.map((p) => ({ value: p.id, label: p.name }))}
            error={error('programme')}
          />
          <TextInput
            id="cohort-name"
            label={f('name')}
            required
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={error('name')}
          />
          <TextInput
            id="cohort-startsOn"
            type="date"
            label={f('startsOn')}
            required
            value={startsOn}
            onChange={(e) => setStartsOn(e.currentTarget.value)}
            error={error('startsOn')}
          />
          <NumberInput
            id="cohort-capacity"
            label={f('capacity')}
            required
            min={1}
            max={500}
            allowDecimal={false}
            value={capacity}
            onChange={setCapacity}
            error={error('capacity')}
          />
        </Stack>
      )}
    </StaffForm>
  );
}
