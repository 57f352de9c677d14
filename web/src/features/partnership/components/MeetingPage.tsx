import { Anchor, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { NotFoundPage } from '../../../components/NotFoundPage';
import { PageLoader } from '../../../components/PageLoader';
import { QueryError } from '../../../components/QueryError';
import { isApiError } from '../../../lib/api';
import { formatDateTime } from '../../../lib/format';
import { can, useSignedInUser } from '../../../lib/session';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useMeeting } from '../api/meetings';
import { MeetingActions } from './MeetingActions';
import { MeetingAttendance, MeetingDecisions, MeetingMinutes } from './MeetingRecord';
import { Section } from './MeetingSection';

/** One meeting: agenda and papers, who came, the minutes, decisions, and actions (each one a task). */
export function MeetingPage() {
  const { t, i18n } = useTranslation();
  const user = useSignedInUser();
  const { id = '' } = useParams();
  const { data: meeting, error, refetch } = useMeeting(id);
  usePageTitle(meeting?.title ?? t('partnership.meetings.title'));
  if (isApiError(error) && error.status === 404) return <NotFoundPage />;
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!meeting) return <PageLoader />;
  const manage = can(user, 'meetings.manage');
  const language = i18n.resolvedLanguage ?? 'en';

  return (
    <Stack gap="xl">
      <Stack gap="xs">
        <Anchor component={Link} to="/partnership/meetings" size="sm">
          {t('partnership.meeting.back')}
        </Anchor>
        <Title order={1}>
          <bdi>{meeting.title}</bdi>
        </Title>
        <Text fw={600}>
          <bdi>{meeting.body.name}</bdi>
        </Text>
        <Text>
          {formatDateTime(meeting.startsAt, language)} – {formatDateTime(meeting.endsAt, language)}
          {meeting.location && (
            <>
              {' · '}
              <bdi>{meeting.location}</bdi>
            </>
          )}
        </Text>
      </Stack>
      <Section id="meeting-agenda" title={t('partnership.meeting.agenda')}>
        {meeting.agenda.length === 0 ? (
          <Text>{t('partnership.none')}</Text>
        ) : (
          <List type="ordered">
            {meeting.agenda.map((item, i) => (
              <List.Item key={i}>
                <bdi>{item.title}</bdi>
                {item.notes && <Text size="sm">{item.notes}</Text>}
              </List.Item>
            ))}
          </List>
        )}
      </Section>
      <Section id="meeting-papers" title={t('partnership.meeting.papers')}>
        {meeting.papers.length === 0 ? (
          <Text>{t('partnership.none')}</Text>
        ) : (
          <List>
            {meeting.papers.map((p, i) => (
              <List.Item key={i}>
                <Anchor href={p.url} target="_blank" rel="noopener noreferrer">
                  <bdi>{p.title}</bdi>
                </Anchor>
              </List.Item>
            ))}
          </List>
        )}
      </Section>
      <MeetingAttendance meeting={meeting} manage={manage} />
      <MeetingMinutes meeting={meeting} manage={manage} />
      <MeetingDecisions meeting={meeting} manage={manage} />
      <MeetingActions meeting={meeting} manage={manage} />
    </Stack>
  );
}
