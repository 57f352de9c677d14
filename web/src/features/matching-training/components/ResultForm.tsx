import { Alert, Button, Group, NativeSelect, NumberInput, Stack, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api';
import { recordResult, type CohortDetail } from '../api/training';

const skills = ['listening', 'reading', 'writing', 'speaking'] as const;
const today = () => new Date().toISOString().slice(0, 10);

/** A new IELTS result from the cohort; the candidate's pathway works out the shortfall again from it. */
export function ResultForm({ cohort }: { cohort: CohortDetail }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [candidateId, setCandidateId] = useState(cohort.enrolments[0]?.candidate.id ?? '');
  const [date, setDate] = useState(today());
  const [scores, setScores] = useState<Record<string, number | string>>({});
  const save = useMutation({
    mutationFn: () =>
      recordResult(cohort.id, {
        candidateId,
        englishTest: {
          test: 'ielts',
          variant: 'academic',
          date,
          scores: Object.fromEntries(skills.map((s) => [s, Number(scores[s] ?? 0)])),
        },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['training'] }),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  const problem = (path: string) =>
    isApiError(save.error) ? save.error.errors.find((e) => e.path === `body.englishTest.${path}`)?.message : undefined;
  return (
    <form onSubmit={submit} aria-labelledby="result-form">
      <Stack gap="sm" maw={640}>
        <Title order={2} size="h3" id="result-form">
          {t('training.recordResult')}
        </Title>
        <NativeSelect
          label={t('training.candidate')}
          value={candidateId}
          onChange={(e) => setCandidateId(e.currentTarget.value)}
          data={cohort.enrolments.map((e) => ({
            value: e.candidate.id,
            label: e.candidate.fullName ?? e.candidate.reference,
          }))}
          maw={320}
        />
        <TextInput
          type="date"
          label={t('training.testDate')}
          value={date}
          max={today()}
          onChange={(e) => setDate(e.currentTarget.value)}
          error={problem('date')}
          maw={220}
          required
        />
        <Group>
          {skills.map((s) => (
            <NumberInput
              key={s}
              label={t(`training.skills.${s}`)}
              min={0}
              max={9}
              step={0.5}
              decimalScale={1}
              value={scores[s] ?? ''}
              onChange={(v) => setScores({ ...scores, [s]: v })}
              error={problem(`scores.${s}`)}
              w={110}
              required
            />
          ))}
        </Group>
        {save.isError && (
          <Alert color="red" role="alert">
            {isApiError(save.error) ? save.error.detail : t('training.failed')}
          </Alert>
        )}
        {save.isSuccess && <Alert color="teal">{t('training.resultSaved')}</Alert>}
        <Button type="submit" loading={save.isPending} w="fit-content">
          {t('training.saveResult')}
        </Button>
      </Stack>
    </form>
  );
}
