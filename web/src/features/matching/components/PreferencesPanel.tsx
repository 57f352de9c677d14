import { Alert, Button, Checkbox, Group, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api';
import { savePreferences, usePreferences, type Preferences } from '../api/preferences';

const languages = ['en', 'ar', 'pl', 'ro'] as const;
type Values = { hours: string; days: string; from: string; email: boolean; language: string };

/** Availability (hours, days, from when: a soft gate in matching) and opt-in email reminders in a language. */
export function PreferencesPanel({ candidateId }: { candidateId: string }) {
  const { data } = usePreferences(candidateId);
  // the form starts from what is stored, and starts again when a save changes the version
  return data ? <PreferencesForm key={data.version} candidateId={candidateId} data={data} /> : null;
}

function PreferencesForm({ candidateId, data }: { candidateId: string; data: Preferences }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const a = data.availability;
  const [v, setV] = useState({
    hours: a.hoursPerWeek === null ? '' : String(a.hoursPerWeek),
    days: a.daysPerWeek === null ? '' : String(a.daysPerWeek),
    from: a.from ?? '',
    email: data.reminders.channels.includes('email'),
    language: data.reminders.language ?? '',
  });
  const [problem, setProblem] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: () =>
      savePreferences(candidateId, {
        availability: {
          hoursPerWeek: v.hours ? Number(v.hours) : null,
          daysPerWeek: v.days ? Number(v.days) : null,
          from: v.from || null,
        },
        reminders: { channels: v.email ? ['email'] : [], language: v.language || null },
        version: data.version,
      }),
    onSuccess: async () => {
      setProblem(null);
      await queryClient.invalidateQueries({ queryKey: ['candidate', candidateId, 'preferences'] });
    },
    onError: (e) => setProblem(isApiError(e) ? e.message : String(e)),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate();
  };
  const set = (k: keyof Values) => (value: string | boolean) => setV((old) => ({ ...old, [k]: value }));
  return (
    <Stack gap="sm" component="section" aria-labelledby="candidate-preferences">
      <Title order={2} size="h3" id="candidate-preferences">
        {t('matching.preferences.title')}
      </Title>
      <Text size="sm">{t('matching.preferences.intro')}</Text>
      <form onSubmit={submit} aria-labelledby="candidate-preferences">
        <Stack gap="sm">
          <Group grow align="flex-start">
            <TextInput
              label={t('matching.preferences.hours')}
              inputMode="decimal"
              value={v.hours}
              onChange={(e) => set('hours')(e.currentTarget.value)}
            />
            <TextInput
              label={t('matching.preferences.days')}
              inputMode="numeric"
              value={v.days}
              onChange={(e) => set('days')(e.currentTarget.value)}
            />
            <TextInput
              type="date"
              label={t('matching.preferences.from')}
              value={v.from}
              onChange={(e) => set('from')(e.currentTarget.value)}
            />
          </Group>
          <Checkbox
            label={t('matching.preferences.email')}
            checked={v.email}
            onChange={(e) => set('email')(e.currentTarget.checked)}
          />
          <NativeSelect
            label={t('matching.preferences.language')}
            value={v.language}
            onChange={(e) => set('language')(e.currentTarget.value)}
            data={[
              { value: '', label: t('matching.preferences.languageDefault') },
              ...languages.map((l) => ({ value: l, label: t(`matching.preferences.languages.${l}`) })),
            ]}
          />
          {problem && (
            <Alert color="red" role="alert">
              {problem}
            </Alert>
          )}
          {mutation.isSuccess && !problem && (
            <Text size="sm" role="status">
              {t('matching.preferences.saved')}
            </Text>
          )}
          <Group>
            <Button type="submit" loading={mutation.isPending}>
              {t('matching.preferences.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
