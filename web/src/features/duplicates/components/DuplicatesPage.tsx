import { Button, List, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable, type Column } from '../../../components/DataTable';
import { ForbiddenPage } from '../../../components/ForbiddenPage';
import { PageLoader } from '../../../components/PageLoader';
import { QueryError } from '../../../components/QueryError';
import { isForbiddenError } from '../../../lib/api';
import { valueLabel } from '../../../lib/labels';
import { can, useSignedInUser } from '../../../lib/session';
import { useListParams } from '../../../lib/useListParams';
import { usePageTitle } from '../../../lib/usePageTitle';
import { duplicateEntities, useDuplicates, type DuplicateEntity, type DuplicatePair } from '../api/duplicates';
import { DuplicateComparison, type MergeDone } from './DuplicateComparison';
import { pairKey, reasonsOf, visiblePairs } from './duplicateList';
import { MergeResult } from './MergeResult';

const isEntity = (value: unknown): value is DuplicateEntity => duplicateEntities.includes(value as DuplicateEntity);

/** Likely duplicate partners and community organisations: compare a pair, choose which to keep, and merge. */
export function DuplicatesPage() {
  const { t, i18n } = useTranslation();
  const user = useSignedInUser();
  usePageTitle(t('duplicates.title'));
  const { query, setPage, setSort, setSearch, setFilters } = useListParams({
    sort: '-similarity',
    filters: ['entity'],
  });
  const entity: DuplicateEntity = isEntity(query.entity) ? query.entity : 'micro_asset';
  const { data, error, refetch, isFetching } = useDuplicates(entity);
  const [chosen, setChosen] = useState<DuplicatePair | null>(null);
  const [done, setDone] = useState<MergeDone | null>(null);
  const percent = new Intl.NumberFormat(i18n.resolvedLanguage ?? 'en', { style: 'percent', maximumFractionDigits: 0 });
  if (isForbiddenError(error)) return <ForbiddenPage />;

  const columns: Column<DuplicatePair>[] = [
    {
      key: 'name',
      header: t('duplicates.pair'),
      sortField: 'name',
      render: (pair) => (
        <Stack gap={2}>
          <Text fz="inherit" fw={500}>
            <bdi>{pair.a.name}</bdi>
          </Text>
          <Text fz="inherit" fw={500}>
            <bdi>{pair.b.name}</bdi>
          </Text>
        </Stack>
      ),
    },
    {
      key: 'similarity',
      header: t('duplicates.similarity'),
      sortField: 'similarity',
      render: (pair) => <span dir="ltr">{percent.format(pair.similarity)}</span>,
    },
    {
      key: 'why',
      header: t('duplicates.why'),
      render: (pair) => (
        <List size="sm">
          {reasonsOf(pair, (n) => percent.format(n)).map((reason) => (
            <List.Item key={reason.key}>{t(`duplicates.reasons.${reason.key}`, reason.values)}</List.Item>
          ))}
        </List>
      ),
    },
    {
      key: 'compare',
      header: t('duplicates.actions'),
      render: (pair) => (
        <Button
          size="xs"
          variant={chosen && pairKey(chosen) === pairKey(pair) ? 'filled' : 'light'}
          onClick={() => setChosen(pair)}
          aria-label={t('duplicates.compareNamed', { a: pair.a.name, b: pair.b.name })}
        >
          {t('duplicates.compare')}
        </Button>
      ),
    },
  ];
  const page = data ? visiblePairs(data.items, query) : { rows: [], total: 0 };

  return (
    <Stack gap="md">
      <Title order={1}>{t('duplicates.title')}</Title>
      <Text>{t('duplicates.intro')}</Text>
      {done && <MergeResult done={done} onClose={() => setDone(null)} />}
      <NativeSelect
        label={t('duplicates.entity')}
        value={entity}
        onChange={(event) => {
          setChosen(null);
          setFilters({ entity: event.currentTarget.value });
        }}
        data={duplicateEntities.map((e) => ({ value: e, label: valueLabel(t, 'duplicates.entities', e) }))}
        w={{ base: '100%', xs: 300 }}
      />
      {error && <QueryError error={error} onRetry={() => void refetch()} />}
      {!data && !error && <PageLoader />}
      {data && (
        <DataTable
          caption={t('duplicates.caption')}
          columns={columns}
          rows={page.rows}
          rowKey={pairKey}
          total={page.total}
          page={query.page}
          pageSize={query.pageSize}
          onPageChange={setPage}
          sort={query.sort}
          onSortChange={setSort}
          search={{ value: query.q ?? '', onChange: setSearch, label: t('duplicates.search') }}
          loading={isFetching}
          minWidth={760}
        />
      )}
      {chosen && (
        <DuplicateComparison
          key={pairKey(chosen)}
          entity={entity}
          canMerge={can(user, 'merges.run')}
          pair={chosen}
          onClose={() => setChosen(null)}
          onMerged={(result) => {
            setChosen(null);
            setDone(result);
          }}
        />
      )}
    </Stack>
  );
}
