import { Alert, Anchor, Button, Group, List, Radio, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { QueryError } from '../../../components/QueryError';
import { isApiError } from '../../../lib/api';
import { usePageTitle } from '../../../lib/usePageTitle';
import { countKeys, mergeCandidates, useComparison, type DuplicateSummary, type MergeResult } from '../api/duplicates';

const fields = ['fullName', 'dateOfBirth', 'phone', 'email', 'borough', 'rightToWork', 'stage', 'status'] as const;

/** Two records side by side; the caseworker picks the one to keep and merges the other into it. */
export function ComparePage() {
  const { t } = useTranslation();
  const { id = '', other = '' } = useParams();
  const title = t('matchingDuplicates.compareTitle');
  usePageTitle(title);
  const queryClient = useQueryClient();
  const { data, error } = useComparison(id, other);
  const [keep, setKeep] = useState<'a' | 'b'>('a');
  const [done, setDone] = useState<MergeResult | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: ({ survivor, merged }: { survivor: DuplicateSummary; merged: DuplicateSummary }) =>
      mergeCandidates(survivor, merged),
    onSuccess: async (result) => {
      setDone(result);
      await queryClient.invalidateQueries({ queryKey: ['candidate'] });
      await queryClient.invalidateQueries({ queryKey: ['duplicates'] });
    },
    onError: (e) => setProblem(isApiError(e) ? e.message : String(e)),
  });
  if (error) return <QueryError error={error} />;
  if (!data) return <Title order={1}>{title}</Title>;
  const records = { a: data.a, b: data.b };
  const survivor = records[keep];
  const merged = records[keep === 'a' ? 'b' : 'a'];
  const show = (v: string | null) => v ?? '—';
  return (
    <Stack gap="md">
      <Title order={1}>{title}</Title>
      <Text>{t('matchingDuplicates.compareIntro', { reasons: data.reasons.join('; ') || '—' })}</Text>
      <Table withTableBorder>
        <Table.Caption>{t('matchingDuplicates.sideBySide')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('matchingDuplicates.field')}</Table.Th>
            {(['a', 'b'] as const).map((k) => (
              <Table.Th scope="col" key={k}>
                <Anchor component={Link} to={`/matching/candidates/${encodeURIComponent(records[k].id)}`}>
                  {records[k].reference}
                </Anchor>
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {fields.map((f) => (
            <Table.Tr key={f}>
              <Table.Th scope="row">{t(`matchingDuplicates.fields.${f}`)}</Table.Th>
              <Table.Td>
                <bdi>{show(data.a[f])}</bdi>
              </Table.Td>
              <Table.Td>
                <bdi>{show(data.b[f])}</bdi>
              </Table.Td>
            </Table.Tr>
          ))}
          {countKeys.map((k) => (
            <Table.Tr key={k}>
              <Table.Th scope="row">{t(`matchingDuplicates.counts.${k}`)}</Table.Th>
              <Table.Td>{data.a.counts[k]}</Table.Td>
              <Table.Td>{data.b.counts[k]}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {done ? (
        <Alert color="green" role="status" title={t('matchingDuplicates.merged', { into: done.survivor.reference })}>
          <Text size="sm">{t('matchingDuplicates.mergedNote', { merged: done.merged.reference })}</Text>
          {done.conflicts.length > 0 && (
            <List size="sm" mt="xs">
              {done.conflicts.map((c) => (
                <List.Item key={c.field}>{c.explanation}</List.Item>
              ))}
            </List>
          )}
          <Anchor component={Link} to={`/matching/candidates/${encodeURIComponent(done.survivor.id)}`}>
            {t('matchingDuplicates.openSurvivor')}
          </Anchor>
        </Alert>
      ) : (
        <Stack gap="sm">
          <Radio.Group
            label={t('matchingDuplicates.keep')}
            value={keep}
            onChange={(v) => setKeep(v === 'b' ? 'b' : 'a')}
          >
            <Group mt="xs">
              {(['a', 'b'] as const).map((k) => (
                <Radio key={k} value={k} label={`${records[k].reference} (${records[k].fullName})`} />
              ))}
            </Group>
          </Radio.Group>
          <Text size="sm">
            {t('matchingDuplicates.mergeExplained', { merged: merged.reference, survivor: survivor.reference })}
          </Text>
          {problem && (
            <Alert color="red" role="alert">
              {problem}
            </Alert>
          )}
          <Group>
            <Button onClick={() => mutation.mutate({ survivor, merged })} loading={mutation.isPending}>
              {t('matchingDuplicates.merge', { merged: merged.reference, survivor: survivor.reference })}
            </Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
