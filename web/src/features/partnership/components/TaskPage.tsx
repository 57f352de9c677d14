import { Anchor, Badge, Button, Group, List, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { FactList } from '../../../components/FactList';
import { NotFoundPage } from '../../../components/NotFoundPage';
import { PageLoader } from '../../../components/PageLoader';
import { QueryError } from '../../../components/QueryError';
import { isApiError } from '../../../lib/api';
import { formatDateTime } from '../../../lib/format';
import { usePageTitle } from '../../../lib/usePageTitle';
import { commentOnTask, useTask, type TaskDetail } from '../api/tasks';
import { TaskEdit } from './TaskEdit';
import { DueDate } from './TasksPage';
import { TaskStatusSelect } from './TaskStatusSelect';

const linkPaths: Record<string, string> = {
  macro_asset: '/assets/macro-assets/',
  opportunity: '/assets/opportunities/',
  micro_asset: '/assets/micro-assets/',
};

/** One task: who owns it, when it is due, what it is about, its status and its comments. */
export function TaskPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data: task, error, refetch } = useTask(id);
  usePageTitle(task?.title ?? t('partnership.tasks.title'));
  if (isApiError(error) && error.status === 404) return <NotFoundPage />;
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!task) return <PageLoader />;
  return (
    <Stack gap="xl">
      <Stack gap="sm">
        <Anchor component={Link} to="/partnership" size="sm">
          {t('partnership.task.back')}
        </Anchor>
        <Title order={1}>
          <bdi>{task.title}</bdi>
        </Title>
        <Group gap="xs">
          <Badge variant="filled" color="gray.8">
            {t(`partnership.statuses.${task.status}`)}
          </Badge>
        </Group>
        {task.description && (
          <Text maw={820} dir="auto" style={{ whiteSpace: 'pre-wrap' }}>
            {task.description}
          </Text>
        )}
      </Stack>
      <TaskFacts task={task} />
      {task.canUpdate && (
        <Stack maw={260}>
          <TaskStatusSelect task={task} label={t('partnership.task.status')} />
        </Stack>
      )}
      {task.canUpdate && <TaskEdit key={task.version} task={task} />}
      <TaskComments task={task} />
    </Stack>
  );
}

function TaskFacts({ task }: { task: TaskDetail }) {
  const { t } = useTranslation();
  const none = t('partnership.none');
  return (
    <FactList
      facts={[
        { label: t('partnership.task.owner'), value: <bdi>{task.owner.displayName}</bdi> },
        { label: t('partnership.task.partner'), value: <bdi>{task.partner.name}</bdi> },
        { label: t('partnership.task.dueOn'), value: <DueDate task={task} /> },
        {
          label: t('partnership.task.workPackage'),
          value: task.workPackage ? <bdi>{`${task.workPackage.code} ${task.workPackage.name}`}</bdi> : none,
        },
        {
          label: t('partnership.task.meeting'),
          value: task.meeting ? (
            <Anchor component={Link} to={`/partnership/meetings/${encodeURIComponent(task.meeting.id)}`}>
              <bdi>{task.meeting.title}</bdi>
            </Anchor>
          ) : (
            none
          ),
        },
        {
          label: t('partnership.task.links'),
          value:
            task.links.length === 0 ? (
              none
            ) : (
              <List>
                {task.links.map((l) => (
                  <List.Item key={`${l.type}-${l.id}`}>
                    {l.label ? (
                      <Anchor component={Link} to={`${linkPaths[l.type] ?? '/'}${encodeURIComponent(l.id)}`}>
                        <bdi>{l.label}</bdi>
                      </Anchor>
                    ) : (
                      t('partnership.task.hiddenLink')
                    )}
                  </List.Item>
                ))}
              </List>
            ),
        },
      ]}
    />
  );
}

function TaskComments({ task }: { task: TaskDetail }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [body, setBody] = useState('');
  const add = useMutation({
    mutationFn: () => commentOnTask(task.id, body),
    onSuccess: (saved) => {
      queryClient.setQueryData(['task', task.id], saved);
      setBody('');
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (body.trim()) add.mutate();
  };
  return (
    <Stack component="section" gap="sm" aria-labelledby="task-comments" maw={820}>
      <Title order={2} size="h3" id="task-comments">
        {t('partnership.task.comments')}
      </Title>
      {task.comments.length === 0 && <Text>{t('partnership.task.noComments')}</Text>}
      {task.comments.map((c) => (
        <Paper key={c.id} withBorder p="sm">
          <Text size="sm" fw={600}>
            <bdi>{c.author?.displayName ?? t('partnership.system')}</bdi> ·{' '}
            {formatDateTime(c.createdAt, i18n.resolvedLanguage ?? 'en')}
          </Text>
          <Text dir="auto" style={{ whiteSpace: 'pre-wrap' }}>
            {c.body}
          </Text>
        </Paper>
      ))}
      <form onSubmit={submit}>
        <Stack gap="xs">
          <Textarea
            label={t('partnership.task.addComment')}
            value={body}
            onChange={(e) => setBody(e.currentTarget.value)}
            maxLength={5000}
            autosize
            minRows={2}
            error={add.error ? t('partnership.saveFailed') : undefined}
          />
          <Group>
            <Button type="submit" loading={add.isPending} disabled={!body.trim()}>
              {t('partnership.task.postComment')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
