import { Anchor, Badge, Button, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable, type Column } from '../../../components/DataTable';
import { FilterSelect } from '../../../components/FilterSelect';
import { ForbiddenPage } from '../../../components/ForbiddenPage';
import { ListBody } from '../../../components/ListBody';
import { isForbiddenError } from '../../../lib/api';
import { formatDate } from '../../../lib/format';
import { can, useSignedInUser } from '../../../lib/session';
import { useListParams } from '../../../lib/useListParams';
import { usePageTitle } from '../../../lib/usePageTitle';
import { taskFilterKeys, taskStatuses, useTasks, useWorkPackages, type Task } from '../api/tasks';

/** The due date, with a badge when it has passed and the task is still open. */
export function DueDate({ task }: { task: Task }) {
  const { t, i18n } = useTranslation();
  if (!task.dueOn) return <>—</>;
  return (
    <Group gap={6} wrap="nowrap">
      <span>{formatDate(task.dueOn, i18n.resolvedLanguage ?? 'en')}</span>
      {task.overdue && (
        <Badge color="red.9" variant="filled" size="sm">
          {t('partnership.task.overdue')}
        </Badge>
      )}
    </Group>
  );
}

/** The partnership's tasks (all for coordinators, a partner's own otherwise), or with `mine` the caller's. */
export function TasksPage({ mine = false }: { mine?: boolean }) {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const title = t(mine ? 'partnership.tasks.mineTitle' : 'partnership.tasks.title');
  usePageTitle(title);
  const { query, setPage, setSort, setSearch, setFilters } = useListParams({ sort: 'dueOn', filters: taskFilterKeys });
  const result = useTasks(query, mine);
  const { data: workPackages } = useWorkPackages();
  if (isForbiddenError(result.error)) return <ForbiddenPage />;

  const columns: Column<Task>[] = [
    {
      key: 'title',
      header: t('partnership.task.title'),
      sortField: 'title',
      render: (task) => (
        <Anchor component={Link} to={`/partnership/tasks/${encodeURIComponent(task.id)}`} fz="inherit">
          <bdi>{task.title}</bdi>
        </Anchor>
      ),
    },
    { key: 'owner', header: t('partnership.task.owner'), render: (task) => <bdi>{task.owner.displayName}</bdi> },
    { key: 'partner', header: t('partnership.task.partner'), render: (task) => <bdi>{task.partner.name}</bdi> },
    {
      key: 'dueOn',
      header: t('partnership.task.dueOn'),
      sortField: 'dueOn',
      render: (task) => <DueDate task={task} />,
    },
    {
      key: 'status',
      header: t('partnership.task.status'),
      sortField: 'status',
      render: (task) => t(`partnership.statuses.${task.status}`),
    },
    {
      key: 'workPackage',
      header: t('partnership.task.workPackage'),
      render: (task) => (task.workPackage ? <bdi>{task.workPackage.code}</bdi> : '—'),
    },
  ];

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{title}</Title>
        {can(user, 'tasks.create') && (
          <Button component={Link} to="/partnership/tasks/new">
            {t('partnership.tasks.new')}
          </Button>
        )}
      </Group>
      <Text>{t(mine ? 'partnership.tasks.mineIntro' : 'partnership.tasks.intro')}</Text>
      <Group gap="md" align="flex-end">
        <FilterSelect
          label={t('partnership.task.status')}
          value={String(query.status ?? '')}
          onChange={(status) => setFilters({ status })}
          options={taskStatuses.map((s) => ({ value: s, label: t(`partnership.statuses.${s}`) }))}
        />
        <FilterSelect
          label={t('partnership.task.workPackage')}
          value={String(query.workPackage ?? '')}
          onChange={(workPackage) => setFilters({ workPackage })}
          options={(workPackages?.items ?? []).map((w) => ({ value: w.slug, label: `${w.code} ${w.name}` }))}
        />
        <NativeSelect
          label={t('partnership.tasks.overdueFilter')}
          value={String(query.overdue ?? '')}
          onChange={(e) => setFilters({ overdue: e.currentTarget.value })}
          data={[
            { value: '', label: t('partnership.tasks.allDates') },
            { value: 'true', label: t('partnership.tasks.onlyOverdue') },
          ]}
          w={{ base: '100%', xs: 220 }}
        />
      </Group>
      <ListBody result={result}>
        {(data) => (
          <DataTable
            caption={title}
            columns={columns}
            rows={data.items}
            rowKey={(task) => task.id}
            total={data.total}
            page={query.page}
            pageSize={query.pageSize}
            onPageChange={setPage}
            sort={query.sort}
            onSortChange={setSort}
            search={{ value: query.q ?? '', onChange: setSearch }}
            loading={result.isFetching}
            minWidth={860}
          />
        )}
      </ListBody>
    </Stack>
  );
}
