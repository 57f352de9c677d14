import { Anchor, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { FactList } from '../../../components/FactList';
import { NotFoundPage } from '../../../components/NotFoundPage';
import { PageLoader } from '../../../components/PageLoader';
import { SimpleTable } from '../../../components/SimpleTable';
import { isApiError } from '../../../lib/api';
import { formatDate, formatDateTime } from '../../../lib/format';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useWorkPackage } from '../api/governance';
import { useMeetings } from '../api/meetings';
import { MeetingsTable } from './MeetingsTable';
import { useActivity } from '../api/referrals';
import { useTasks } from '../api/tasks';

const recent = { page: 1, pageSize: 10 };

/** One work package: lead partner, members, objectives, milestones, and its tasks, meetings and activity. */
export function WorkPackagePage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const { slug = '' } = useParams();
  const { data: wp, error } = useWorkPackage(slug);
  usePageTitle(wp ? `${wp.code} ${wp.name}` : t('coordination.workPackages.title'));
  const tasks = useTasks({ ...recent, sort: 'dueOn', workPackage: slug });
  const meetings = useMeetings({ ...recent, sort: '-startsAt', workPackage: slug });
  const activity = useActivity({ ...recent, sort: '-occurredAt', workPackage: slug });
  if (isApiError(error) && error.status === 404) return <NotFoundPage />;
  if (!wp) return <PageLoader />;
  const see = (to: string) => (
    <Anchor component={Link} to={to} size="sm">
      {t('coordination.workPackage.seeAll')}
    </Anchor>
  );
  return (
    <Stack gap="md" maw={980}>
      <Anchor component={Link} to="/partnership/work-packages" size="sm">
        {t('coordination.workPackage.back')}
      </Anchor>
      <Title order={1}>
        <bdi>{`${wp.code} ${wp.name}`}</bdi>
      </Title>
      {wp.description && <Text>{wp.description}</Text>}
      <FactList
        facts={[
          { label: t('coordination.workPackages.lead'), value: <bdi>{wp.lead.name}</bdi> },
          {
            label: t('coordination.workPackage.members'),
            value: wp.members.length ? <bdi>{wp.members.map((m) => m.name).join(', ')}</bdi> : '—',
          },
        ]}
      />
      <Title order={2}>{t('coordination.workPackage.objectives')}</Title>
      {wp.objectives.length ? (
        <List>
          {wp.objectives.map((o) => (
            <List.Item key={o}>
              <bdi>{o}</bdi>
            </List.Item>
          ))}
        </List>
      ) : (
        <Text>{t('coordination.workPackage.noObjectives')}</Text>
      )}
      <Title order={2}>{t('coordination.workPackage.milestones')}</Title>
      <SimpleTable
        caption={t('coordination.workPackage.milestones')}
        rows={wp.milestones}
        rowKey={(m) => `${m.due}-${m.title}`}
        empty={t('coordination.workPackage.noMilestones')}
        columns={[
          { key: 'title', header: t('coordination.workPackage.milestone'), render: (m) => <bdi>{m.title}</bdi> },
          { key: 'due', header: t('coordination.workPackage.due'), render: (m) => formatDate(m.due, lang) },
          {
            key: 'done',
            header: t('coordination.workPackage.done'),
            render: (m) => (m.done ? t('coordination.workPackage.yes') : t('coordination.workPackage.no')),
          },
        ]}
      />
      <Title order={2}>{t('coordination.workPackage.tasks')}</Title>
      <SimpleTable
        caption={t('coordination.workPackage.tasks')}
        rows={tasks.data?.items ?? []}
        rowKey={(task) => task.id}
        empty={t('coordination.workPackage.noTasks')}
        columns={[
          {
            key: 'title',
            header: t('coordination.workPackage.task'),
            render: (task) => (
              <Anchor component={Link} to={`/partnership/tasks/${encodeURIComponent(task.id)}`} fz="inherit">
                <bdi>{task.title}</bdi>
              </Anchor>
            ),
          },
          {
            key: 'owner',
            header: t('coordination.workPackage.owner'),
            render: (task) => <bdi>{`${task.owner.displayName} (${task.partner.name})`}</bdi>,
          },
          {
            key: 'due',
            header: t('coordination.workPackage.due'),
            render: (task) => (task.dueOn ? formatDate(task.dueOn, lang) : '—'),
          },
          {
            key: 'status',
            header: t('coordination.workPackage.status'),
            render: (task) => t(`partnership.statuses.${task.status}`),
          },
        ]}
      />
      {(tasks.data?.total ?? 0) > recent.pageSize && see(`/partnership/tasks?workPackage=${encodeURIComponent(slug)}`)}
      <Title order={2}>{t('coordination.workPackage.meetings')}</Title>
      <MeetingsTable
        caption={t('coordination.workPackage.meetings')}
        rows={meetings.data?.items ?? []}
        empty={t('coordination.workPackage.noMeetings')}
        withBody
      />
      <Title order={2}>{t('coordination.workPackage.activity')}</Title>
      <SimpleTable
        caption={t('coordination.workPackage.activity')}
        rows={activity.data?.items ?? []}
        rowKey={(e) => e.id}
        empty={t('coordination.workPackage.noActivity')}
        columns={[
          {
            key: 'when',
            header: t('coordination.workPackage.when'),
            render: (e) => formatDateTime(e.occurredAt, lang),
          },
          { key: 'kind', header: t('coordination.activity.kind'), render: (e) => t(`coordination.kinds.${e.kind}`) },
          { key: 'summary', header: t('coordination.activity.summary'), render: (e) => <bdi>{e.summary}</bdi> },
        ]}
      />
      {(activity.data?.total ?? 0) > recent.pageSize &&
        see(`/partnership/activity?workPackage=${encodeURIComponent(slug)}`)}
    </Stack>
  );
}
