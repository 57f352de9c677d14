import { Alert, Button, Group, NativeSelect, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api';
import { pipelineStages, type PipelineStage } from '../api/candidates';
import { moveCandidate } from '../api/pipeline';

type Props = { id: string; name: string; stage: PipelineStage; compact?: boolean };

/** Moves a candidate to another stage; a gate that forbids it is shown as the server words it. */
export function StageMove({ id, name, stage, compact = false }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [to, setTo] = useState<PipelineStage | ''>('');
  const [reason, setReason] = useState('');
  const mutation = useMutation({
    mutationFn: () => moveCandidate(id, stage, to as PipelineStage, reason.trim() || undefined),
    onSuccess: async () => {
      setTo('');
      setReason('');
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['pipeline'] }),
        queryClient.invalidateQueries({ queryKey: ['candidate', id] }),
        queryClient.invalidateQueries({ queryKey: ['candidates'] }),
      ]);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (to) mutation.mutate();
  };
  return (
    <form onSubmit={submit} aria-label={t('matching.pipeline.moveOf', { name })}>
      <Group gap="xs" align="flex-end" wrap={compact ? 'wrap' : 'nowrap'}>
        <NativeSelect
          label={t('matching.pipeline.moveTo')}
          aria-label={t('matching.pipeline.moveToOf', { name })}
          size={compact ? 'xs' : 'sm'}
          value={to}
          onChange={(e) => setTo(e.currentTarget.value as PipelineStage)}
          data={[
            { value: '', label: t('matching.pipeline.choose') },
            ...pipelineStages.filter((s) => s !== stage).map((s) => ({ value: s, label: t(`matching.stages.${s}`) })),
          ]}
        />
        {to === 'withdrawn' && (
          <TextInput
            size={compact ? 'xs' : 'sm'}
            label={t('matching.pipeline.reason')}
            required
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
          />
        )}
        <Button type="submit" size={compact ? 'xs' : 'sm'} disabled={!to} loading={mutation.isPending}>
          {t('matching.pipeline.move')}
        </Button>
      </Group>
      {mutation.error && (
        <Alert color="red" mt="xs" role="alert" p="xs">
          {isApiError(mutation.error) ? mutation.error.detail : t('errors.generic')}
        </Alert>
      )}
    </form>
  );
}
