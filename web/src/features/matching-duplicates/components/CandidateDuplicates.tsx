import { Anchor, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCandidateDuplicates } from '../api/duplicates';

/** On a candidate's page: records that are likely the same person, each with why and a side-by-side link. */
export function CandidateDuplicates({ candidateId }: { candidateId: string }) {
  const { t } = useTranslation();
  const { data } = useCandidateDuplicates(candidateId);
  if (!data || data.items.length === 0) return null;
  return (
    <Stack gap="xs" component="section" aria-labelledby="likely-duplicates">
      <Title order={2} size="h3" id="likely-duplicates">
        {t('matchingDuplicates.onCandidate')}
      </Title>
      <List>
        {data.items.map(({ candidate: c, reasons }) => (
          <List.Item key={c.id}>
            <bdi>{c.fullName}</bdi> ({c.reference}): {reasons.join('; ')} —{' '}
            <Anchor
              component={Link}
              to={`/matching/candidates/${encodeURIComponent(candidateId)}/compare/${encodeURIComponent(c.id)}`}
            >
              {t('matchingDuplicates.compare')}
            </Anchor>
          </List.Item>
        ))}
      </List>
      <Text size="sm">{t('matchingDuplicates.onCandidateNote')}</Text>
    </Stack>
  );
}
