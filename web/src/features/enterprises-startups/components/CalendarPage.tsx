import { Alert, Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { FilterSelect } from '../../../components/FilterSelect';
import { ListBody } from '../../../components/ListBody';
import { SearchInput } from '../../../components/SearchInput';
import { isApiError } from '../../../lib/api';
import { can, useSignedInUser } from '../../../lib/session';
import { useListParams } from '../../../lib/useListParams';
import { usePageTitle } from '../../../lib/usePageTitle';
import {
  eventKinds,
  monthRange,
  registerForEvent,
  shiftMonth,
  useEvents,
  useWorkPackageOptions,
  type CalendarEvent,
} from '../api/network';
import { EventForm } from './EventForm';
import { listText } from './choices';

/**
 * The shared events calendar of every work package, a month at a time, with filters by work package, kind and
 * public; each event can be registered for and downloaded as .ics. Month and filters live in the address bar.
 */
export function CalendarPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const title = t('events.title');
  usePageTitle(title);
  const { query, setFilters, setSearch } = useListParams({
    sort: 'startsAt',
    pageSize: 100,
    filters: ['month', 'workPackage', 'kind', 'public'],
  });
  const month = /^\d{4}-\d{2}$/.test(String(query.month ?? ''))
    ? String(query.month)
    : new Date().toISOString().slice(0, 7);
  const { month: _, ...rest } = query;
  const result = useEvents({ ...rest, ...monthRange(month) });
  const wps = useWorkPackageOptions();
  const manage = can(useSignedInUser(), 'calendar.manage');
  const navigate = useNavigate();
  const monthName = new Intl.DateTimeFormat(lang, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${month}-01T00:00:00Z`),
  );
  return (
    <Stack gap="md">
      <Title order={1}>{title}</Title>
      {manage && (
        <Group>
          <EventForm onSaved={(id) => void navigate(`/enterprises/events/${id}`)} />
        </Group>
      )}
      <Group justify="space-between" align="center">
        <Button variant="default" onClick={() => setFilters({ month: shiftMonth(month, -1) })}>
          {t('events.previous')}
        </Button>
        <Title order={2} aria-live="polite">
          {monthName}
        </Title>
        <Button variant="default" onClick={() => setFilters({ month: shiftMonth(month, 1) })}>
          {t('events.next')}
        </Button>
      </Group>
      <Group align="flex-end">
        <SearchInput value={query.q ?? ''} onChange={setSearch} label={t('events.search')} />
        <FilterSelect
          label={t('events.workPackage')}
          value={String(query.workPackage ?? '')}
          onChange={(workPackage) => setFilters({ workPackage })}
          options={(wps.data?.items ?? []).map((w) => ({ value: w.code, label: w.name }))}
        />
        <FilterSelect
          label={t('events.kind')}
          value={String(query.kind ?? '')}
          onChange={(kind) => setFilters({ kind })}
          options={eventKinds.map((k) => ({ value: k, label: t(`events.kinds.${k}`) }))}
        />
        <FilterSelect
          label={t('events.visibility')}
          value={String(query.public ?? '')}
          onChange={(value) => setFilters({ public: value })}
          options={[{ value: 'true', label: t('events.publicOnly') }]}
        />
        <Anchor href="/api/v1/public/calendar.ics">{t('events.feed')}</Anchor>
      </Group>
      <ListBody result={result}>
        {(data) =>
          data.items.length === 0 ? (
            <Text>{t('events.none')}</Text>
          ) : (
            <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0 }}>
              {data.items.map((e) => (
                <li key={e.id}>
                  <EventCard event={e} />
                </li>
              ))}
            </Stack>
          )
        }
      </ListBody>
    </Stack>
  );
}

function EventCard({ event: e }: { event: CalendarEvent }) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const when = new Intl.DateTimeFormat(i18n.resolvedLanguage ?? 'en', { dateStyle: 'full', timeStyle: 'short' }).format(
    new Date(e.startsAt),
  );
  const full = e.capacity !== null && e.registered >= e.capacity;
  const register = async () => {
    try {
      await registerForEvent(e.id);
      setMessage({ ok: true, text: t('events.registered') });
      await client.invalidateQueries({ queryKey: ['events'] });
    } catch (err) {
      setMessage({ ok: false, text: isApiError(err) ? err.detail : t('errors.generic') });
    }
  };
  return (
    <Card withBorder component="article" aria-labelledby={`event-${e.id}`}>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={3} size="h4" id={`event-${e.id}`}>
            <Anchor component={Link} to={`/enterprises/events/${e.id}`} fz="inherit">
              <bdi>{e.title}</bdi>
            </Anchor>
          </Title>
          <Text size="sm">
            {when}
            {e.location && ` · ${e.location}`}
          </Text>
        </div>
        <Group gap={4}>
          <Badge>{t(`events.kinds.${e.kind}`, e.kind)}</Badge>
          {e.public && <Badge variant="light">{t('events.public')}</Badge>}
          {e.workPackage && <Badge variant="outline">{e.workPackage.name}</Badge>}
        </Group>
      </Group>
      {e.speakers.length > 0 && (
        <Text size="sm">{t('events.speakers', { names: listText(e.speakers, i18n.resolvedLanguage ?? 'en') })}</Text>
      )}
      {e.topics.length > 0 && (
        <Text size="sm">{t('events.topics', { topics: listText(e.topics, i18n.resolvedLanguage ?? 'en') })}</Text>
      )}
      <Text size="sm">
        {e.capacity === null
          ? t('events.registeredCount', { count: e.registered })
          : t('events.places', { taken: e.registered, capacity: e.capacity })}
      </Text>
      <Group mt="xs">
        <Button size="xs" onClick={register} disabled={full} aria-label={t('events.registerFor', { title: e.title })}>
          {full ? t('events.full') : t('events.register')}
        </Button>
        <Anchor href={`/api/v1/events/${e.id}/ics`} size="sm" download>
          {t('events.ics')}
        </Anchor>
      </Group>
      {message && (
        <Alert mt="xs" color={message.ok ? 'green' : 'red'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </Alert>
      )}
    </Card>
  );
}
