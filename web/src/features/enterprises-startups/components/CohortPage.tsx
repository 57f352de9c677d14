import { Alert, Anchor, Button, Group, MultiSelect, Select, Stack, Text, Title } from '@mantine/core';
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
import {
  joinCohort,
  moduleLabel,
  recordAttendance,
  useCohort,
  useProgrammes,
  useStartupCandidates,
  type Cohort,
} from '../api/startups';
import { PeerBoard } from './PeerBoard';
import { SessionForm } from './SessionForm';

/** One cohort: its start-ups and their progress, sessions with attendance, and the peer board. */
export function CohortPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const result = useCohort(id);
  usePageTitle(result.data?.name ?? t('startups.cohort'));
  if (result.isPending) return <PageLoader />;
  if (isApiError(result.error) && result.error.status === 404) return <NotFoundPage />;
  if (result.error) return <QueryError error={result.error} />;
  return <CohortDetail c={result.data} />;
}

function CohortDetail({ c }: { c: Cohort }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const user = useSignedInUser();
  const manage = can(user, 'startups.manage');
  const client = useQueryClient();
  const programmes = useProgrammes();
  const [search, setSearch] = useState('');
  const [picked, setPicked] = useState<string | null>(null);
  const [attending, setAttending] = useState<Record<string, string[]>>({});
  const [error, setError] = useState('');
  const candidates = useStartupCandidates(search);
  const run = async (fn: () => Promise<unknown>) => {
    setError('');
    try {
      await fn();
      await client.invalidateQueries({ queryKey: ['startup-cohort', c.id] });
    } catch (e) {
      setError(isApiError(e) ? e.detail : t('errors.generic'));
    }
  };
  const members = c.memberList.map((m) => ({ value: m.id, label: m.name }));
  return (
    <Stack gap="md">
      <Title order={1}>
        <bdi>{c.name}</bdi>
      </Title>
      <Text>
        <bdi>{c.programme.name}</bdi> · {t('startups.startsOn')} {c.startsOn} ·{' '}
        {c.endsOn && <>{t('enterpriseForms.cohort.endsLine', { date: c.endsOn })} · </>}
        {c.lead && (
          <>
            {t('enterpriseForms.cohort.ledBy')}{' '}
            <Anchor component={Link} to={`/enterprises/mentors/${c.lead.id}`} fz="inherit">
              <bdi>{c.lead.name}</bdi>
            </Anchor>{' '}
            ·{' '}
          </>
        )}
        {t('startups.placesTaken', { taken: c.members, capacity: c.capacity })}
      </Text>
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      <Title order={2}>{t('startups.members')}</Title>
      <SimpleTable
        caption={t('startups.membersOf', { name: c.name })}
        rows={c.memberList}
        rowKey={(m) => m.id}
        empty={t('startups.noMembers')}
        columns={[
          {
            key: 'name',
            header: t('startups.startup'),
            render: (m) => (
              <Anchor component={Link} to={`/enterprises/startups/s/${m.id}`}>
                <bdi>{m.name}</bdi>
              </Anchor>
            ),
          },
          { key: 'area', header: t('startups.area'), render: (m) => m.area?.name ?? '—' },
          { key: 'completion', header: t('startups.completion'), render: (m) => `${m.completion}%` },
        ]}
      />
      {manage && (
        <Group align="flex-end">
          <Select
            label={t('startups.addStartup')}
            searchable
            searchValue={search}
            onSearchChange={setSearch}
            data={(candidates.data ?? []).map((e) => ({ value: e.id, label: e.name }))}
            value={picked}
            onChange={setPicked}
            nothingFoundMessage={t('startups.noCandidates')}
            w={320}
          />
          <Button disabled={!picked} onClick={() => picked && run(() => joinCohort(c.id, picked))}>
            {t('startups.join')}
          </Button>
        </Group>
      )}
      <Group justify="space-between">
        <Title order={2}>{t('startups.sessions')}</Title>
        {manage && (
          <SessionForm
            cohort={c.id}
            modules={c.modules.map((m) => ({ value: m, label: moduleLabel(programmes.data, m, lang) }))}
          />
        )}
      </Group>
      <SimpleTable
        caption={t('startups.sessionsOf', { name: c.name })}
        rows={c.sessions}
        rowKey={(s) => s.id}
        empty={t('startups.noSessions')}
        minWidth={720}
        columns={[
          { key: 'title', header: t('startups.session'), render: (s) => <bdi>{s.title}</bdi> },
          {
            key: 'module',
            header: t('startups.module'),
            render: (s) => (s.module ? moduleLabel(programmes.data, s.module, lang) : '—'),
          },
          { key: 'when', header: t('startups.when'), render: (s) => new Date(s.startsAt).toLocaleString(lang) },
          {
            key: 'attended',
            header: t('startups.attendance'),
            render: (s) =>
              manage ? (
                <Group gap="xs" align="flex-end" wrap="nowrap">
                  <MultiSelect
                    aria-label={t('startups.attendanceFor', { title: s.title })}
                    data={members}
                    value={attending[s.id] ?? []}
                    onChange={(v) => setAttending({ ...attending, [s.id]: v })}
                    placeholder={t('startups.attendedOf', { n: s.attended, capacity: s.capacity })}
                    w={240}
                  />
                  <Button size="xs" onClick={() => run(() => recordAttendance(s.id, attending[s.id] ?? []))}>
                    {t('startups.save')}
                  </Button>
                </Group>
              ) : (
                t('startups.attendedOf', { n: s.attended, capacity: s.capacity })
              ),
          },
        ]}
      />
      <PeerBoard cohortId={c.id} />
    </Stack>
  );
}
