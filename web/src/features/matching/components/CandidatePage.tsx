import { Alert, Anchor, Badge, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { FactList } from '../../../components/FactList';
import { PageLoader } from '../../../components/PageLoader';
import { QueryError } from '../../../components/QueryError';
import { formatDate, formatDateTime } from '../../../lib/format';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useCandidate, type CandidateDetail } from '../api/candidates';
import { useStageHistory } from '../api/pipeline';
import { PathwayPanel } from './PathwayPanel';
import { PlacementsPanel } from './PlacementsPanel';
import { PreferencesPanel } from './PreferencesPanel';
import { StageMove } from './StageMove';
import { TrainingPanel } from './TrainingPanel';

function Facts({ c }: { c: CandidateDetail }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const yes = (b: boolean | undefined) => t(b ? 'matching.consents.yes' : 'matching.consents.no');
  return (
    <FactList
      facts={[
        { label: t('matching.candidate.reference'), value: c.reference },
        { label: t('matching.candidate.status'), value: t(`matching.statuses.${c.status}`) },
        {
          label: t('matching.candidate.occupation'),
          value:
            c.qualifications.map((q) => `${q.occupation.label}${q.country ? ` (${q.country})` : ''}`).join(', ') || '—',
        },
        {
          label: t('matching.candidate.area'),
          value: <bdi>{[c.area?.name, c.borough].filter(Boolean).join(', ') || '—'}</bdi>,
        },
        { label: t('matching.form.rightToWork'), value: t(`matching.rightToWork.${c.rightToWork}`) },
        {
          label: t('matching.form.immigrationStatus'),
          value: c.immigrationStatus
            ? t(`matching.immigration.${c.immigrationStatus}`)
            : t('matching.form.notRecorded'),
        },
        {
          label: t('matching.form.english'),
          value:
            c.englishTests
              .map(
                (e) =>
                  `${e.test.toUpperCase()} ${formatDate(e.date, lang)}: ${e.scores.listening}/${e.scores.reading}/${e.scores.writing}/${e.scores.speaking}${e.overall !== null ? ` → ${e.overall.toFixed(1)}` : ''}`,
              )
              .join('; ') || '—',
        },
        {
          label: t('matching.form.consents'),
          value: (['contact', 'referral', 'matching', 'publicity'] as const)
            .map((p) => `${t(`matching.consents.short.${p}`)}: ${yes(c.consents[p])}`)
            .join(' · '),
        },
      ]}
    />
  );
}

function StageSection({ c }: { c: CandidateDetail }) {
  const { t, i18n } = useTranslation();
  const { data } = useStageHistory(c.id);
  return (
    <Stack gap="sm">
      <Title order={2} size="h3">
        {t('matching.pipeline.stageTitle')}
      </Title>
      <Text>
        {t('matching.candidate.stage')}: <strong>{t(`matching.stages.${c.stage}`)}</strong>
      </Text>
      <StageMove id={c.id} name={c.fullName} stage={c.stage} />
      {data && data.moves.length > 0 && (
        <List size="sm">
          {data.moves.map((m) => (
            <List.Item key={m.id}>
              {formatDateTime(m.movedAt, i18n.resolvedLanguage ?? 'en')}: {t(`matching.stages.${m.from}`)} →{' '}
              {t(`matching.stages.${m.to}`)}
              {m.movedBy ? ` (${m.movedBy})` : ''}
              {m.reason ? ` — ${m.reason}` : ''}
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}

/**
 * One candidate: facts, possible duplicates, the computed pathway with interim roles, training, stage and
 * placements. `more` adds other features' sections (the router composes them: features do not import each other).
 */
export function CandidatePage({ more }: { more?: (candidateId: string) => ReactNode }) {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const result = useCandidate(id);
  usePageTitle(result.data?.fullName ?? t('matching.candidates.title'));
  if (result.isPending) return <PageLoader />;
  if (result.error) return <QueryError error={result.error} onRetry={() => void result.refetch()} />;
  const c = result.data;
  return (
    <Stack gap="lg" maw={980}>
      <Anchor component={Link} to="/matching" size="sm">
        {t('matching.candidate.back')}
      </Anchor>
      <Group gap="sm" align="center">
        <Title order={1}>
          <bdi>{c.fullName}</bdi>
        </Title>
        <Badge size="lg" variant="filled">
          {t(`matching.stages.${c.stage}`)}
        </Badge>
      </Group>
      {c.duplicates.length > 0 && (
        <Alert color="orange" title={t('matching.duplicates.title')}>
          <Text>{t('matching.duplicates.intro')}</Text>
          <List>
            {c.duplicates.map((d) => (
              <List.Item key={d.id}>
                <Anchor component={Link} to={`/matching/candidates/${encodeURIComponent(d.id)}`}>
                  {t('matching.duplicates.open')}
                </Anchor>{' '}
                ({d.reason})
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      <Paper withBorder p="md">
        <Facts c={c} />
      </Paper>
      <Stack gap="sm">
        <Title order={2} size="h3">
          {t('matching.pathway.title')}
        </Title>
        <PathwayPanel candidateId={c.id} />
      </Stack>
      <TrainingPanel candidateId={c.id} />
      {more?.(c.id)}
      <StageSection c={c} />
      <PlacementsPanel candidateId={c.id} />
      <PreferencesPanel candidateId={c.id} />
    </Stack>
  );
}
