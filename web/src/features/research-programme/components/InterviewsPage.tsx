import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable, type Column } from '../../../components/DataTable';
import { FilterSelect } from '../../../components/FilterSelect';
import { ListBody } from '../../../components/ListBody';
import { formatDate } from '../../../lib/format';
import { can, useSignedInUser } from '../../../lib/session';
import { useListParams } from '../../../lib/useListParams';
import { usePageTitle } from '../../../lib/usePageTitle';
import { interviewFilterKeys, useInterviews, type Interview } from '../api/interviews';
import { ProgrammeNav } from './ProgrammeNav';

/** Interviews (a researcher sees their own): search, filter by status, sort, page. */
export function InterviewsPage() {
  const { t, i18n } = useTranslation();
  const user = useSignedInUser();
  const title = t('researchProgramme.interviews.title');
  usePageTitle(title);
  const { query, setPage, setSort, setSearch, setFilters } = useListParams({
    sort: '-interviewedOn',
    filters: interviewFilterKeys,
  });
  const result = useInterviews(query);
  const columns: Column<Interview>[] = [
    {
      key: 'title',
      header: t('researchProgramme.interview.title'),
      sortField: 'title',
      render: (i) => (
        <Anchor component={Link} to={`/research/interviews/${encodeURIComponent(i.id)}`} fz="inherit">
          <bdi>{i.title}</bdi>
        </Anchor>
      ),
    },
    {
      key: 'interviewee',
      header: t('researchProgramme.interview.interviewee'),
      render: (i) => <bdi>{i.intervieweeLabel}</bdi>,
    },
    {
      key: 'on',
      header: t('researchProgramme.interview.on'),
      sortField: 'interviewedOn',
      render: (i) => formatDate(i.interviewedOn, i18n.resolvedLanguage ?? 'en'),
    },
    {
      key: 'status',
      header: t('researchProgramme.interview.status'),
      sortField: 'status',
      render: (i) => t(`researchProgramme.interviewStatus.${i.status}`),
    },
    {
      key: 'consent',
      header: t('researchProgramme.interview.quoteConsent'),
      render: (i) => t(`researchProgramme.quoteConsent.${i.quoteConsent}`),
    },
    { key: 'segments', header: t('researchProgramme.interview.segments'), render: (i) => i.segments },
    {
      key: 'researcher',
      header: t('researchProgramme.interview.researcher'),
      render: (i) => <bdi>{i.researcher?.displayName ?? '—'}</bdi>,
    },
  ];
  return (
    <Stack gap="md">
      <ProgrammeNav part="interviews" />
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{title}</Title>
        {can(user, 'research.interviews.write') && (
          <Button component={Link} to="/research/interviews/new">
            {t('researchProgramme.interviews.new')}
          </Button>
        )}
      </Group>
      <Text>{t('researchProgramme.interviews.intro')}</Text>
      <FilterSelect
        label={t('researchProgramme.interview.status')}
        value={String(query.status ?? '')}
        onChange={(status) => setFilters({ status })}
        options={(['draft', 'complete'] as const).map((s) => ({
          value: s,
          label: t(`researchProgramme.interviewStatus.${s}`),
        }))}
      />
      <ListBody result={result}>
        {(data) => (
          <DataTable
            caption={title}
            columns={columns}
            rows={data.items}
            rowKey={(i) => i.id}
            total={data.total}
            page={query.page}
            pageSize={query.pageSize}
            onPageChange={setPage}
            sort={query.sort}
            onSortChange={setSort}
            search={{ value: query.q ?? '', onChange: setSearch }}
            loading={result.isFetching}
            minWidth={900}
          />
        )}
      </ListBody>
    </Stack>
  );
}
