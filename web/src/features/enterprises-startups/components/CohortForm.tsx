import { NativeSelect, NumberInput, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMentors } from '../api/mentors';
import { createCohort, type Programme } from '../api/startups';
import { numberOf } from './problems';
import { StaffForm } from './StaffForm';

/** Staff open a cohort of a programme: name, dates, lead mentor and places; then go to the new cohort's page. */
export function CohortForm({ programmes }: { programmes: Programme[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [programme, setProgramme] = useState('');
  const [name, setName] = useState('');
  const [startsOn, setStartsOn] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const [lead, setLead] = useState('');
  const mentors = useMentors({ page: 1, pageSize: 100, sort: 'name', status: 'active' });
  const [capacity, setCapacity] = useState<string | number>(12);
  const chosen = programme || programmes[0]?.id || '';
  const f = (k: string) => t(`enterpriseForms.cohort.${k}`);
  return (
    <StaffForm
      title={f('new')}
      id="cohort"
      fields={{
        programme: f('programme'),
        name: f('name'),
        startsOn: f('startsOn'),
        endsOn: f('endsOn'),
        lead: f('lead'),
        capacity: f('capacity'),
      }}
      refresh={['startup-cohorts']}
      send={() =>
        createCohort(chosen, {
          name,
          startsOn,
          endsOn: endsOn || undefined,
          lead: lead || undefined,
          capacity: numberOf(capacity),
        })
      }
      onSaved={(id) => void navigate(`/enterprises/startups/cohorts/${id}`)}
    >
      {(field) => (
        <Stack gap="sm">
          <NativeSelect
            {...field('programme')}
            value={chosen}
            onChange={(e) => setProgramme(e.currentTarget.value)}
            data={programmes.map((p) => ({ value: p.id, label: p.name }))}
          />
          <TextInput {...field('name')} required value={name} onChange={(e) => setName(e.currentTarget.value)} />
          <TextInput
            {...field('startsOn')}
            type="date"
            required
            value={startsOn}
            onChange={(e) => setStartsOn(e.currentTarget.value)}
          />
          <TextInput
            {...field('endsOn')}
            type="date"
            value={endsOn}
            onChange={(e) => setEndsOn(e.currentTarget.value)}
          />
          <NativeSelect
            {...field('lead')}
            value={lead}
            onChange={(e) => setLead(e.currentTarget.value)}
            data={[
              { value: '', label: f('noLead') },
              ...(mentors.data?.items ?? []).map((m) => ({ value: m.id, label: `${m.name} (${m.partner.name})` })),
            ]}
          />
          <NumberInput
            {...field('capacity')}
            required
            min={1}
            max={500}
            allowDecimal={false}
            value={capacity}
            onChange={setCapacity}
          />
        </Stack>
      )}
    </StaffForm>
  );
}
