import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable, type Column } from '../../../components/DataTable';
import { FilterSelect } from '../../../components/FilterSelect';
import { ForbiddenPage } from '../../../components/ForbiddenPage';
import { ListBody } from '../../../components/ListBody';
import { isForbiddenError } from '../../../lib/api';
import { formatDate } from '../../../lib/format';
import { useListParams } from '../../../lib/useListParams';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useProgrammes, type Programme } from '../api/training';
import { CapacityBar } from './CapacityBar';

const kinds = ['ielts', 'oet', 'plab', 'medical-english'] as const;

/** Training programmes (IELTS classes, OET, PLAB preparation, medical English) with their next cohort. */
export function TrainingPage() {
  const { t, i18n } = useTranslation();
  const title = t('training.title');
  usePageTitle(title);
  const { query, setPage, setSort, setSearch, setFilters } = useListParams({ sort: 'name', filters: ['kind'] });
  const result = useProgrammes(query);
  if (isForbiddenError(result.error)) return <ForbiddenPage />;
  const language = i18n.resolvedLanguage ?? 'en';
  const columns: Column<Programme>[] = [
    {
      key: 'name',
      header: t('training.programme'),
      sortField: 'name',
      render: (p) => (
        <Anchor component={Link} to={`/matching/training/${encodeURIComponent(p.slug)}`} fz="inherit">
          <bdi>{p.name}</bdi>
        </Anchor>
      ),
    },
    { key: 'kind', header: t('training.kind'), sortField: 'kind', render: (p) => t(`training.kinds.${p.kind}`) },
    { key: 'weeks', header: t('training.weeks'), render: (p) => t('training.weeksCount', { count: p.weeks }) },
    { key: 'waiting', header: t('training.waiting'), sortField: 'waiting', render: (p) => p.waiting },
    {
      key: 'next',
      header: t('training.nextCohort'),
      render: (p) =>
        p.nextCohort ? (
          <Stack gap={2}>
            <Text size="sm">
              <bdi>{p.nextCohort.name}</bdi> · {formatDate(p.nextCohort.startsOn, language)}
            </Text>
            <CapacityBar enrolled={p.nextCohort.enrolled} capacity={p.nextCohort.capacity} />
          </Stack>
        ) : (
          t('training.noCohort')
        ),
    },
  ];
  return (
    <Stack gap="md">
      <Title order={1}>{title}</Title>
      <Text>{t('training.intro')}</Text>
      <ListBody result={result}>
        {(data) => (
          <DataTable
            caption={title}
            columns={columns}
            rows={data.items}
            rowKey={(p) => p.id}
            total={data.total}
            page={query.page}
            pageSize={query.pageSize}
            onPageChange={setPage}
            sort={query.sort}
            onSortChange={setSort}
            search={{ value: query.q ?? '', onChange: setSearch }}
            toolbar={
              <FilterSelect
                label={t('training.kind')}
                value={String(query.kind ?? '')}
                options={kinds.map((k) => ({ value: k, label: t(`training.kinds.${k}`) }))}
                onChange={(kind) => setFilters({ kind })}
              />
            }
            loading={result.isFetching}
            minWidth={760}
          />
        )}
      </ListBody>
    </Stack>
  );
}
