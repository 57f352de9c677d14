import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { NotFoundPage } from '../../../components/NotFoundPage';
import { PageLoader } from '../../../components/PageLoader';
import { QueryError } from '../../../components/QueryError';
import { SimpleTable, type SimpleColumn } from '../../../components/SimpleTable';
import { isApiError } from '../../../lib/api';
import { formatDate } from '../../../lib/format';
import { can, useSignedInUser } from '../../../lib/session';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useCohort, type CohortDetail } from '../api/training';
import { AttendanceForm } from './AttendanceForm';
import { CapacityBar } from './CapacityBar';
import { ResultForm } from './ResultForm';

type Enrolment = CohortDetail['enrolments'][number];

/** One cohort: its places, who is in it with their attendance, and forms for a session and for results. */
export function CohortPage() {
  const { t, i18n } = useTranslation();
  const user = useSignedInUser();
  const { id = '' } = useParams();
  const { data: cohort, error, refetch } = useCohort(id);
  usePageTitle(cohort?.name ?? t('training.title'));
  if (isApiError(error) && error.status === 404) return <NotFoundPage />;
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!cohort) return <PageLoader />;
  const language = i18n.resolvedLanguage ?? 'en';
  const columns: SimpleColumn<Enrolment>[] = [
    {
      key: 'candidate',
      header: t('training.candidate'),
      render: (e) => (
        <bdi>{e.candidate.fullName ? `${e.candidate.fullName} (${e.candidate.reference})` : e.candidate.reference}</bdi>
      ),
    },
    { key: 'enrolledOn', header: t('training.enrolledOn'), render: (e) => formatDate(e.enrolledOn, language) },
    {
      key: 'attendance',
      header: t('training.attendance'),
      render: (e) =>
        e.attendanceRate === null
          ? t('training.noSessions')
          : t('training.attendanceRate', { rate: e.attendanceRate, sessions: e.attendance.length }),
    },
  ];
  return (
    <Stack gap="xl">
      <Stack gap="xs">
        <Anchor component={Link} to={`/matching/training/${encodeURIComponent(cohort.programme.slug)}`} size="sm">
          <bdi>{cohort.programme.name}</bdi>
        </Anchor>
        <Title order={1}>
          <bdi>{cohort.name}</bdi>
        </Title>
        <Text>
          {formatDate(cohort.startsOn, language)} – {formatDate(cohort.endsOn, language)} ·{' '}
          {t(`training.statuses.${cohort.status}`)} · <bdi>{cohort.venue}</bdi>
        </Text>
        <Text>
          {t('training.funder')}: <bdi>{cohort.funder.name}</bdi>
        </Text>
        <CapacityBar enrolled={cohort.enrolled} capacity={cohort.capacity} />
      </Stack>
      <Stack gap="sm">
        <Title order={2} size="h3">
          {t('training.enrolments')}
        </Title>
        <SimpleTable
          caption={t('training.enrolments')}
          columns={columns}
          rows={cohort.enrolments}
          rowKey={(e) => e.id}
          empty={t('training.noEnrolments')}
        />
      </Stack>
      {can(user, 'training.attendance') && cohort.enrolments.length > 0 && cohort.status !== 'coming' && (
        <AttendanceForm cohort={cohort} />
      )}
      {can(user, 'training.results') && cohort.enrolments.length > 0 && <ResultForm cohort={cohort} />}
    </Stack>
  );
}
