import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { FactList } from '../../../components/FactList';
import { NotFoundPage } from '../../../components/NotFoundPage';
import { PageLoader } from '../../../components/PageLoader';
import { Pager } from '../../../components/Pager';
import { SimpleTable } from '../../../components/SimpleTable';
import { isApiError } from '../../../lib/api';
import { can, useSignedInUser } from '../../../lib/session';
import { useListParams } from '../../../lib/useListParams';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useBody } from '../api/governance';
import { useMeetings } from '../api/meetings';
import { MeetingsTable } from './MeetingsTable';

/** One governance body: what it is, its members, and its meetings (paged, newest first). */
export function BodyPage() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const { slug = '' } = useParams();
  const { data: body, error } = useBody(slug);
  usePageTitle(body?.name ?? t('coordination.bodies.title'));
  const { query, setPage } = useListParams({ sort: '-startsAt', pageSize: 10 });
  const meetings = useMeetings({ ...query, body: slug });
  if (isApiError(error) && error.status === 404) return <NotFoundPage />;
  if (!body) return <PageLoader />;
  return (
    <Stack gap="md" maw={980}>
      <Anchor component={Link} to="/partnership/bodies" size="sm">
        {t('coordination.bodies.back')}
      </Anchor>
      <Title order={1}>
        <bdi>{body.name}</bdi>
      </Title>
      {body.description && <Text>{body.description}</Text>}
      <FactList
        facts={[
          { label: t('coordination.bodies.kind'), value: t(`coordination.bodyKind.${body.kind}`) },
          ...(body.macroAsset
            ? [{ label: t('coordination.bodies.macroAsset'), value: <bdi>{body.macroAsset.name}</bdi> }]
            : []),
        ]}
      />
      <Title order={2}>{t('coordination.bodies.members')}</Title>
      <SimpleTable
        caption={t('coordination.bodies.members')}
        rows={body.members}
        rowKey={(m) => `${m.kind}-${m.id}`}
        empty={t('coordination.bodies.noMembers')}
        columns={[
          { key: 'name', header: t('coordination.bodies.member'), render: (m) => <bdi>{m.name}</bdi> },
          {
            key: 'kind',
            header: t('coordination.bodies.memberKind'),
            render: (m) => t(`coordination.bodies.memberKinds.${m.kind}`),
          },
          {
            key: 'partner',
            header: t('coordination.bodies.partner'),
            render: (m) => <bdi>{m.partner?.name ?? '—'}</bdi>,
          },
        ]}
      />
      <Group justify="space-between" align="flex-end">
        <Title order={2}>{t('coordination.bodies.meetings')}</Title>
        {can(user, 'meetings.manage') && (
          <Button component={Link} to={`/partnership/meetings/new?body=${encodeURIComponent(body.slug)}`}>
            {t('coordination.bodies.newMeeting')}
          </Button>
        )}
      </Group>
      <MeetingsTable
        caption={t('coordination.bodies.meetings')}
        rows={meetings.data?.items ?? []}
        empty={t('coordination.bodies.noMeetings')}
      />
      {meetings.data && (
        <Pager total={meetings.data.total} page={query.page} pageSize={query.pageSize} onPageChange={setPage} />
      )}
    </Stack>
  );
}
