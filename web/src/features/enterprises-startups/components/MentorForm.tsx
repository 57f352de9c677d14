import { Checkbox, Group, NativeSelect, NumberInput, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePartnerOptions } from '../../../lib/options';
import { createMentor } from '../api/mentors';
import type { Programme } from '../api/startups';
import { languageName, markets, mentorLanguages } from './choices';
import { numberOf } from './problems';
import { StaffForm } from './StaffForm';

type Text = 'name' | 'email' | 'jobTitle';

/** Staff recruit a mentor from a partner company: skills (programme modules), sectors, languages, availability. */
export function MentorForm({ programmes }: { programmes: Programme[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const partners = usePartnerOptions(true);
  const [partner, setPartner] = useState('');
  const [text, setText] = useState<Record<Text, string>>({ name: '', email: '', jobTitle: '' });
  const [skills, setSkills] = useState<string[]>([]);
  const [sectors, setSectors] = useState<string[]>([]);
  const [languages, setLanguages] = useState<string[]>(['en']);
  const [hours, setHours] = useState<string | number>(4);
  const [maxMentees, setMaxMentees] = useState<string | number>('');
  const [bio, setBio] = useState('');
  const modules = [...new Map(programmes.flatMap((p) => p.modules).map((m) => [m.code, m])).values()];
  const chosen = partner || partners.data?.[0]?.slug || '';
  const f = (k: string) => t(`enterpriseForms.mentor.${k}`);
  const fields = {
    partner: f('partner'),
    name: f('name'),
    email: f('email'),
    jobTitle: f('jobTitle'),
    skills: f('skills'),
    sectors: f('sectors'),
    languages: f('languages'),
    hoursPerMonth: f('hoursPerMonth'),
    maxMentees: f('maxMentees'),
    bio: f('bio'),
  };
  return (
    <StaffForm
      title={f('new')}
      id="mentor"
      fields={fields}
      refresh={['mentors']}
      send={() =>
        createMentor({
          partner: chosen,
          ...text,
          jobTitle: text.jobTitle || undefined,
          skills,
          sectors,
          languages,
          hoursPerMonth: numberOf(hours),
          maxMentees: numberOf(maxMentees),
          bio: bio || undefined,
        })
      }
    >
      {(field) => (
        <Stack gap="sm">
          <NativeSelect
            {...field('partner')}
            value={chosen}
            onChange={(e) => setPartner(e.currentTarget.value)}
            data={(partners.data ?? []).map((p) => ({ value: p.slug, label: p.name }))}
          />
          {(['name', 'email', 'jobTitle'] as const).map((k) => (
            <TextInput
              key={k}
              {...field(k)}
              type={k === 'email' ? 'email' : 'text'}
              required={k !== 'jobTitle'}
              value={text[k]}
              onChange={(e) => {
                const value = e.currentTarget.value;
                setText((v) => ({ ...v, [k]: value }));
              }}
            />
          ))}
          <Checkbox.Group {...field('skills')} value={skills} onChange={setSkills}>
            <Group gap="md" mt={4}>
              {modules.map((m) => (
                <Checkbox key={m.code} value={m.code} label={m.label[lang] ?? m.label.en ?? m.code} />
              ))}
            </Group>
          </Checkbox.Group>
          <Checkbox.Group {...field('sectors')} value={sectors} onChange={setSectors}>
            <Group gap="md" mt={4}>
              {markets.map((m) => (
                <Checkbox key={m} value={m} label={t(`startups.markets.${m}`)} />
              ))}
            </Group>
          </Checkbox.Group>
          <Checkbox.Group {...field('languages')} value={languages} onChange={setLanguages}>
            <Group gap="md" mt={4}>
              {mentorLanguages.map((l) => (
                <Checkbox key={l} value={l} label={languageName(l, lang)} />
              ))}
            </Group>
          </Checkbox.Group>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NumberInput
              {...field('hoursPerMonth')}
              required
              min={1}
              max={80}
              allowDecimal={false}
              value={hours}
              onChange={setHours}
            />
            <NumberInput
              {...field('maxMentees')}
              min={1}
              max={10}
              allowDecimal={false}
              value={maxMentees}
              onChange={setMaxMentees}
            />
          </SimpleGrid>
          <Textarea
            {...field('bio')}
            autosize
            minRows={2}
            value={bio}
            onChange={(e) => setBio(e.currentTarget.value)}
          />
        </Stack>
      )}
    </StaffForm>
  );
}
