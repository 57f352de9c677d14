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
import { useProgramme, type Cohort } from '../api/training';
import { CapacityBar } from './CapacityBar';
import { JoinWaitingList } from './JoinWaitingList';
import { PriorityRulesForm } from './PriorityRulesForm';
import { WaitingListSection } from './WaitingListSection';

/** One programme: its cohorts with capacity, the waiting list with its explained order, and the rules used. */
export function ProgrammePage() {
  const { t, i18n } = useTranslation();
  const user = useSignedInUser();
  const { slug = '' } = useParams();
  const { data: programme, error, refetch } = useProgramme(slug);
  usePageTitle(programme?.name ?? t('training.title'));
  if (isApiError(error) && error.status === 404) return <NotFoundPage />;
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!programme) return <PageLoader />;
  const language = i18n.resolvedLanguage ?? 'en';
  const columns: SimpleColumn<Cohort>[] = [
    {
      key: 'name',
      header: t('training.cohort'),
      render: (c) => (
        <Anchor component={Link} to={`/matching/training/cohorts/${encodeURIComponent(c.id)}`} fz="inherit">
          <bdi>{c.name}</bdi>
        </Anchor>
      ),
    },
    {
      key: 'dates',
      header: t('training.dates'),
      render: (c) => `${formatDate(c.startsOn, language)} – ${formatDate(c.endsOn, language)}`,
    },
    { key: 'status', header: t('training.status'), render: (c) => t(`training.statuses.${c.status}`) },
    { key: 'funder', header: t('training.funder'), render: (c) => <bdi>{c.funder.name}</bdi> },
    { key: 'places', header: t('training.places'), render: (c) => <CapacityBar {...c} /> },
  ];
  return (
    <Stack gap="xl">
      <Stack gap="xs">
        <Anchor component={Link} to="/matching/training" size="sm">
          {t('training.back')}
        </Anchor>
        <Title order={1}>
          <bdi>{programme.name}</bdi>
        </Title>
        <Text>
          {t(`training.kinds.${programme.kind}`)} · {t('training.weeksCount', { count: programme.weeks })}
        </Text>
        <Text>
          <bdi>{programme.description}</bdi>
        </Text>
      </Stack>
      <Stack gap="sm">
        <Title order={2} size="h3">
          {t('training.cohorts')}
        </Title>
        <SimpleTable
          caption={t('training.cohorts')}
          columns={columns}
          rows={programme.cohorts}
          rowKey={(c) => c.id}
          empty={t('training.noCohort')}
          minWidth={720}
        />
      </Stack>
      {can(user, 'training.waiting-list.join') && <JoinWaitingList slug={programme.slug} />}
      <WaitingListSection programme={programme} />
      {can(user, 'training.manage') && <PriorityRulesForm key={programme.version} programme={programme} />}
    </Stack>
  );
}
