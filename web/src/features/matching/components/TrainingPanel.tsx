import { Anchor, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryError } from '../../../components/QueryError';
import { formatDate } from '../../../lib/format';
import { useCandidateTraining } from '../api/training';

/** The next cohorts the candidate's funders cover, and where they are on each waiting list. */
export function TrainingPanel({ candidateId }: { candidateId: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const { data, error } = useCandidateTraining(candidateId);
  return (
    <Stack gap="sm" component="section" aria-labelledby="candidate-training">
      <Title order={2} size="h3" id="candidate-training">
        {t('matching.training.title')}
      </Title>
      {error && <QueryError error={error} />}
      {data && (
        <>
          <Text fw={700}>{t('matching.training.nextCohorts')}</Text>
          {data.nextCohorts.length === 0 ? (
            <Text>{t('matching.training.noCohort')}</Text>
          ) : (
            <List data-testid="next-cohorts">
              {data.nextCohorts.map((c) => (
                <List.Item key={c.id}>
                  <Anchor component={Link} to={`/matching/training/cohorts/${encodeURIComponent(c.id)}`}>
                    <bdi>{c.name}</bdi>
                  </Anchor>{' '}
                  {t('matching.training.cohort', {
                    programme: c.programme.name,
                    funder: c.funder.name,
                    starts: formatDate(c.startsOn, lang),
                    seats: c.seatsLeft,
                  })}
                </List.Item>
              ))}
            </List>
          )}
          <Text fw={700}>{t('matching.training.waitingLists')}</Text>
          {data.waitingLists.length === 0 ? (
            <Text>{t('matching.training.notWaiting')}</Text>
          ) : (
            <List data-testid="waiting-positions">
              {data.waitingLists.map((w) => (
                <List.Item key={w.id}>
                  {t('matching.training.position', {
                    position: w.position,
                    waiting: w.waiting,
                    programme: w.programme.name,
                  })}
                </List.Item>
              ))}
            </List>
          )}
        </>
      )}
    </Stack>
  );
}
