import { Alert, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageLoader } from '../../../components/PageLoader';
import { formatDate, formatNumber } from '../../../lib/format';
import { usePageTitle } from '../../../lib/usePageTitle';
import { usePosition } from '../api/training';
import { PriorityExplanation } from './PriorityExplanation';

/** What a candidate sees with their link: their own place on the list and why. Nothing about anyone else. */
export function PositionPage() {
  const { t, i18n } = useTranslation();
  const { token = '' } = useParams();
  const { data, error } = usePosition(token);
  usePageTitle(t('training.positionTitle'));
  const language = i18n.resolvedLanguage ?? 'en';
  if (error)
    return (
      <Alert color="orange" title={t('training.positionTitle')} role="alert">
        {t('training.positionUnknown')}
      </Alert>
    );
  if (!data) return <PageLoader />;
  return (
    <Stack gap="md">
      <Title order={1}>{t('training.positionTitle')}</Title>
      <Text fw={600}>
        <bdi>{data.programme.name}</bdi>
      </Text>
      <Text size="xl" data-testid="position">
        {t('training.yourPosition', {
          position: formatNumber(data.position, language),
          waiting: formatNumber(data.waiting, language),
        })}
      </Text>
      <Text>{t('training.joinedOnDate', { date: formatDate(data.joinedOn, language) })}</Text>
      {data.nextCohortStartsOn && (
        <Text>{t('training.nextStarts', { date: formatDate(data.nextCohortStartsOn, language) })}</Text>
      )}
      <Title order={2} size="h3">
        {t('training.why')}
      </Title>
      <PriorityExplanation parts={data.parts} />
      <Text size="sm" c="dimmed">
        {t('training.positionPrivacy', { date: formatDate(data.asOf, language) })}
      </Text>
    </Stack>
  );
}
