import { Anchor, Button, Group, NumberInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { DataTable, type Column } from '../../../components/DataTable';
import { ListBody } from '../../../components/ListBody';
import { formatDate } from '../../../lib/format';
import { can, useSignedInUser } from '../../../lib/session';
import { useListParams } from '../../../lib/useListParams';
import { usePageTitle } from '../../../lib/usePageTitle';
import { createCohort, useCohorts, type Cohort } from '../api/programme';
import { ProblemAlert } from './ProblemAlert';
import { ProgrammeNav } from './ProgrammeNav';

function NewCohortForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [v, setV] = useState({ name: '', startsOn: '', endsOn: '', capacity: 15 });
  const mutation = useMutation({
    mutationFn: () => createCohort(v),
    onSuccess: async (c) => {
      await queryClient.invalidateQueries({ queryKey: ['research-cohorts'] });
      void navigate(`/research/researchers/cohorts/${encodeURIComponent(c.id)}`);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    mutation.mutate();
  };
  return (
    <form onSubmit={submit} aria-labelledby="new-cohort">
      <Stack gap="sm" p="md" bg="gray.0" style={{ borderRadius: 'var(--mantine-radius-sm)' }}>
        <Title order={2} size="h4" id="new-cohort">
          {t('researchProgramme.cohorts.new')}
        </Title>
        <Text size="sm">{t('researchProgramme.cohorts.newHint')}</Text>
        <Group align="flex-end" grow>
          <TextInput
            label={t('researchProgramme.cohort.name')}
            required
            maxLength={200}
            value={v.name}
            onChange={(e) => setV({ ...v, name: e.currentTarget.value })}
          />
          <TextInput
            type="date"
            label={t('researchProgramme.cohort.startsOn')}
            required
            value={v.startsOn}
            onChange={(e) => setV({ ...v, startsOn: e.currentTarget.value })}
          />
          <TextInput
            type="date"
            label={t('researchProgramme.cohort.endsOn')}
            required
            value={v.endsOn}
            onChange={(e) => setV({ ...v, endsOn: e.currentTarget.value })}
          />
          <NumberInput
            label={t('researchProgramme.cohort.capacity')}
            min={1}
            max={500}
            value={v.capacity}
            onChange={(n) => setV({ ...v, capacity: Number(n) || 1 })}
          />
        </Group>
        <Button
          type="submit"
          loading={mutation.isPending}
          disabled={!v.name.trim() || !v.startsOn || !v.endsOn}
          style={{ alignSelf: 'flex-start' }}
        >
          {t('researchProgramme.cohorts.create')}
        </Button>
        <ProblemAlert error={mutation.error} />
      </Stack>
    </form>
  );
}

/** Training cohorts: six sessions over three to four months. */
export function CohortsPage() {
  const { t, i18n } = useTranslation();
  const user = useSignedInUser();
  const title = t('researchProgramme.cohorts.title');
  usePageTitle(title);
  const { query, setPage, setSort, setSearch } = useListParams({ sort: '-startsOn' });
  const result = useCohorts(query);
  const lang = i18n.resolvedLanguage ?? 'en';
  const columns: Column<Cohort>[] = [
    {
      key: 'name',
      header: t('researchProgramme.cohort.name'),
      sortField: 'name',
      render: (c) => (
        <Anchor component={Link} to={`/research/researchers/cohorts/${encodeURIComponent(c.id)}`} fz="inherit">
          <bdi>{c.name}</bdi>
        </Anchor>
      ),
    },
    {
      key: 'startsOn',
      header: t('researchProgramme.cohort.startsOn'),
      sortField: 'startsOn',
      render: (c) => formatDate(c.startsOn, lang),
    },
    { key: 'endsOn', header: t('researchProgramme.cohort.endsOn'), render: (c) => formatDate(c.endsOn, lang) },
    { key: 'members', header: t('researchProgramme.cohort.members'), render: (c) => `${c.members} / ${c.capacity}` },
    { key: 'partner', header: t('researchProgramme.researcher.partner'), render: (c) => <bdi>{c.partner.name}</bdi> },
  ];
  return (
    <Stack gap="md">
      <ProgrammeNav part="programme" />
      <Title order={1}>{title}</Title>
      <Text>{t('researchProgramme.cohorts.intro')}</Text>
      {can(user, 'research.cohorts.manage') && <NewCohortForm />}
      <ListBody result={result}>
        {(data) => (
          <DataTable
            caption={title}
            columns={columns}
            rows={data.items}
            rowKey={(c) => c.id}
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
