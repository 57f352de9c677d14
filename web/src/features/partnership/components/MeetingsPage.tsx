import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable, type Column } from '../../../components/DataTable';
import { ForbiddenPage } from '../../../components/ForbiddenPage';
import { ListBody } from '../../../components/ListBody';
import { isForbiddenError } from '../../../lib/api';
import { formatDateTime } from '../../../lib/format';
import { can, useSignedInUser } from '../../../lib/session';
import { useListParams } from '../../../lib/useListParams';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useMeetings, type MeetingSummary } from '../api/meetings';

/** Meetings of the governance bodies the user belongs to (all of them, for coordinators). */
export function MeetingsPage() {
  const { t, i18n } = useTranslation();
  const user = useSignedInUser();
  const title = t('partnership.meetings.title');
  usePageTitle(title);
  const { query, setPage, setSort, setSearch } = useListParams({ sort: '-startsAt' });
  const result = useMeetings(query);
  if (isForbiddenError(result.error)) return <ForbiddenPage />;
  const language = i18n.resolvedLanguage ?? 'en';
  const columns: Column<MeetingSummary>[] = [
    {
      key: 'title',
      header: t('partnership.meeting.title'),
      sortField: 'title',
      render: (m) => (
        <Anchor component={Link} to={`/partnership/meetings/${encodeURIComponent(m.id)}`} fz="inherit">
          <bdi>{m.title}</bdi>
        </Anchor>
      ),
    },
    { key: 'body', header: t('partnership.meeting.body'), render: (m) => <bdi>{m.body.name}</bdi> },
    {
      key: 'startsAt',
      header: t('partnership.meeting.startsAt'),
      sortField: 'startsAt',
      render: (m) => formatDateTime(m.startsAt, language),
    },
    { key: 'location', header: t('partnership.meeting.location'), render: (m) => <bdi>{m.location || '—'}</bdi> },
  ];
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{title}</Title>
        {can(user, 'meetings.manage') && (
          <Button component={Link} to="/partnership/meetings/new">
            {t('partnership.meetings.new')}
          </Button>
        )}
      </Group>
      <Text>{t('partnership.meetings.intro')}</Text>
      <ListBody result={result}>
        {(data) => (
          <DataTable
            caption={title}
            columns={columns}
            rows={data.items}
            rowKey={(m) => m.id}
            total={data.total}
            page={query.page}
            pageSize={query.pageSize}
            onPageChange={setPage}
            sort={query.sort}
            onSortChange={setSort}
            search={{ value: query.q ?? '', onChange: setSearch }}
            loading={result.isFetching}
            minWidth={720}
          />
        )}
      </ListBody>
    </Stack>
  );
}
