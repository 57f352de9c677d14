import { Anchor, Button, Group, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { usePageTitle } from '../../../lib/usePageTitle';
import { createInterview } from '../api/interviews';
import { ProblemAlert } from './ProblemAlert';

/** A new interview: a pseudonym for the interviewee (never a name), the date, language and transcript. */
export function NewInterviewPage() {
  const { t } = useTranslation();
  const title = t('researchProgramme.interviews.new');
  usePageTitle(title);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [v, setV] = useState({ title: '', intervieweeLabel: '', interviewedOn: '', language: 'en', transcript: '' });
  const mutation = useMutation({
    mutationFn: () => createInterview({ ...v, title: v.title.trim(), intervieweeLabel: v.intervieweeLabel.trim() }),
    onSuccess: async (i) => {
      await queryClient.invalidateQueries({ queryKey: ['interviews'] });
      void navigate(`/research/interviews/${encodeURIComponent(i.id)}`);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    mutation.mutate();
  };
  const set = (k: keyof typeof v) => (value: string) => setV((old) => ({ ...old, [k]: value }));
  return (
    <Stack gap="lg" maw={760}>
      <Anchor component={Link} to="/research/interviews" size="sm">
        {t('researchProgramme.interviews.back')}
      </Anchor>
      <Title order={1}>{title}</Title>
      <Text>{t('researchProgramme.interviews.newIntro')}</Text>
      <form onSubmit={submit} aria-label={title}>
        <Stack gap="sm">
          <TextInput
            label={t('researchProgramme.interview.title')}
            required
            maxLength={200}
            value={v.title}
            onChange={(e) => set('title')(e.currentTarget.value)}
          />
          <Group grow align="flex-end">
            <TextInput
              label={t('researchProgramme.interview.interviewee')}
              description={t('researchProgramme.interview.intervieweeHint')}
              required
              maxLength={120}
              value={v.intervieweeLabel}
              onChange={(e) => set('intervieweeLabel')(e.currentTarget.value)}
            />
            <TextInput
              type="date"
              label={t('researchProgramme.interview.on')}
              required
              value={v.interviewedOn}
              onChange={(e) => set('interviewedOn')(e.currentTarget.value)}
            />
            <TextInput
              label={t('researchProgramme.interview.language')}
              maxLength={10}
              value={v.language}
              onChange={(e) => set('language')(e.currentTarget.value)}
            />
          </Group>
          <Textarea
            label={t('researchProgramme.interview.transcript')}
            autosize
            minRows={6}
            maxLength={500000}
            value={v.transcript}
            onChange={(e) => set('transcript')(e.currentTarget.value)}
          />
          <Button
            type="submit"
            loading={mutation.isPending}
            disabled={!v.title.trim() || !v.intervieweeLabel.trim() || !v.interviewedOn}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('researchProgramme.interviews.create')}
          </Button>
          <ProblemAlert error={mutation.error} />
        </Stack>
      </form>
    </Stack>
  );
}
