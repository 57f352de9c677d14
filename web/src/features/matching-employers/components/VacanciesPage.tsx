import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable, type Column } from '../../../components/DataTable';
import { FilterSelect } from '../../../components/FilterSelect';
import { ForbiddenPage } from '../../../components/ForbiddenPage';
import { ListBody } from '../../../components/ListBody';
import { isForbiddenError } from '../../../lib/api';
import { formatDate } from '../../../lib/format';
import { can, useSignedInUser } from '../../../lib/session';
import { useListParams } from '../../../lib/useListParams';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useHealthOccupations } from '../../../lib/occupations';
import { useEmployers, useVacancies, vacancyFilterKeys, type Vacancy } from '../api/employers';

const statuses = ['open', 'draft', 'closed', 'filled', 'cancelled'] as const;

/** Vacancies at the anchor employers (an employer sees its own): search, filters, sort and paging in the URL. */
export function VacanciesPage() {
  const { t, i18n } = useTranslation();
  const user = useSignedInUser();
  const lang = i18n.resolvedLanguage ?? 'en';
  const title = t('matchingEmployers.vacancies.title');
  usePageTitle(title);
  const { query, setPage, setSort, setSearch, setFilters } = useListParams({
    sort: 'title',
    filters: vacancyFilterKeys,
  });
  const result = useVacancies(query);
  const { data: occupations } = useHealthOccupations(lang);
  const { data: employers } = useEmployers();
  if (isForbiddenError(result.error)) return <ForbiddenPage />;
  const labelOf = (code: string) => occupations?.items.find((o) => o.code === code)?.label ?? code;
  const employerName = (id: string) => employers?.items.find((e) => e.partner.id === id)?.partner.name ?? '—';

  const columns: Column<Vacancy>[] = [
    {
      key: 'title',
      header: t('matchingEmployers.vacancy.title'),
      sortField: 'title',
      render: (v) => (
        <Anchor component={Link} to={`/matching/vacancies/${encodeURIComponent(v.id)}`} fz="inherit">
          <bdi>{v.title}</bdi>
        </Anchor>
      ),
    },
    {
      key: 'employer',
      header: t('matchingEmployers.vacancy.employer'),
      render: (v) => <bdi>{employerName(v.employer.id)}</bdi>,
    },
    {
      key: 'occupations',
      header: t('matchingEmployers.vacancy.occupation'),
      render: (v) => v.occupations.map(labelOf).join(', '),
    },
    { key: 'band', header: t('matchingEmployers.vacancy.band'), sortField: 'band', render: (v) => v.band ?? '—' },
    {
      key: 'quantity',
      header: t('matchingEmployers.vacancy.quantity'),
      sortField: 'quantity',
      render: (v) => v.quantity,
    },
    {
      key: 'status',
      header: t('matchingEmployers.vacancy.status'),
      render: (v) => t(`matchingEmployers.statuses.${v.status}`),
    },
    {
      key: 'closesOn',
      header: t('matchingEmployers.vacancy.closesOn'),
      sortField: 'closesOn',
      render: (v) => (v.closesOn ? formatDate(v.closesOn, lang) : '—'),
    },
  ];

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{title}</Title>
        {can(user, 'vacancies.create') && (
          <Button component={Link} to="/matching/vacancies/new">
            {t('matchingEmployers.vacancies.new')}
          </Button>
        )}
      </Group>
      <Text>{t('matchingEmployers.vacancies.intro')}</Text>
      <Group gap="md" align="flex-end">
        <FilterSelect
          label={t('matchingEmployers.vacancy.occupation')}
          value={String(query.occupation ?? '')}
          onChange={(occupation) => setFilters({ occupation })}
          options={(occupations?.items ?? []).map((o) => ({ value: o.code, label: o.label }))}
        />
        <FilterSelect
          label={t('matchingEmployers.vacancy.band')}
          value={String(query.band ?? '')}
          onChange={(band) => setFilters({ band })}
          options={[1, 2, 3, 4, 5, 6, 7, 8, 9].map((b) => ({ value: String(b), label: String(b) }))}
        />
        <FilterSelect
          label={t('matchingEmployers.vacancy.status')}
          value={String(query.status ?? '')}
          onChange={(status) => setFilters({ status })}
          options={statuses.map((s) => ({ value: s, label: t(`matchingEmployers.statuses.${s}`) }))}
        />
        {(employers?.items.length ?? 0) > 1 && (
          <FilterSelect
            label={t('matchingEmployers.vacancy.employer')}
            value={String(query.employer ?? '')}
            onChange={(employer) => setFilters({ employer })}
            options={(employers?.items ?? []).map((e) => ({ value: e.partner.id, label: e.partner.name }))}
          />
        )}
      </Group>
      <ListBody result={result}>
        {(data) => (
          <DataTable
            caption={title}
            columns={columns}
            rows={data.items}
            rowKey={(v) => v.id}
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
