import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { FactList } from '../../../components/FactList';
import { NotFoundPage } from '../../../components/NotFoundPage';
import { PageLoader } from '../../../components/PageLoader';
import { QueryError } from '../../../components/QueryError';
import { SimpleTable } from '../../../components/SimpleTable';
import { isApiError } from '../../../lib/api';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useMentees, useMentor } from '../api/mentors';
import { moduleLabel, useProgrammes } from '../api/startups';

/** A mentor's profile and mentees. */
export function MentorPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const result = useMentor(id);
  const mentees = useMentees(id);
  const programmes = useProgrammes();
  usePageTitle(result.data?.name ?? t('mentors.mentor'));
  if (result.isPending) return <PageLoader />;
  if (isApiError(result.error) && result.error.status === 404) return <NotFoundPage />;
  if (result.error) return <QueryError error={result.error} />;
  const m = result.data;
  return (
    <Stack gap="md">
      <Title order={1}>
        <bdi>{m.name}</bdi>
      </Title>
      <Text>
        <bdi>{m.jobTitle}</bdi> · <bdi>{m.partner.name}</bdi>
      </Text>
      {m.bio && <Text>{m.bio}</Text>}
      <FactList
        facts={[
          { label: t('mentors.email'), value: <Anchor href={`mailto:${m.email}`}>{m.email}</Anchor> },
          {
            label: t('mentors.skills'),
            value: m.skills.map((s) => moduleLabel(programmes.data, s, lang)).join(', ') || '—',
          },
          { label: t('mentors.sector'), value: m.sectors.map((s) => t(`startups.markets.${s}`)).join(', ') || '—' },
          { label: t('mentors.languages'), value: m.languages.join(', ') },
          { label: t('mentors.hours'), value: m.hoursPerMonth },
          { label: t('mentors.mentees'), value: `${m.activeMentees} / ${m.maxMentees}` },
          { label: t('startups.status'), value: t(`mentors.statuses.${m.status}`) },
        ]}
      />
      <Title order={2}>{t('mentors.menteesTitle')}</Title>
      <SimpleTable
        caption={t('mentors.menteesTitle')}
        rows={mentees.data ?? []}
        rowKey={(r) => r.id}
        empty={t('mentors.noMentees')}
        columns={[
          {
            key: 'startup',
            header: t('startups.startup'),
            render: (r) => (
              <Anchor component={Link} to={`/enterprises/mentoring/${r.id}`}>
                <bdi>{r.enterprise.name}</bdi>
              </Anchor>
            ),
          },
          { key: 'status', header: t('startups.status'), render: (r) => t(`mentors.relationshipStatus.${r.status}`) },
          { key: 'since', header: t('mentors.since'), render: (r) => r.confirmedAt.slice(0, 10) },
        ]}
      />
    </Stack>
  );
}
