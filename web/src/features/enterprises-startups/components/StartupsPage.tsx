import { Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable, type Column } from '../../../components/DataTable';
import { FilterSelect } from '../../../components/FilterSelect';
import { ListBody } from '../../../components/ListBody';
import { can, useSignedInUser } from '../../../lib/session';
import { useListParams } from '../../../lib/useListParams';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useCohorts, useProgrammes, type CohortSummary } from '../api/startups';
import { CohortForm } from './CohortForm';
import { ProgrammeForm } from './ProgrammeForm';

/** The start-up programme: its modules, and its cohorts (search, filter by programme, sort, paging). */
export function StartupsPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const title = t('startups.title');
  usePageTitle(title);
  const { query, setPage, setSort, setSearch, setFilters } = useListParams({
    sort: '-startsOn',
    filters: ['programme'],
  });
  const programmes = useProgrammes();
  const manage = can(useSignedInUser(), 'startups.manage');
  const result = useCohorts(query);
  const columns: Column<CohortSummary>[] = [
    {
      key: 'name',
      header: t('startups.cohort'),
      sortField: 'name',
      render: (c) => (
        <Anchor component={Link} to={`/enterprises/startups/cohorts/${c.id}`} fz="inherit">
          <bdi>{c.name}</bdi>
        </Anchor>
      ),
    },
    { key: 'programme', header: t('startups.programme'), render: (c) => <bdi>{c.programme.name}</bdi> },
    { key: 'startsOn', header: t('startups.startsOn'), sortField: 'startsOn', render: (c) => c.startsOn },
    {
      key: 'places',
      header: t('startups.places'),
      render: (c) => t('startups.placesTaken', { taken: c.members, capacity: c.capacity }),
    },
  ];
  return (
    <Stack gap="md">
      <Title order={1}>{title}</Title>
      <Text>{t('startups.intro')}</Text>
      {manage && programmes.data && (
        <Group gap="sm">
          <ProgrammeForm programmes={programmes.data} />
          {programmes.data.length > 0 && <CohortForm programmes={programmes.data} />}
        </Group>
      )}
      {(programmes.data ?? []).map((p) => (
        <Stack key={p.id} gap={4}>
          <Title order={2} size="h4">
            <bdi>{p.name}</bdi>
          </Title>
          {p.description && <Text size="sm">{p.description}</Text>}
          <Group gap={4} aria-label={t('startups.modules')}>
            {p.modules.map((m) => (
              <Badge key={m.code} variant="light">
                {m.label[lang] ?? m.label.en}
              </Badge>
            ))}
          </Group>
        </Stack>
      ))}
      <FilterSelect
        label={t('startups.programme')}
        value={String(query.programme ?? '')}
        onChange={(programme) => setFilters({ programme })}
        options={(programmes.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
      />
      <ListBody result={result}>
        {(data) => (
          <DataTable
            caption={t('startups.cohorts')}
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
            minWidth={640}
          />
        )}
      </ListBody>
    </Stack>
  );
}
