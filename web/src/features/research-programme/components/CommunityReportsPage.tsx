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
import { reportFilterKeys, useReports, type Report } from '../api/reports';
import { ProgrammeNav } from './ProgrammeNav';

const joined = (items: string[]) => (items.length ? items.join(', ') : '—');

/** Reports from local meetings by community partners: what was heard (ideas, needs, skills) and where. */
export function CommunityReportsPage() {
  const { t, i18n } = useTranslation();
  const user = useSignedInUser();
  const title = t('researchProgramme.reports.title');
  usePageTitle(title);
  const { query, setPage, setSort, setSearch, setFilters } = useListParams({
    sort: '-metOn',
    filters: reportFilterKeys,
  });
  const result = useReports(query);
  const lang = i18n.resolvedLanguage ?? 'en';
  const columns: Column<Report>[] = [
    {
      key: 'title',
      header: t('researchProgramme.reports.meeting'),
      sortField: 'title',
      render: (r) => <bdi>{r.meetingTitle}</bdi>,
    },
    {
      key: 'metOn',
      header: t('researchProgramme.reports.metOn'),
      sortField: 'metOn',
      render: (r) => formatDate(r.metOn, lang),
    },
    {
      key: 'kind',
      header: t('researchProgramme.reports.kind'),
      render: (r) => (
        <>
          {t(`researchProgramme.reports.kinds.${r.kind}`)}
          {r.audio && (
            <>
              {' · '}
              <Anchor href={`/api/v1/research/community-reports/${encodeURIComponent(r.id)}/audio`} fz="inherit">
                {t('researchProgramme.reports.listen')}
              </Anchor>
            </>
          )}
        </>
      ),
    },
    { key: 'ideas', header: t('researchProgramme.reports.ideas'), render: (r) => <bdi>{joined(r.ideas)}</bdi> },
    { key: 'needs', header: t('researchProgramme.reports.needs'), render: (r) => <bdi>{joined(r.needs)}</bdi> },
    { key: 'skills', header: t('researchProgramme.reports.skills'), render: (r) => <bdi>{joined(r.skills)}</bdi> },
    { key: 'area', header: t('researchProgramme.reports.area'), render: (r) => <bdi>{r.area?.name ?? '—'}</bdi> },
    { key: 'reporter', header: t('researchProgramme.reports.reporter'), render: (r) => <bdi>{r.reporter ?? '—'}</bdi> },
  ];
  return (
    <Stack gap="md">
      <ProgrammeNav part="programme" />
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{title}</Title>
        {can(user, 'research.community-reports.create') && (
          <Button component={Link} to="/research/researchers/reports/new">
            {t('researchProgramme.reports.new')}
          </Button>
        )}
      </Group>
      <Text>{t('researchProgramme.reports.intro')}</Text>
      <FilterSelect
        label={t('researchProgramme.reports.kind')}
        value={String(query.kind ?? '')}
        onChange={(kind) => setFilters({ kind })}
        options={(['written', 'spoken'] as const).map((k) => ({
          value: k,
          label: t(`researchProgramme.reports.kinds.${k}`),
        }))}
      />
      <ListBody result={result}>
        {(data) => (
          <DataTable
            caption={title}
            columns={columns}
            rows={data.items}
            rowKey={(r) => r.id}
            total={data.total}
            page={query.page}
            pageSize={query.pageSize}
            onPageChange={setPage}
            sort={query.sort}
            onSortChange={setSort}
            search={{ value: query.q ?? '', onChange: setSearch }}
            loading={result.isFetching}
            minWidth={960}
          />
        )}
      </ListBody>
    </Stack>
  );
}
