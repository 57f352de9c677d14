import {
  Alert,
  Anchor,
  Button,
  Group,
  List,
  NumberInput,
  Select,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { NotFoundPage } from '../../../components/NotFoundPage';
import { PageLoader } from '../../../components/PageLoader';
import { QueryError } from '../../../components/QueryError';
import { SimpleTable } from '../../../components/SimpleTable';
import { isApiError } from '../../../lib/api';
import { usePageTitle } from '../../../lib/usePageTitle';
import { logMentorSession, useRelationship, type Relationship } from '../api/mentors';
import { moduleLabel, useProgrammes } from '../api/startups';
import { reasonText } from './reasons';

/** A mentoring relationship: why it was confirmed, and its session log with feedback. */
export function RelationshipPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const result = useRelationship(id);
  usePageTitle(t('mentors.relationship'));
  if (result.isPending) return <PageLoader />;
  if (isApiError(result.error) && result.error.status === 404) return <NotFoundPage />;
  if (result.error) return <QueryError error={result.error} />;
  return <RelationshipDetail r={result.data} />;
}

function RelationshipDetail({ r }: { r: Relationship }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const programmes = useProgrammes();
  return (
    <Stack gap="md">
      <Title order={1}>{t('mentors.relationshipTitle', { mentor: r.mentor.name, startup: r.enterprise.name })}</Title>
      <Group gap="md">
        <Anchor component={Link} to={`/enterprises/startups/s/${r.enterprise.id}`}>
          <bdi>{r.enterprise.name}</bdi>
        </Anchor>
        <Text>
          {t(`mentors.relationshipStatus.${r.status}`)} · {t('mentors.since')} {r.confirmedAt.slice(0, 10)} ·{' '}
          {t('mentors.scoreOf', { score: r.score })}
        </Text>
      </Group>
      <List size="sm" aria-label={t('mentors.reasonsFor', { name: r.mentor.name })}>
        {r.reasons.map((reason) => (
          <List.Item key={reason.code}>{reasonText(t, reason, (c) => moduleLabel(programmes.data, c, lang))}</List.Item>
        ))}
      </List>
      <Title order={2}>{t('mentors.sessions')}</Title>
      <SimpleTable
        caption={t('mentors.sessions')}
        rows={r.sessions}
        rowKey={(s) => s.id}
        empty={t('mentors.noSessions')}
        minWidth={640}
        columns={[
          { key: 'heldOn', header: t('startups.heldOn'), render: (s) => s.heldOn },
          { key: 'minutes', header: t('startups.minutes'), render: (s) => s.minutes },
          { key: 'notes', header: t('mentors.notes'), render: (s) => s.notes || '—' },
          { key: 'rating', header: t('mentors.rating'), render: (s) => (s.rating ? `${s.rating} / 5` : '—') },
          { key: 'feedback', header: t('mentors.feedback'), render: (s) => s.feedback || '—' },
        ]}
      />
      {r.status === 'active' && <SessionForm id={r.id} />}
    </Stack>
  );
}

function SessionForm({ id }: { id: string }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [heldOn, setHeldOn] = useState('');
  const [minutes, setMinutes] = useState<number | string>(60);
  const [notes, setNotes] = useState('');
  const [rating, setRating] = useState<string | null>(null);
  const [feedback, setFeedback] = useState('');
  const [error, setError] = useState('');
  const [saved, setSaved] = useState('');
  const save = async () => {
    setError('');
    try {
      await logMentorSession(id, {
        heldOn,
        minutes: Number(minutes),
        notes,
        feedback,
        ...(rating ? { rating: Number(rating) } : {}),
      });
      setNotes('');
      setFeedback('');
      setSaved(t('mentors.sessionLogged'));
      await client.invalidateQueries({ queryKey: ['mentoring', id] });
    } catch (e) {
      setError(isApiError(e) ? e.detail : t('errors.generic'));
    }
  };
  return (
    <Stack gap="sm" component="form" onSubmit={(e) => (e.preventDefault(), void save())}>
      <Title order={2}>{t('mentors.logSession')}</Title>
      <Group align="flex-end">
        <TextInput
          label={t('startups.heldOn')}
          type="date"
          required
          value={heldOn}
          onChange={(e) => setHeldOn(e.currentTarget.value)}
        />
        <NumberInput label={t('startups.minutes')} min={1} max={1440} value={minutes} onChange={setMinutes} w={120} />
        <Select
          label={t('mentors.rating')}
          data={['1', '2', '3', '4', '5']}
          value={rating}
          onChange={setRating}
          clearable
          w={120}
        />
      </Group>
      <Textarea label={t('mentors.notes')} value={notes} onChange={(e) => setNotes(e.currentTarget.value)} />
      <Textarea label={t('mentors.feedback')} value={feedback} onChange={(e) => setFeedback(e.currentTarget.value)} />
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      {saved && (
        <Alert color="green" role="status">
          {saved}
        </Alert>
      )}
      <Button type="submit" w="fit-content" disabled={!heldOn}>
        {t('mentors.logSession')}
      </Button>
    </Stack>
  );
}
