import { Button, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../components/QueryError';
import { formatDateTime } from '../../../lib/format';
import { addMentoringNote, useMentoringNotes } from '../api/programme';
import { ProblemAlert } from './ProblemAlert';

/** Mentoring notes: the supervising partner only; opening them is recorded in the audit log. */
export function MentoringNotes({ researcherId }: { researcherId: string }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const { data, error, refetch } = useMentoringNotes(researcherId, true);
  const [body, setBody] = useState('');
  const mutation = useMutation({
    mutationFn: () => addMentoringNote(researcherId, body.trim()),
    onSuccess: (notes) => {
      setBody('');
      queryClient.setQueryData(['mentoring-notes', researcherId], notes);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (body.trim()) mutation.mutate();
  };
  return (
    <section aria-labelledby="mentoring-heading">
      <Stack gap="sm">
        <Title order={2} id="mentoring-heading">
          {t('researchProgramme.mentoring.title')}
        </Title>
        <Text size="sm">{t('researchProgramme.mentoring.privacy')}</Text>
        {error && <QueryError error={error} onRetry={() => void refetch()} />}
        {data && data.items.length === 0 && <Text>{t('researchProgramme.mentoring.none')}</Text>}
        {data && data.items.length > 0 && (
          <Stack component="ol" gap="xs" style={{ listStyle: 'none', padding: 0 }}>
            {data.items.map((n) => (
              <li key={n.id}>
                <Text size="sm" c="dimmed">
                  {formatDateTime(n.createdAt, i18n.resolvedLanguage ?? 'en')}
                  {n.author ? ` · ${n.author}` : ''}
                </Text>
                <Text style={{ whiteSpace: 'pre-wrap' }}>
                  <bdi>{n.body}</bdi>
                </Text>
              </li>
            ))}
          </Stack>
        )}
        <form onSubmit={submit}>
          <Stack gap="xs">
            <Textarea
              label={t('researchProgramme.mentoring.add')}
              value={body}
              onChange={(e) => setBody(e.currentTarget.value)}
              maxLength={10000}
              autosize
              minRows={3}
            />
            <Button
              type="submit"
              loading={mutation.isPending}
              disabled={!body.trim()}
              style={{ alignSelf: 'flex-start' }}
            >
              {t('researchProgramme.mentoring.save')}
            </Button>
            <ProblemAlert error={mutation.error} />
          </Stack>
        </form>
      </Stack>
    </section>
  );
}
