import { Alert, Button, Group, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api';
import { updateTask, type TaskDetail } from '../api/tasks';

/**
 * The owner (or a coordinator) changes a task's title, description or due date; a stale version is refused.
 * Mounted with the task's version as its key, so a saved or reloaded task starts the form afresh.
 */
export function TaskEdit({ task }: { task: TaskDetail }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [v, setV] = useState({ title: task.title, description: task.description, dueOn: task.dueOn ?? '' });
  const save = useMutation({
    mutationFn: () =>
      updateTask(task.id, {
        version: task.version,
        title: v.title.trim(),
        description: v.description,
        dueOn: v.dueOn || null,
      }),
    onSuccess: async (saved) => {
      queryClient.setQueryData(['task', task.id], saved);
      await queryClient.invalidateQueries({ queryKey: ['tasks'] });
    },
  });
  const conflict = isApiError(save.error) && save.error.status === 409;
  const fieldError = (f: string) =>
    isApiError(save.error) ? save.error.errors.find((e) => e.path === `body.${f}`)?.message : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (v.title.trim()) save.mutate();
  };
  return (
    <form onSubmit={submit} aria-labelledby="task-edit">
      <Stack gap="sm" maw={820}>
        <Title order={2} size="h3" id="task-edit">
          {t('partnership.task.edit')}
        </Title>
        {conflict && (
          <Alert
            color="orange"
            title={t('partnership.task.conflict')}
            styles={{ title: { color: 'var(--mantine-color-orange-9)' } }}
          >
            <Button
              size="xs"
              variant="default"
              onClick={() => void queryClient.invalidateQueries({ queryKey: ['task', task.id] })}
            >
              {t('partnership.task.reload')}
            </Button>
          </Alert>
        )}
        <TextInput
          label={t('partnership.task.title')}
          required
          maxLength={200}
          value={v.title}
          onChange={(e) => setV({ ...v, title: e.currentTarget.value })}
          error={fieldError('title')}
        />
        <Textarea
          label={t('partnership.task.description')}
          autosize
          minRows={2}
          maxLength={5000}
          value={v.description}
          onChange={(e) => setV({ ...v, description: e.currentTarget.value })}
          error={fieldError('description')}
        />
        <TextInput
          type="date"
          label={t('partnership.task.dueOn')}
          value={v.dueOn}
          onChange={(e) => setV({ ...v, dueOn: e.currentTarget.value })}
          error={fieldError('dueOn')}
          maw={260}
        />
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('partnership.task.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
