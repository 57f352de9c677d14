import { Alert, Anchor, Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { QueryError } from '../../../components/QueryError';
import { isApiError } from '../../../lib/api';
import { can, useSignedInUser } from '../../../lib/session';
import { usePageTitle } from '../../../lib/usePageTitle';
import { decide, useEmployerMatches, useSuggestions, useVacancy, type Suggestion } from '../api/employers';
import { MatchBreakdown } from './MatchBreakdown';
import { RoleExclusions } from './RoleExclusions';

/** One vacancy: caseworkers confirm or reject suggested candidates; the employer sees the confirmed ones only. */
export function VacancyPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const user = useSignedInUser();
  const vacancy = useVacancy(id);
  const suggest = can(user, 'matches.suggest');
  const employerView = can(user, 'matches.employer-view');
  const suggestions = useSuggestions(id, suggest);
  const confirmed = useEmployerMatches(id, employerView && !suggest);
  usePageTitle(vacancy.data?.title ?? t('matchingEmployers.vacancies.title'));
  if (vacancy.error) return <QueryError error={vacancy.error} />;
  const v = vacancy.data;
  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/matching/vacancies" size="sm">
        {t('matchingEmployers.vacancies.back')}
      </Anchor>
      <Title order={1}>
        <bdi>{v?.title ?? '…'}</bdi>
      </Title>
      {v && (
        <Text>
          {t('matchingEmployers.vacancy.summary', {
            band: v.band ?? '—',
            quantity: v.quantity,
            english: v.englishLevel ?? '—',
            dbs: t(`matchingEmployers.dbs.${v.dbs}`),
          })}
        </Text>
      )}
      {suggest && (
        <section aria-labelledby="suggestions">
          <Title order={2} id="suggestions" mb="sm">
            {t('matchingEmployers.suggestions.title')}
          </Title>
          <Text mb="sm">{t('matchingEmployers.suggestions.intro')}</Text>
          {suggestions.error && <QueryError error={suggestions.error} />}
          {suggestions.data?.items.length === 0 && <Text>{t('matchingEmployers.suggestions.none')}</Text>}
          <Stack gap="md">
            {suggestions.data?.items.map((s) => (
              <SuggestionCard key={s.candidate.id} vacancy={id} s={s} />
            ))}
          </Stack>
        </section>
      )}
      {suggest && <RoleExclusions vacancyId={id} />}
      {employerView && !suggest && (
        <section aria-labelledby="confirmed">
          <Title order={2} id="confirmed" mb="sm">
            {t('matchingEmployers.confirmed.title')}
          </Title>
          <Text mb="sm">{t('matchingEmployers.confirmed.intro')}</Text>
          {confirmed.error && <QueryError error={confirmed.error} />}
          {confirmed.data?.items.length === 0 && <Text>{t('matchingEmployers.confirmed.none')}</Text>}
          <Stack gap="md">
            {confirmed.data?.items.map((m) => (
              <Card key={m.id} withBorder component="article" aria-label={m.candidate.reference}>
                <Title order={3} size="h4" mb="xs">
                  <bdi>{m.candidate.name ?? m.candidate.reference}</bdi>
                </Title>
                {m.candidate.name === null && <Text size="sm">{t('matchingEmployers.confirmed.noContact')}</Text>}
                {m.candidate.email && <Text size="sm">{m.candidate.email}</Text>}
                <MatchBreakdown {...m} />
              </Card>
            ))}
          </Stack>
        </section>
      )}
    </Stack>
  );
}

function SuggestionCard({ vacancy, s }: { vacancy: string; s: Suggestion }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: (decision: 'confirm' | 'reject') =>
      decide(vacancy, s.candidate.id, decision, reason.trim() || undefined),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['suggestions', vacancy] }),
    onError: (error) => setProblem(isApiError(error) ? error.message : String(error)),
  });
  return (
    <Card withBorder component="article" aria-label={s.candidate.fullName}>
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h4">
          <Anchor component={Link} to={`/matching/candidates/${encodeURIComponent(s.candidate.id)}`}>
            <bdi>{s.candidate.fullName}</bdi>
          </Anchor>{' '}
          <Text span size="sm" c="dimmed">
            {s.candidate.reference}
          </Text>
        </Title>
        {s.decision && <Text fw={600}>{t(`matchingEmployers.decision.${s.decision.status}`)}</Text>}
      </Group>
      <MatchBreakdown {...s} />
      {!s.candidate.matchingConsent && (
        <Text size="sm" mt="xs">
          {t('matchingEmployers.suggestions.noConsent')}
        </Text>
      )}
      {problem && (
        <Alert color="red" role="alert" mt="xs">
          {problem}
        </Alert>
      )}
      <Group mt="sm" align="flex-end">
        <TextInput
          label={t('matchingEmployers.decision.reason')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          maxLength={1000}
        />
        <Button
          onClick={() => mutation.mutate('confirm')}
          loading={mutation.isPending}
          disabled={!s.candidate.matchingConsent || s.decision?.status === 'confirmed'}
        >
          {t('matchingEmployers.decision.confirm')}
        </Button>
        <Button variant="outline" color="red.9" onClick={() => mutation.mutate('reject')} loading={mutation.isPending}>
          {t('matchingEmployers.decision.reject')}
        </Button>
      </Group>
    </Card>
  );
}
