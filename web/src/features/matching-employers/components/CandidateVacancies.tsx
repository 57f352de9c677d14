import { Anchor, Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryError } from '../../../components/QueryError';
import { useCandidateVacancies } from '../api/employers';
import { MatchBreakdown } from './MatchBreakdown';

/** Top vacancies for one candidate (for the candidate page), including "ready in about N months" ones. */
export function CandidateVacancies({ candidateId }: { candidateId: string }) {
  const { t } = useTranslation();
  const { data, error } = useCandidateVacancies(candidateId);
  return (
    <section aria-labelledby="candidate-vacancies">
      <Title order={2} id="candidate-vacancies" mb="sm">
        {t('matchingEmployers.candidateVacancies.title')}
      </Title>
      {error && <QueryError error={error} />}
      {data?.items.length === 0 && <Text>{t('matchingEmployers.candidateVacancies.none')}</Text>}
      <Stack gap="md">
        {data?.items.map(({ vacancy, match }) => (
          <Card key={vacancy.id} withBorder component="article" aria-label={vacancy.title}>
            <Title order={3} size="h4" mb="xs">
              <Anchor component={Link} to={`/matching/vacancies/${encodeURIComponent(vacancy.id)}`}>
                <bdi>{vacancy.title}</bdi>
              </Anchor>
            </Title>
            <MatchBreakdown {...match} />
          </Card>
        ))}
      </Stack>
    </section>
  );
}
