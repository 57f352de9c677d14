import { Alert, Anchor, Checkbox, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { NotFoundPage } from '../../../components/NotFoundPage';
import { PageLoader } from '../../../components/PageLoader';
import { QueryError } from '../../../components/QueryError';
import { SimpleTable } from '../../../components/SimpleTable';
import { isApiError } from '../../../lib/api';
import { can, useSignedInUser } from '../../../lib/session';
import { usePageTitle } from '../../../lib/usePageTitle';
import { markAttendance, useEvent } from '../api/network';
import { listText } from './choices';

/** One event: its details, your registration, and (for organisers) the registrations with attendance. */
export function EventPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const user = useSignedInUser();
  const client = useQueryClient();
  const result = useEvent(id);
  const [error, setError] = useState('');
  usePageTitle(result.data?.title ?? t('events.title'));
  if (result.isPending) return <PageLoader />;
  if (isApiError(result.error) && result.error.status === 404) return <NotFoundPage />;
  if (result.error) return <QueryError error={result.error} />;
  const e = result.data;
  const mark = async (registration: string, attended: boolean) => {
    setError('');
    try {
      await markAttendance(e.id, [{ registration, attended }]);
      await client.invalidateQueries({ queryKey: ['event', e.id] });
    } catch (err) {
      setError(isApiError(err) ? err.detail : t('errors.generic'));
    }
  };
  const when = new Intl.DateTimeFormat(i18n.resolvedLanguage ?? 'en', { dateStyle: 'full', timeStyle: 'short' });
  return (
    <Stack gap="md">
      <Title order={1}>
        <bdi>{e.title}</bdi>
      </Title>
      <Text>
        {when.format(new Date(e.startsAt))}
        {e.location && ` · ${e.location}`} · {t(`events.kinds.${e.kind}`, e.kind)} · <bdi>{e.partner.name}</bdi>
      </Text>
      {e.description && <Text style={{ whiteSpace: 'pre-wrap' }}>{e.description}</Text>}
      {e.speakers.length > 0 && (
        <Text>{t('events.speakers', { names: listText(e.speakers, i18n.resolvedLanguage ?? 'en') })}</Text>
      )}
      {e.topics.length > 0 && (
        <Text>{t('events.topics', { topics: listText(e.topics, i18n.resolvedLanguage ?? 'en') })}</Text>
      )}
      <Text>{e.mine ? t('events.youAreRegistered') : t('events.notRegistered')}</Text>
      <Anchor href={`/api/v1/events/${e.id}/ics`} download>
        {t('events.ics')}
      </Anchor>
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      {can(user, 'calendar.manage') && (
        <SimpleTable
          caption={t('events.registrations')}
          rows={e.registrations}
          rowKey={(r) => r.id}
          empty={t('events.noRegistrations')}
          columns={[
            { key: 'name', header: t('mentors.name'), render: (r) => <bdi>{r.name}</bdi> },
            { key: 'email', header: t('mentors.email'), render: (r) => r.email },
            { key: 'language', header: t('mentors.language'), render: (r) => r.language },
            {
              key: 'attended',
              header: t('events.attended'),
              render: (r) => (
                <Checkbox
                  aria-label={t('events.attendedBy', { name: r.name })}
                  checked={r.attended === true}
                  onChange={(ev) => void mark(r.id, ev.currentTarget.checked)}
                />
              ),
            },
          ]}
        />
      )}
    </Stack>
  );
}
