import { Button, Group, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable, type Column } from '../../../components/DataTable';
import { ListBody } from '../../../components/ListBody';
import { formatDate } from '../../../lib/format';
import { can, useSignedInUser } from '../../../lib/session';
import { useListParams } from '../../../lib/useListParams';
import { usePageTitle } from '../../../lib/usePageTitle';
import { createEvent, researcherRoles, signUp, useEvents, type RecruitmentEvent } from '../api/programme';
import { ProblemAlert } from './ProblemAlert';
import { ProgrammeNav } from './ProgrammeNav';

const boxStyle = { borderRadius: 'var(--mantine-radius-sm)' };

function NewEventForm() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [v, setV] = useState({ title: '', heldOn: '', location: '' });
  const mutation = useMutation({
    mutationFn: () => createEvent(v),
    onSuccess: async () => {
      setV({ title: '', heldOn: '', location: '' });
      await queryClient.invalidateQueries({ queryKey: ['recruitment-events'] });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    mutation.mutate();
  };
  return (
    <form onSubmit={submit} aria-labelledby="new-event">
      <Stack gap="sm" p="md" bg="gray.0" style={boxStyle}>
        <Title order={2} size="h4" id="new-event">
          {t('researchProgramme.recruitment.new')}
        </Title>
        <Group grow align="flex-end">
          <TextInput
            label={t('researchProgramme.recruitment.eventTitle')}
            required
            maxLength={200}
            value={v.title}
            onChange={(e) => setV({ ...v, title: e.currentTarget.value })}
          />
          <TextInput
            type="date"
            label={t('researchProgramme.recruitment.heldOn')}
            required
            value={v.heldOn}
            onChange={(e) => setV({ ...v, heldOn: e.currentTarget.value })}
          />
          <TextInput
            label={t('researchProgramme.recruitment.location')}
            maxLength={200}
            value={v.location}
            onChange={(e) => setV({ ...v, location: e.currentTarget.value })}
          />
        </Group>
        <Button
          type="submit"
          loading={mutation.isPending}
          disabled={!v.title.trim() || !v.heldOn}
          style={{ alignSelf: 'flex-start' }}
        >
          {t('researchProgramme.recruitment.create')}
        </Button>
        <ProblemAlert error={mutation.error} />
      </Stack>
    </form>
  );
}

function SignUpForm({ events }: { events: RecruitmentEvent[] }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [v, setV] = useState({ event: '', displayName: '', role: 'researcher' as (typeof researcherRoles)[number] });
  const mutation = useMutation({
    mutationFn: () => signUp(v.event, { displayName: v.displayName.trim(), role: v.role }),
    onSuccess: async () => {
      setV({ ...v, displayName: '' });
      await queryClient.invalidateQueries({ queryKey: ['recruitment-events'] });
      await queryClient.invalidateQueries({ queryKey: ['researchers'] });
      await queryClient.invalidateQueries({ queryKey: ['research-funnel'] });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    mutation.mutate();
  };
  return (
    <form onSubmit={submit} aria-labelledby="sign-up">
      <Stack gap="sm" p="md" bg="gray.0" style={boxStyle}>
        <Title order={2} size="h4" id="sign-up">
          {t('researchProgramme.recruitment.signUp')}
        </Title>
        <Group grow align="flex-end">
          <NativeSelect
            label={t('researchProgramme.recruitment.event')}
            required
            value={v.event}
            onChange={(e) => setV({ ...v, event: e.currentTarget.value })}
            data={[
              { value: '', label: t('researchProgramme.recruitment.chooseEvent') },
              ...events.map((e) => ({ value: e.id, label: `${e.title} (${e.heldOn})` })),
            ]}
          />
          <TextInput
            label={t('researchProgramme.researcher.name')}
            required
            maxLength={120}
            value={v.displayName}
            onChange={(e) => setV({ ...v, displayName: e.currentTarget.value })}
          />
          <NativeSelect
            label={t('researchProgramme.researcher.role')}
            value={v.role}
            onChange={(e) => setV({ ...v, role: e.currentTarget.value as typeof v.role })}
            data={researcherRoles.map((r) => ({ value: r, label: t(`researchProgramme.role.${r}`) }))}
          />
        </Group>
        <Button
          type="submit"
          loading={mutation.isPending}
          disabled={!v.event || !v.displayName.trim()}
          style={{ alignSelf: 'flex-start' }}
        >
          {t('researchProgramme.recruitment.signUpButton')}
        </Button>
        {mutation.isSuccess && (
          <Text role="status" size="sm">
            {t('researchProgramme.recruitment.signedUp')}
          </Text>
        )}
        <ProblemAlert error={mutation.error} />
      </Stack>
    </form>
  );
}

/** Recruitment events with their sign-ups; leads record events and sign people up. */
export function RecruitmentPage() {
  const { t, i18n } = useTranslation();
  const user = useSignedInUser();
  const title = t('researchProgramme.recruitment.title');
  usePageTitle(title);
  const { query, setPage, setSort, setSearch } = useListParams({ sort: '-heldOn' });
  const result = useEvents(query);
  const lang = i18n.resolvedLanguage ?? 'en';
  const columns: Column<RecruitmentEvent>[] = [
    {
      key: 'title',
      header: t('researchProgramme.recruitment.eventTitle'),
      sortField: 'title',
      render: (e) => <bdi>{e.title}</bdi>,
    },
    {
      key: 'heldOn',
      header: t('researchProgramme.recruitment.heldOn'),
      sortField: 'heldOn',
      render: (e) => formatDate(e.heldOn, lang),
    },
    {
      key: 'location',
      header: t('researchProgramme.recruitment.location'),
      render: (e) => <bdi>{e.location || e.area || '—'}</bdi>,
    },
    { key: 'signUps', header: t('researchProgramme.recruitment.signUps'), render: (e) => e.signUps },
    { key: 'partner', header: t('researchProgramme.researcher.partner'), render: (e) => <bdi>{e.partner.name}</bdi> },
  ];
  const manage = can(user, 'research.recruitment.manage');
  return (
    <Stack gap="md">
      <ProgrammeNav part="programme" />
      <Title order={1}>{title}</Title>
      <Text>{t('researchProgramme.recruitment.intro')}</Text>
      {manage && <NewEventForm />}
      {manage && result.data && <SignUpForm events={result.data.items} />}
      <ListBody result={result}>
        {(data) => (
          <DataTable
            caption={title}
            columns={columns}
            rows={data.items}
            rowKey={(e) => e.id}
            total={data.total}
            page={query.page}
            pageSize={query.pageSize}
            onPageChange={setPage}
            sort={query.sort}
            onSortChange={setSort}
            search={{ value: query.q ?? '', onChange: setSearch }}
            loading={result.isFetching}
            minWidth={700}
          />
        )}
      </ListBody>
    </Stack>
  );
}
