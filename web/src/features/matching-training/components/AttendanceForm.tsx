import { Alert, Button, Checkbox, Stack, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api';
import { recordAttendance, type CohortDetail } from '../api/training';

const today = () => new Date().toISOString().slice(0, 10);

/** Who came to one session; a first attended session marks the training as started in the pathway. */
export function AttendanceForm({ cohort }: { cohort: CohortDetail }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [sessionOn, setSessionOn] = useState(today() < cohort.endsOn ? today() : cohort.endsOn);
  const [present, setPresent] = useState<Record<string, boolean>>({});
  const save = useMutation({
    mutationFn: () =>
      recordAttendance(
        cohort.id,
        sessionOn,
        cohort.enrolments.map((e) => ({ candidateId: e.candidate.id, present: present[e.candidate.id] ?? false })),
      ),
    onSuccess: (saved) => queryClient.setQueryData(['training', 'cohort', cohort.id], saved),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  const dateError = isApiError(save.error)
    ? save.error.errors.find((e) => e.path === 'body.sessionOn')?.message
    : undefined;
  return (
    <form onSubmit={submit} aria-labelledby="attendance-form">
      <Stack gap="sm" maw={520}>
        <Title order={2} size="h3" id="attendance-form">
          {t('training.recordAttendance')}
        </Title>
        <TextInput
          type="date"
          label={t('training.sessionOn')}
          value={sessionOn}
          max={today()}
          onChange={(e) => setSessionOn(e.currentTarget.value)}
          error={dateError}
          maw={220}
          required
        />
        <Stack gap={6} role="group" aria-label={t('training.present')}>
          {cohort.enrolments.map((e) => (
            <Checkbox
              key={e.id}
              label={e.candidate.fullName ?? e.candidate.reference}
              checked={present[e.candidate.id] ?? false}
              onChange={(ev) => setPresent({ ...present, [e.candidate.id]: ev.currentTarget.checked })}
            />
          ))}
        </Stack>
        {save.isError && !dateError && (
          <Alert color="red" role="alert">
            {isApiError(save.error) ? save.error.detail : t('training.failed')}
          </Alert>
        )}
        {save.isSuccess && <Alert color="teal">{t('training.saved')}</Alert>}
        <Button type="submit" loading={save.isPending} w="fit-content">
          {t('training.saveAttendance')}
        </Button>
      </Stack>
    </form>
  );
}
