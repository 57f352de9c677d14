import { Alert, Button, Group, Modal, Paper, Radio, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api';
import {
  mergeDuplicates,
  type DuplicateEntity,
  type DuplicatePair,
  type MergeResult,
  type Party,
} from '../api/duplicates';
import { RecordCard } from './RecordCard';

export type MergeDone = { result: MergeResult; kept: string; merged: string };

type Props = {
  entity: DuplicateEntity;
  /** Merging is for programme admins; coordinators may look and compare. */
  canMerge: boolean;
  pair: DuplicatePair;
  onClose: () => void;
  onMerged: (done: MergeDone) => void;
};

/** The two records side by side; the reader chooses which stays, confirms, and the other is merged into it. */
export function DuplicateComparison({ entity, canMerge, pair, onClose, onMerged }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const heading = useRef<HTMLHeadingElement>(null);
  const [keepId, setKeepId] = useState(pair.suggestedKeepId);
  const [confirming, setConfirming] = useState(false);
  const keep: Party = keepId === pair.b.id ? pair.b : pair.a;
  const merge: Party = keep === pair.a ? pair.b : pair.a;
  useEffect(() => heading.current?.focus(), []);

  const run = useMutation({
    mutationFn: () => mergeDuplicates({ entity, keepId: keep.id, mergeId: merge.id }),
    onSuccess: async (result) => {
      setConfirming(false);
      await queryClient.invalidateQueries({ queryKey: ['duplicates'] });
      await queryClient.invalidateQueries({
        predicate: (q) => ['micro-asset', 'partners', 'area-counts'].some((k) => String(q.queryKey[0]).startsWith(k)),
      });
      onMerged({ result, kept: keep.name, merged: merge.name });
    },
  });

  return (
    <Paper component="section" withBorder p="md" aria-labelledby="duplicate-compare">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <Title order={2} size="h3" id="duplicate-compare" ref={heading} tabIndex={-1}>
            {t('duplicates.compareTitle')}
          </Title>
          <Button variant="default" size="xs" onClick={onClose}>
            {t('duplicates.closeCompare')}
          </Button>
        </Group>
        {canMerge ? (
          <>
            <Radio.Group
              value={keepId}
              onChange={setKeepId}
              label={t('duplicates.keepLabel')}
              description={t('duplicates.keepHint')}
            >
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" mt="sm">
                {[pair.a, pair.b].map((party) => (
                  <Stack key={party.id} gap="xs">
                    <Radio value={party.id} label={t('duplicates.keepThis', { name: party.name })} />
                    <RecordCard entity={entity} party={party} suggested={party.id === pair.suggestedKeepId} />
                  </Stack>
                ))}
              </SimpleGrid>
            </Radio.Group>
            <Group>
              <Button color="red.9" onClick={() => setConfirming(true)}>
                {t('duplicates.merge')}
              </Button>
            </Group>
          </>
        ) : (
          <>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              {[pair.a, pair.b].map((party) => (
                <RecordCard
                  key={party.id}
                  entity={entity}
                  party={party}
                  suggested={party.id === pair.suggestedKeepId}
                />
              ))}
            </SimpleGrid>
            <Text size="sm">{t('duplicates.adminMerges')}</Text>
          </>
        )}
      </Stack>
      <Modal.Root opened={confirming} onClose={() => setConfirming(false)} centered>
        <Modal.Overlay />
        <Modal.Content>
          {/* A div, not Mantine's default <header>: a second banner landmark confuses screen-reader navigation. */}
          <Modal.Header {...({ component: 'div' } as object)}>
            <Modal.Title>{t('duplicates.confirmTitle')}</Modal.Title>
            <Modal.CloseButton aria-label={t('duplicates.cancel')} />
          </Modal.Header>
          <Modal.Body>
            <Stack gap="md">
              <Text>{t('duplicates.confirm', { keep: keep.name, merge: merge.name })}</Text>
              <Text size="sm">{t('duplicates.confirmHint')}</Text>
              {run.isError && (
                <Alert color="red" role="alert" title={t('duplicates.mergeFailed')}>
                  {isApiError(run.error) ? run.error.detail : t('errors.generic')}
                </Alert>
              )}
              <Group justify="flex-end">
                <Button variant="default" onClick={() => setConfirming(false)}>
                  {t('duplicates.cancel')}
                </Button>
                <Button color="red.9" loading={run.isPending} onClick={() => run.mutate()}>
                  {t('duplicates.confirmMerge')}
                </Button>
              </Group>
            </Stack>
          </Modal.Body>
        </Modal.Content>
      </Modal.Root>
    </Paper>
  );
}
