import { Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable, type Column } from '../../../components/DataTable';
import { FilterSelect } from '../../../components/FilterSelect';
import { ListBody } from '../../../components/ListBody';
import { formatDate } from '../../../lib/format';
import { useListParams } from '../../../lib/useListParams';
import { usePageTitle } from '../../../lib/usePageTitle';
import {
  researcherFilterKeys,
  researcherRoles,
  researcherStatuses,
  useResearchers,
  type Researcher,
} from '../api/programme';
import { ProgrammeNav } from './ProgrammeNav';

export function StatusBadge({ status }: { status: Researcher['status'] }) {
  const { t } = useTranslation();
  const color = status === 'active' ? '#1b5e20' : status === 'paused' ? '#8a4b08' : 'gray.7';
  return (
    <Badge color={color} variant="filled" size="sm">
      {t(`researchProgramme.status.${status}`)}
    </Badge>
  );
}

/** Community researchers and community partners: search, filter by status and role, sort, page. */
export function ResearchersPage() {
  const { t, i18n } = useTranslation();
  const title = t('researchProgramme.researchers.title');
  usePageTitle(title);
  const { query, setPage, setSort, setSearch, setFilters } = useListParams({
    sort: 'name',
    filters: researcherFilterKeys,
  });
  const result = useResearchers(query);
  const columns: Column<Researcher>[] = [
    {
      key: 'name',
      header: t('researchProgramme.researcher.name'),
      sortField: 'name',
      render: (r) => (
        <Anchor component={Link} to={`/research/researchers/${encodeURIComponent(r.id)}`} fz="inherit">
          <bdi>{r.displayName}</bdi>
        </Anchor>
      ),
    },
    {
      key: 'role',
      header: t('researchProgramme.researcher.role'),
      render: (r) => t(`researchProgramme.role.${r.role}`),
    },
    {
      key: 'status',
      header: t('researchProgramme.researcher.status'),
      sortField: 'status',
      render: (r) => <StatusBadge status={r.status} />,
    },
    {
      key: 'reason',
      header: t('researchProgramme.researcher.leaveReason'),
      render: (r) => (r.leaveReason ? t(`researchProgramme.leaveReason.${r.leaveReason}`) : '—'),
    },
    { key: 'partner', header: t('researchProgramme.researcher.partner'), render: (r) => <bdi>{r.partner.name}</bdi> },
    {
      key: 'signedUp',
      header: t('researchProgramme.researcher.signedUp'),
      sortField: 'signedUp',
      render: (r) => formatDate(r.signedUpOn, i18n.resolvedLanguage ?? 'en'),
    },
  ];
  return (
    <Stack gap="md">
      <ProgrammeNav part="programme" />
      <Title order={1}>{title}</Title>
      <Text>{t('researchProgramme.researchers.intro')}</Text>
      <Group gap="md" align="flex-end">
        <FilterSelect
          label={t('researchProgramme.researcher.status')}
          value={String(query.status ?? '')}
          onChange={(status) => setFilters({ status })}
          options={researcherStatuses.map((s) => ({ value: s, label: t(`researchProgramme.status.${s}`) }))}
        />
        <FilterSelect
          label={t('researchProgramme.researcher.role')}
          value={String(query.role ?? '')}
          onChange={(role) => setFilters({ role })}
          options={researcherRoles.map((s) => ({ value: s, label: t(`researchProgramme.role.${s}`) }))}
        />
      </Group>
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
            minWidth={820}
          />
        )}
      </ListBody>
    </Stack>
  );
}
