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
      {(error) => (
        <Stack gap="sm">
          <TextInput
            id="session-title"
            label={f('title')}
            required
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            error={error('title')}
          />
          <NativeSelect
            id="session-module"
            label={f('module')}
            value={module}
            onChange={(e) => setModule(e.currentTarget.value)}
            data={[{ value: '', label: f('noModule') }, ...modules]}
            error={error('module')}
          />
          <TextInput
            id="session-startsAt"
            type="datetime-local"
            label={f('startsAt')}
            required
            value={startsAt}
            onChange={(e) => setStartsAt(e.currentTarget.value)}
            error={error('startsAt')}
          />
          <NumberInput
            id="session-capacity"
            label={f('capacity')}
            description={f('capacityHint')}
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
