import { Anchor, Badge, Group, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { FactList } from '../../../components/FactList';
import { PageLoader } from '../../../components/PageLoader';
import { QueryError } from '../../../components/QueryError';
import { formatDate } from '../../../lib/format';
import { can, useSignedInUser } from '../../../lib/session';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useInterview } from '../api/interviews';
import { InterviewConsent } from './InterviewConsent';
import { TranscriptCoder } from './TranscriptCoder';

/** An interview: consent and recording, the transcript, and its coding. Opening it is audited. */
export function InterviewPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const user = useSignedInUser();
  const { data, error, refetch } = useInterview(id);
  usePageTitle(data?.title ?? t('researchProgramme.interviews.title'));
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!data) return <PageLoader />;
  const write = can(user, 'research.interviews.write');
  return (
    <Stack gap="lg" maw={1000}>
      <Anchor component={Link} to="/research/interviews" size="sm">
        {t('researchProgramme.interviews.back')}
      </Anchor>
      <Group gap="sm">
        <Title order={1}>
          <bdi>{data.title}</bdi>
        </Title>
        <Badge color={data.status === 'complete' ? '#1b5e20' : 'gray.7'} variant="filled">
          {t(`researchProgramme.interviewStatus.${data.status}`)}
        </Badge>
      </Group>
      <FactList
        facts={[
          { label: t('researchProgramme.interview.interviewee'), value: <bdi>{data.intervieweeLabel}</bdi> },
          {
            label: t('researchProgramme.interview.on'),
            value: formatDate(data.interviewedOn, i18n.resolvedLanguage ?? 'en'),
          },
          { label: t('researchProgramme.interview.language'), value: data.language },
          {
            label: t('researchProgramme.interview.researcher'),
            value: <bdi>{data.researcher?.displayName ?? '—'}</bdi>,
          },
          {
            label: t('researchProgramme.interview.quoteConsent'),
            value: t(`researchProgramme.quoteConsent.${data.quoteConsent}`),
          },
        ]}
      />
      {write && <InterviewConsent key={data.version} interview={data} />}
      <TranscriptCoder interview={data} canCode={write} />
    </Stack>
  );
}
