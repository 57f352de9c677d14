import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { usePageTitle } from '../../../lib/usePageTitle';
import { createTask } from '../api/tasks';
import { TaskForm } from './TaskForm';

/** A coordinator gives someone a task outside a meeting. */
export function NewTaskPage() {
  const { t } = useTranslation();
  const title = t('partnership.tasks.new');
  usePageTitle(title);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  return (
    <Stack gap="lg" maw={760}>
      <Anchor component={Link} to="/partnership" size="sm">
        {t('partnership.task.back')}
      </Anchor>
      <Title order={1}>{title}</Title>
      <Text>{t('partnership.tasks.newIntro')}</Text>
      <TaskForm
        id="new-task"
        heading={t('partnership.tasks.details')}
        headingLevel={2}
        submitLabel={t('partnership.tasks.create')}
        save={createTask}
        onSaved={async (task) => {
          await queryClient.invalidateQueries({ queryKey: ['tasks'] });
          void navigate(`/partnership/tasks/${encodeURIComponent(task.id)}`);
        }}
      />
    </Stack>
  );
}
