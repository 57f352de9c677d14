import { Alert, Button, Group, List, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api';
import { formatDate } from '../../../lib/format';
import { createPlacement, usePlacements } from '../api/pipeline';

const roles = ['care-worker', 'senior-care-worker', 'healthcare-assistant', 'clinical-support-worker', 'volunteering'];

/** Interim placements with social-care providers, and a short form to record one. */
export function PlacementsPanel({ candidateId }: { candidateId: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const queryClient = useQueryClient();
  const { data } = usePlacements(candidateId);
  const [v, setV] = useState({ provider: '', role: 'care-worker', startsOn: '', status: 'planned' });
  const mutation = useMutation({
    mutationFn: () => createPlacement(candidateId, v),
    onSuccess: async () => {
      setV({ provider: '', role: 'care-worker', startsOn: '', status: 'planned' });
      await queryClient.invalidateQueries({ queryKey: ['candidate', candidateId, 'placements'] });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate();
  };
  return (
    <Stack gap="sm">
      <Title order={2} size="h3">
        {t('matching.placements.title')}
      </Title>
      {data?.items.length ? (
        <List>
          {data.items.map((p) => (
            <List.Item key={p.id}>
              <bdi>{p.provider}</bdi> — {t(`matching.placements.roles.${p.role}`, { defaultValue: p.role })},{' '}
              {formatDate(p.startsOn, lang)}
              {p.endsOn ? ` – ${formatDate(p.endsOn, lang)}` : ''} ({t(`matching.placements.statuses.${p.status}`)})
            </List.Item>
          ))}
        </List>
      ) : (
        <Text>{t('matching.placements.none')}</Text>
      )}
      <form onSubmit={submit} aria-label={t('matching.placements.add')}>
        <Group align="flex-end" gap="xs">
          <TextInput
            label={t('matching.placements.provider')}
            required
            value={v.provider}
            onChange={(e) => setV({ ...v, provider: e.currentTarget.value })}
          />
          <NativeSelect
            label={t('matching.placements.role')}
            value={v.role}
            onChange={(e) => setV({ ...v, role: e.currentTarget.value })}
            data={roles.map((r) => ({ value: r, label: t(`matching.placements.roles.${r}`) }))}
          />
          <TextInput
            type="date"
            label={t('matching.placements.startsOn')}
            required
            value={v.startsOn}
            onChange={(e) => setV({ ...v, startsOn: e.currentTarget.value })}
          />
          <NativeSelect
            label={t('matching.placements.status')}
            value={v.status}
            onChange={(e) => setV({ ...v, status: e.currentTarget.value })}
            data={['planned', 'active', 'ended'].map((s) => ({
              value: s,
              label: t(`matching.placements.statuses.${s}`),
            }))}
          />
          <Button type="submit" loading={mutation.isPending}>
            {t('matching.placements.add')}
          </Button>
        </Group>
        {mutation.error && (
          <Alert color="red" mt="xs" role="alert" p="xs">
            {isApiError(mutation.error) ? mutation.error.detail : t('errors.generic')}
          </Alert>
        )}
      </form>
    </Stack>
  );
}
