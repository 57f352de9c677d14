import { Anchor, Button, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageLoader } from '../../../components/PageLoader';
import { QueryError } from '../../../components/QueryError';
import { formatDate } from '../../../lib/format';
import { usePageTitle } from '../../../lib/usePageTitle';
import { addCohortMembers, useCohort, useResearchers, type CohortDetail } from '../api/programme';
import { AttendanceGrid } from './AttendanceGrid';
import { ProblemAlert } from './ProblemAlert';

function AddMember({ cohort }: { cohort: CohortDetail }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { data } = useResearchers({ page: 1, pageSize: 100, sort: 'name', q: '', status: 'active' });
  const [chosen, setChosen] = useState('');
  const options = (data?.items ?? []).filter(
    (r) => r.partner.id === cohort.partner.id && !cohort.people.some((p) => p.id === r.id),
  );
  const mutation = useMutation({
    mutationFn: () => addCohortMembers(cohort.id, [chosen]),
    onSuccess: (c) => {
      setChosen('');
      queryClient.setQueryData(['research-cohort', c.id], c);
    },
  });
  return (
    <Group align="flex-end">
      <NativeSelect
        label={t('researchProgramme.cohort.addMember')}
        value={chosen}
        onChange={(e) => setChosen(e.currentTarget.value)}
        data={[
          { value: '', label: t('researchProgramme.cohort.choosePerson') },
          ...options.map((r) => ({ value: r.id, label: r.displayName })),
        ]}
        w={{ base: '100%', xs: 300 }}
      />
      <Button onClick={() => mutation.mutate()} disabled={!chosen} loading={mutation.isPending}>
        {t('researchProgramme.cohort.add')}
      </Button>
      <ProblemAlert error={mutation.error} />
    </Group>
  );
}

/** A cohort: its six sessions and the attendance grid; leads add members and record attendance. */
export function CohortPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { data, error, refetch } = useCohort(id);
  usePageTitle(data?.name ?? t('researchProgramme.cohorts.title'));
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!data) return <PageLoader />;
  const lang = i18n.resolvedLanguage ?? 'en';
  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/research/researchers/cohorts" size="sm">
        {t('researchProgramme.cohorts.back')}
      </Anchor>
      <Title order={1}>
        <bdi>{data.name}</bdi>
      </Title>
      <Text>
        {t('researchProgramme.cohort.dates', {
          from: formatDate(data.startsOn, lang),
          to: formatDate(data.endsOn, lang),
        })}{' '}
        {t('researchProgramme.cohort.rule')}
      </Text>
      <Stack gap="sm">
        <Title order={2} id="attendance-heading">
          {t('researchProgramme.cohort.attendance')}
        </Title>
        <AttendanceGrid key={JSON.stringify(data.people.map((p) => [p.id, p.attended]))} cohort={data} />
        {data.canManage && <AddMember cohort={data} />}
      </Stack>
    </Stack>
  );
}
