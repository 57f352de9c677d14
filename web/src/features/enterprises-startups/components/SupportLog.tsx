import { Alert, Button, Group, NumberInput, Stack, TextInput, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SimpleTable } from '../../../components/SimpleTable';
import { isApiError } from '../../../lib/api';
import { logSupport, type Startup } from '../api/startups';

/** The start-up's one-to-one support log, with a form for staff. */
export function SupportLog({ startup, manage }: { startup: Startup; manage: boolean }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [heldOn, setHeldOn] = useState('');
  const [minutes, setMinutes] = useState<number | string>(60);
  const [topic, setTopic] = useState('');
  const [error, setError] = useState('');
  const save = async () => {
    setError('');
    try {
      await logSupport(startup.id, { heldOn, minutes: Number(minutes), topic });
      setTopic('');
      await client.invalidateQueries({ queryKey: ['startup', startup.id] });
    } catch (e) {
      setError(isApiError(e) ? e.detail : t('errors.generic'));
    }
  };
  return (
    <Stack gap="sm">
      <Title order={2}>{t('startups.support')}</Title>
      <SimpleTable
        caption={t('startups.support')}
        rows={startup.support}
        rowKey={(s) => s.id}
        empty={t('startups.noSupport')}
        columns={[
          { key: 'heldOn', header: t('startups.heldOn'), render: (s) => s.heldOn },
          { key: 'topic', header: t('startups.topic'), render: (s) => <bdi>{s.topic}</bdi> },
          { key: 'minutes', header: t('startups.minutes'), render: (s) => s.minutes },
          { key: 'by', header: t('startups.loggedBy'), render: (s) => s.loggedBy ?? '—' },
        ]}
      />
      {manage && (
        <Group align="flex-end">
          <TextInput
            label={t('startups.heldOn')}
            type="date"
            value={heldOn}
            onChange={(e) => setHeldOn(e.currentTarget.value)}
          />
          <NumberInput label={t('startups.minutes')} min={1} max={1440} value={minutes} onChange={setMinutes} w={120} />
          <TextInput label={t('startups.topic')} value={topic} onChange={(e) => setTopic(e.currentTarget.value)} />
          <Button disabled={!heldOn || !topic.trim()} onClick={save}>
            {t('startups.logSupport')}
          </Button>
        </Group>
      )}
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
    </Stack>
  );
}
