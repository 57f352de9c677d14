import { Alert, Button, Code, Group, NativeSelect, Stack, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api';
import { joinWaitingList, useCandidateSearch, type Joined } from '../api/training';

/** A caseworker puts a candidate on the list and gets the link that shows the candidate their own place. */
export function JoinWaitingList({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [q, setQ] = useState('');
  const [candidateId, setCandidateId] = useState('');
  const [joined, setJoined] = useState<Joined | null>(null);
  const found = useCandidateSearch(q);
  const join = useMutation({
    mutationFn: () => joinWaitingList(slug, candidateId),
    onSuccess: async (j) => {
      setJoined(j);
      await queryClient.invalidateQueries({ queryKey: ['training'] });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (candidateId) join.mutate();
  };
  const options = found.data?.items ?? [];
  return (
    <form onSubmit={submit} aria-labelledby="join-waiting-list">
      <Stack gap="sm" maw={640}>
        <Title order={2} size="h3" id="join-waiting-list">
          {t('training.join')}
        </Title>
        <Group align="flex-end">
          <TextInput label={t('training.findCandidate')} value={q} onChange={(e) => setQ(e.currentTarget.value)} />
          <NativeSelect
            label={t('training.candidate')}
            value={candidateId}
            onChange={(e) => setCandidateId(e.currentTarget.value)}
            data={[
              { value: '', label: t('training.chooseCandidate') },
              ...options.map((c) => ({ value: c.id, label: `${c.fullName} (${c.reference})` })),
            ]}
            miw={240}
          />
          <Button type="submit" disabled={!candidateId} loading={join.isPending}>
            {t('training.addToList')}
          </Button>
        </Group>
        {join.isError && (
          <Alert color="red" role="alert">
            {isApiError(join.error) ? join.error.detail : t('training.failed')}
          </Alert>
        )}
        {joined && (
          <Alert
            color="teal"
            title={t('training.joined', { position: joined.position })}
            styles={{ title: { color: 'var(--mantine-color-black)' } }}
          >
            {t('training.linkOnce')}{' '}
            <Code data-testid="position-link">{`${window.location.origin}${joined.positionPath}`}</Code>
          </Alert>
        )}
      </Stack>
    </form>
  );
}
