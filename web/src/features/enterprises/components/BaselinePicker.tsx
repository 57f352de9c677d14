import { Alert, Button, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api';
import { can, useSession } from '../../../lib/session';
import { linkBaseline, unlinkBaseline, useBaselineCandidates, type BaselineStats } from '../api/directory';

/**
 * For staff who manage the baseline study: choose which research questionnaire is the baseline survey of
 * enterprises, or stop using one. Everyone else sees nothing here.
 */
export function BaselinePicker({ linked }: { linked: BaselineStats['form'][] }) {
  const { data: user } = useSession();
  if (!can(user, 'directory.baseline.manage')) return null;
  return <Picker linked={linked} />;
}

function Picker({ linked }: { linked: BaselineStats['form'][] }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const candidates = useBaselineCandidates(true);
  const [picked, setPicked] = useState<string | null>(null);
  const [error, setError] = useState('');
  const done = async () => {
    setError('');
    setPicked(null);
    await client.invalidateQueries({ queryKey: ['directory-stats'] });
  };
  const failed = (e: unknown) => setError(isApiError(e) ? e.detail : t('errors.generic'));
  const link = useMutation({ mutationFn: linkBaseline, onSuccess: done, onError: failed });
  const unlink = useMutation({ mutationFn: unlinkBaseline, onSuccess: done, onError: failed });
  const isLinked = new Set(linked.map((f) => f.id));
  const options = (candidates.data?.items ?? [])
    .filter((f) => !isLinked.has(f.id) && f.status !== 'draft')
    .map((f) => ({ value: f.id, label: f.title }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!picked) return setError(t('baselineStudy.pickNeeded'));
    link.mutate(picked);
  };
  return (
    <Stack gap="sm" component="section" aria-labelledby="baseline-picker">
      <Title order={3} id="baseline-picker">
        {t('baselineStudy.pickTitle')}
      </Title>
      {linked.map((f) => (
        <Group key={f.id} gap="sm">
          <Text>
            <bdi>{f.title}</bdi>
          </Text>
          <Button size="xs" variant="default" loading={unlink.isPending} onClick={() => unlink.mutate(f.id)}>
            {t('baselineStudy.unlink', { title: f.title })}
          </Button>
        </Group>
      ))}
      <form onSubmit={submit} noValidate>
        <Group align="end" gap="sm">
          <Select
            label={t('baselineStudy.pickLabel')}
            placeholder={t('baselineStudy.pickPlaceholder')}
            data={options}
            value={picked}
            onChange={setPicked}
            searchable
            nothingFoundMessage={t('baselineStudy.pickNone')}
            w={320}
          />
          <Button type="submit" loading={link.isPending}>
            {t('baselineStudy.link')}
          </Button>
        </Group>
      </form>
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
    </Stack>
  );
}
