import { Alert, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api';
import { confirmMentor, useSuggestions } from '../api/mentors';
import { moduleLabel, useProgrammes } from '../api/startups';
import { reasonText } from './reasons';

/** Staff open the explained mentor suggestions for a start-up and confirm one (a person confirms every match). */
export function MentorSuggestions({ startupId }: { startupId: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const client = useQueryClient();
  const programmes = useProgrammes();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState('');
  const [done, setDone] = useState('');
  const result = useSuggestions(startupId, open);
  const confirm = async (id: string, name: string) => {
    setError('');
    try {
      await confirmMentor(startupId, id);
      setDone(t('mentors.confirmed', { name }));
      await Promise.all([
        client.invalidateQueries({ queryKey: ['startup-mentors', startupId] }),
        client.invalidateQueries({ queryKey: ['mentor-suggestions', startupId] }),
      ]);
    } catch (e) {
      setError(isApiError(e) ? e.detail : t('errors.generic'));
    }
  };
  const module = (code: string) => moduleLabel(programmes.data, code, lang);
  const left = result.data?.leftOut;
  return (
    <Stack gap="sm" component="section" aria-labelledby="mentor-suggestions">
      <Title order={2} id="mentor-suggestions">
        {t('mentors.suggestions')}
      </Title>
      {!open && (
        <Button w="fit-content" onClick={() => setOpen(true)}>
          {t('mentors.suggest')}
        </Button>
      )}
      {done && (
        <Alert color="green" role="status">
          {done}
        </Alert>
      )}
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      {result.data && (
        <>
          <Text size="sm">
            {t('mentors.weakest', { modules: result.data.startup.weakestModules.map(module).join(', ') || '—' })}
          </Text>
          {result.data.suggestions.length === 0 && <Text>{t('mentors.noSuggestions')}</Text>}
          {result.data.suggestions.map((s) => (
            <Card key={s.mentor.id} withBorder component="article" aria-label={s.mentor.name}>
              <Group justify="space-between">
                <div>
                  <Text fw={600}>
                    <bdi>{s.mentor.name}</bdi>
                  </Text>
                  <Text size="sm">
                    <bdi>{s.mentor.jobTitle}</bdi> · <bdi>{s.mentor.partner}</bdi>
                  </Text>
                </div>
                <Text fw={700}>{t('mentors.scoreOf', { score: s.score })}</Text>
              </Group>
              <List size="sm" mt="xs" aria-label={t('mentors.reasonsFor', { name: s.mentor.name })}>
                {s.reasons.map((r) => (
                  <List.Item key={r.code}>{reasonText(t, r, module)}</List.Item>
                ))}
              </List>
              <Button mt="sm" size="xs" w="fit-content" onClick={() => confirm(s.mentor.id, s.mentor.name)}>
                {t('mentors.confirm', { name: s.mentor.name })}
              </Button>
            </Card>
          ))}
          {left && (
            <Text size="sm" c="dimmed">
              {t('mentors.leftOut', { full: left.full, language: left.no_common_language, paused: left.paused })}
            </Text>
          )}
        </>
      )}
    </Stack>
  );
}
