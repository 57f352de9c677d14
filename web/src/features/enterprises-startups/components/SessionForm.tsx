import { NativeSelect, NumberInput, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addSession } from '../api/startups';
import { instantOf, numberOf } from './problems';
import { StaffForm } from './StaffForm';

/** Staff add a session to a cohort: title, module, start (the reader's clock) and an optional capacity. */
export function SessionForm({ cohort, modules }: { cohort: string; modules: { value: string; label: string }[] }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [module, setModule] = useState('');
  const [startsAt, setStartsAt] = useState('');
  const [capacity, setCapacity] = useState<string | number>('');
  const f = (k: string) => t(`enterpriseForms.session.${k}`);
  return (
    <StaffForm
      title={f('new')}
      id="session"
      fields={{ title: f('title'), module: f('module'), startsAt: f('startsAt'), capacity: f('capacity') }}
      refresh={['startup-cohort']}
      send={() =>
        addSession(cohort, {
          title,
          module: module || undefined,
          startsAt: instantOf(startsAt),
          capacity: numberOf(capacity),
        })
      }
    >
      {(field) => (
        <Stack gap="sm">
          <TextInput {...field('title')} required value={title} onChange={(e) => setTitle(e.currentTarget.value)} />
          <NativeSelect
            {...field('module')}
            value={module}
            onChange={(e) => setModule(e.currentTarget.value)}
            data={[{ value: '', label: f('noModule') }, ...modules]}
          />
          <TextInput
            {...field('startsAt')}
            type="datetime-local"
            required
            value={startsAt}
            onChange={(e) => setStartsAt(e.currentTarget.value)}
          />
          <NumberInput
            {...field('capacity')}
            description={f('capacityHint')}
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
