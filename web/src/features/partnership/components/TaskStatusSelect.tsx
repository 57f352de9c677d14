import { NativeSelect } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { taskStatuses, updateTask, type Task, type TaskStatus } from '../api/tasks';

/** hideLabel: the label is the accessible name only (on board cards, where the title is already shown). */
type Props = { task: Task; label: string; hideLabel?: boolean };

/** Changes a task's status with a native select: works from the keyboard and with any screen reader. */
export function TaskStatusSelect({ task, label, hideLabel }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (status: TaskStatus) => updateTask(task.id, { status, version: task.version }),
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: ['tasks'] });
      await queryClient.invalidateQueries({ queryKey: ['task', task.id] });
      await queryClient.invalidateQueries({ queryKey: ['meeting'] });
    },
  });
  return (
    <NativeSelect
      size="xs"
      label={hideLabel ? undefined : label}
      aria-label={hideLabel ? label : undefined}
      value={task.status}
      disabled={save.isPending}
      error={save.error ? t('partnership.task.statusFailed') : undefined}
      onChange={(e) => save.mutate(e.currentTarget.value as TaskStatus)}
      data={taskStatuses.map((s) => ({ value: s, label: t(`partnership.statuses.${s}`) }))}
    />
  );
}
