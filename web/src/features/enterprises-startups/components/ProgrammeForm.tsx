import { Checkbox, Group, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createProgramme, type Programme } from '../api/startups';
import { StaffForm } from './StaffForm';

/** Staff create a start-up programme from the city pack's modules (all of them unless some are picked). */
export function ProgrammeForm({ programmes }: { programmes: Programme[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [modules, setModules] = useState<string[]>([]);
  const known = [...new Map(programmes.flatMap((p) => p.modules).map((m) => [m.code, m])).values()];
  const f = (k: string) => t(`enterpriseForms.programme.${k}`);
  return (
    <StaffForm
      title={f('new')}
      id="programme"
      fields={{ name: f('name'), description: f('description'), modules: f('modules') }}
      refresh={['startup-programmes']}
      send={() =>
        createProgramme({
          name,
          description: description || undefined,
          modules: modules.length > 0 ? modules : undefined,
        })
      }
    >
      {(field) => (
        <Stack gap="sm">
          <TextInput {...field('name')} required value={name} onChange={(e) => setName(e.currentTarget.value)} />
          <Textarea
            {...field('description')}
            autosize
            minRows={2}
            value={description}
            onChange={(e) => setDescription(e.currentTarget.value)}
          />
          <Checkbox.Group {...field('modules')} description={f('modulesHint')} value={modules} onChange={setModules}>
            <Group gap="md" mt={4}>
              {known.map((m) => (
                <Checkbox key={m.code} value={m.code} label={m.label[lang] ?? m.label.en ?? m.code} />
              ))}
            </Group>
          </Checkbox.Group>
        </Stack>
      )}
    </StaffForm>
  );
}
