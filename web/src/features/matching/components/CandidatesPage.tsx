import { Anchor, Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useHealthOccupations } from '../../../lib/occupations';
import { Link } from 'react-router';
import { DataTable, type Column } from '../../../components/DataTable';
import { FilterSelect } from '../../../components/FilterSelect';
import { ForbiddenPage } from '../../../components/ForbiddenPage';
import { ListBody } from '../../../components/ListBody';
import { isForbiddenError } from '../../../lib/api';
import { useAreas } from '../../../lib/areas';
import { formatDate } from '../../../lib/format';
import { can, useSignedInUser } from '../../../lib/session';
import { useListParams } from '../../../lib/useListParams';
import { usePageTitle } from '../../../lib/usePageTitle';
import {
  candidateFilterKeys,
  candidateStatuses,
  pipelineStages,
  useCandidates,
  type CandidateSummary,
} from '../api/candidates';

/** Candidates of the caller's partner: search, filters by status, stage, occupation and area, sort and paging. */
export function CandidatesPage() {
  const { t, i18n } = useTranslation();
  const user = useSignedInUser();
  const lang = i18n.resolvedLanguage ?? 'en';
  const title = t('matching.candidates.title');
  usePageTitle(title);
  const { query, setPage, setSort, setSearch, setFilters } = useListParams({
    sort: '-createdAt',
    filters: candidateFilterKeys,
  });
  const result = useCandidates(query);
  const { data: areas } = useAreas();
  const { data: occupations } = useHealthOccupations(lang);
  if (isForbiddenError(result.error)) return <ForbiddenPage />;
  const labelOf = (code: string) => occupations?.items.find((o) => o.code === code)?.label ?? code;

  const columns: Column<CandidateSummary>[] = [
    {
      key: 'fullName',
      header: t('matching.candidate.name'),
      sortField: 'fullName',
      render: (c) => (
        <Anchor component={Link} to={`/matching/candidates/${encodeURIComponent(c.id)}`} fz="inherit">
          <bdi>{c.fullName}</bdi>
        </Anchor>
      ),
    },
    { key: 'reference', header: t('matching.candidate.reference'), sortField: 'reference', render: (c) => c.reference },
    {
      key: 'occupations',
      header: t('matching.candidate.occupation'),
      render: (c) => (c.occupations.length ? c.occupations.map(labelOf).join(', ') : '—'),
    },
    { key: 'stage', header: t('matching.candidate.stage'), render: (c) => t(`matching.stages.${c.stage}`) },
    {
      key: 'status',
      header: t('matching.candidate.status'),
      sortField: 'status',
      render: (c) => (
        <Group gap={6} wrap="nowrap">
          <span>{t(`matching.statuses.${c.status}`)}</span>
          {c.possibleDuplicates > 0 && (
            <Badge color="#9c3a00" variant="filled" size="sm">
              {t('matching.candidate.possibleDuplicate')}
            </Badge>
          )}
        </Group>
      ),
    },
    { key: 'area', header: t('matching.candidate.area'), render: (c) => <bdi>{c.area?.name ?? c.borough ?? '—'}</bdi> },
    {
      key: 'createdAt',
      header: t('matching.candidate.created'),
      sortField: 'createdAt',
      render: (c) => formatDate(c.createdAt.slice(0, 10), lang),
    },
  ];

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{title}</Title>
        {can(user, 'candidates.create') && (
          <Button component={Link} to="/matching/candidates/new">
            {t('matching.candidates.new')}
          </Button>
        )}
      </Group>
      <Text>{t('matching.candidates.intro')}</Text>
      <Group gap="md" align="flex-end">
        <FilterSelect
          label={t('matching.candidate.status')}
          value={String(query.status ?? '')}
          onChange={(status) => setFilters({ status })}
          options={candidateStatuses.map((s) => ({ value: s, label: t(`matching.statuses.${s}`) }))}
        />
        <FilterSelect
          label={t('matching.candidate.stage')}
          value={String(query.stage ?? '')}
          onChange={(stage) => setFilters({ stage })}
          options={pipelineStages.map((s) => ({ value: s, label: t(`matching.stages.${s}`) }))}
        />
        <FilterSelect
          label={t('matching.candidate.occupation')}
          value={String(query.occupation ?? '')}
          onChange={(occupation) => setFilters({ occupation })}
          options={(occupations?.items ?? []).map((o) => ({ value: o.code, label: o.label }))}
        />
        <FilterSelect
          label={t('matching.candidate.area')}
          value={String(query.area ?? '')}
          onChange={(area) => setFilters({ area })}
          options={(areas ?? []).map((a) => ({ value: a.slug, label: a.name }))}
        />
      </Group>
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
            minWidth={900}
          />
        )}
      </ListBody>
      <Text size="sm">
        {t('matching.candidates.selfReferralLink')}{' '}
        <Anchor component={Link} to={`/refer/${encodeURIComponent(user.partner.slug ?? '')}`}>
          {`${window.location.origin}/refer/${user.partner.slug ?? ''}`}
        </Anchor>
      </Text>
    </Stack>
  );
}
