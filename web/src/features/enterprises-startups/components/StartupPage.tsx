import { Alert, Anchor, Badge, Button, Group, Progress, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { NotFoundPage } from '../../../components/NotFoundPage';
import { PageLoader } from '../../../components/PageLoader';
import { QueryError } from '../../../components/QueryError';
import { SimpleTable } from '../../../components/SimpleTable';
import { isApiError } from '../../../lib/api';
import { can, useSignedInUser } from '../../../lib/session';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useStartupMentors } from '../api/mentors';
import {
  milestones,
  moduleLabel,
  moduleStatuses,
  setMilestone,
  setProgress,
  useProgrammes,
  useStartup,
  type Startup,
} from '../api/startups';
import { MentorSuggestions } from './MentorSuggestions';
import { SupportLog } from './SupportLog';

/** A start-up's page: progress per module, milestones, one-to-one support, mentors and mentor suggestions. */
export function StartupPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const result = useStartup(id);
  usePageTitle(result.data?.name ?? t('startups.startup'));
  if (result.isPending) return <PageLoader />;
  if (isApiError(result.error) && result.error.status === 404) return <NotFoundPage />;
  if (result.error) return <QueryError error={result.error} />;
  return <StartupDetail s={result.data} />;
}

function StartupDetail({ s }: { s: Startup }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const user = useSignedInUser();
  const manage = can(user, 'startups.manage');
  const client = useQueryClient();
  const programmes = useProgrammes();
  const mentors = useStartupMentors(s.id);
  const [error, setError] = useState('');
  const [milestone, setPickedMilestone] = useState<string | null>(null);
  const [reachedOn, setReachedOn] = useState('');
  const run = async (fn: () => Promise<unknown>) => {
    setError('');
    try {
      await fn();
      await client.invalidateQueries({ queryKey: ['startup', s.id] });
    } catch (e) {
      setError(isApiError(e) ? e.detail : t('errors.generic'));
    }
  };
  const label = (code: string) => moduleLabel(programmes.data, code, lang);
  return (
    <Stack gap="md">
      <Title order={1}>
        <bdi>{s.name}</bdi>
      </Title>
      <Group gap="xs">
        <Badge>{t(`startups.stages.${s.stage}`)}</Badge>
        {s.cohorts.map((c) => (
          <Anchor key={c.id} component={Link} to={`/enterprises/startups/cohorts/${c.id}`}>
            <bdi>{c.name}</bdi>
          </Anchor>
        ))}
      </Group>
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      <Title order={2}>{t('startups.progress')}</Title>
      <Progress value={s.completion} aria-label={t('startups.completionOf', { n: s.completion })} />
      <Text size="sm">{t('startups.completionOf', { n: s.completion })}</Text>
      <SimpleTable
        caption={t('startups.progress')}
        rows={s.modules}
        rowKey={(m) => m.code}
        empty=""
        columns={[
          { key: 'module', header: t('startups.module'), render: (m) => label(m.code) },
          {
            key: 'status',
            header: t('startups.status'),
            render: (m) =>
              manage ? (
                <Select
                  aria-label={t('startups.statusOf', { module: label(m.code) })}
                  data={moduleStatuses.map((v) => ({ value: v, label: t(`startups.statuses.${v}`) }))}
                  value={m.status}
                  onChange={(v) => v && run(() => setProgress(s.id, m.code, v))}
                  allowDeselect={false}
                  w={180}
                />
              ) : (
                t(`startups.statuses.${m.status}`)
              ),
          },
        ]}
      />
      <Title order={2}>{t('startups.milestones')}</Title>
      <SimpleTable
        caption={t('startups.milestones')}
        rows={s.milestones}
        rowKey={(m) => m.milestone}
        empty={t('startups.noMilestones')}
        columns={[
          {
            key: 'milestone',
            header: t('startups.milestone'),
            render: (m) => t(`startups.milestoneNames.${m.milestone}`),
          },
          { key: 'reachedOn', header: t('startups.reachedOn'), render: (m) => m.reachedOn },
        ]}
      />
      {manage && (
        <Group align="flex-end">
          <Select
            label={t('startups.milestone')}
            data={milestones.map((m) => ({ value: m, label: t(`startups.milestoneNames.${m}`) }))}
            value={milestone}
            onChange={setPickedMilestone}
          />
          <TextInput
            label={t('startups.reachedOn')}
            type="date"
            value={reachedOn}
            onChange={(e) => setReachedOn(e.currentTarget.value)}
          />
          <Button
            disabled={!milestone || !reachedOn}
            onClick={() => run(() => setMilestone(s.id, milestone!, reachedOn))}
          >
            {t('startups.record')}
          </Button>
        </Group>
      )}
      <SupportLog startup={s} manage={manage} />
      <Title order={2}>{t('mentors.ofStartup')}</Title>
      <SimpleTable
        caption={t('mentors.ofStartup')}
        rows={mentors.data ?? []}
        rowKey={(r) => r.id}
        empty={t('mentors.none')}
        columns={[
          {
            key: 'mentor',
            header: t('mentors.mentor'),
            render: (r) => (
              <Anchor component={Link} to={`/enterprises/mentoring/${r.id}`}>
                <bdi>{r.mentor.name}</bdi>
              </Anchor>
            ),
          },
          { key: 'status', header: t('startups.status'), render: (r) => t(`mentors.relationshipStatus.${r.status}`) },
          { key: 'score', header: t('mentors.score'), render: (r) => r.score },
        ]}
      />
      {can(user, 'mentors.match') && <MentorSuggestions startupId={s.id} />}
    </Stack>
  );
}
