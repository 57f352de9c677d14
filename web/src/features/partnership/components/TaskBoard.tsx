import { Anchor, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ForbiddenPage } from '../../../components/ForbiddenPage';
import { ListBody } from '../../../components/ListBody';
import { isForbiddenError } from '../../../lib/api';
import { usePageTitle } from '../../../lib/usePageTitle';
import { taskStatuses, useTasks, type Task } from '../api/tasks';
import { DueDate } from './TasksPage';
import { TaskStatusSelect } from './TaskStatusSelect';

const boardQuery = { page: 1, pageSize: 100, sort: 'dueOn' };

/**
 * Tasks in columns by status. A card moves with its status select (keyboard and screen reader friendly), not by
 * dragging; each column is a labelled list.
 */
export function TaskBoard() {
  const { t } = useTranslation();
  const title = t('partnership.board.title');
  usePageTitle(title);
  const result = useTasks(boardQuery);
  if (isForbiddenError(result.error)) return <ForbiddenPage />;
  return (
    <Stack gap="md">
      <Title order={1}>{title}</Title>
      <Text>{t('partnership.board.intro')}</Text>
      <ListBody result={result}>
        {(data) => (
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md">
            {taskStatuses.map((status) => {
              const tasks = data.items.filter((task) => task.status === status);
              const headingId = `board-${status}`;
              return (
                <Paper key={status} withBorder p="sm" component="section" aria-labelledby={headingId} bg="gray.0">
                  <Title order={2} size="h4" id={headingId} mb="sm">
                    {t('partnership.board.column', {
                      status: t(`partnership.statuses.${status}`),
                      count: tasks.length,
                    })}
                  </Title>
                  {tasks.length === 0 ? (
                    <Text size="sm">{t('partnership.board.empty')}</Text>
                  ) : (
                    <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
                      {tasks.map((task) => (
                        <TaskCard key={task.id} task={task} />
                      ))}
                    </Stack>
                  )}
                </Paper>
              );
            })}
          </SimpleGrid>
        )}
      </ListBody>
    </Stack>
  );
}

function TaskCard({ task }: { task: Task }) {
  const { t } = useTranslation();
  return (
    <Paper component="li" withBorder p="xs" bg="white">
      <Stack gap={4}>
        <Anchor component={Link} to={`/partnership/tasks/${encodeURIComponent(task.id)}`} fw={600}>
          <bdi>{task.title}</bdi>
        </Anchor>
        <Text size="sm">
          <bdi>{task.owner.displayName}</bdi> · <bdi>{task.partner.name}</bdi>
        </Text>
        <Text size="sm" component="div">
          <DueDate task={task} />
        </Text>
        <TaskStatusSelect task={task} hideLabel label={t('partnership.board.statusOf', { title: task.title })} />
      </Stack>
    </Paper>
  );
}
