import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable, type Column } from '../../../components/DataTable';
import { FilterSelect } from '../../../components/FilterSelect';
import { PageLoader } from '../../../components/PageLoader';
import { QueryError } from '../../../components/QueryError';
import { can, useSignedInUser } from '../../../lib/session';
import { useListParams } from '../../../lib/useListParams';
import { usePageTitle } from '../../../lib/usePageTitle';
import { measureName, measureUnits, useMeasures, type Measure } from '../api/socialValue';
import { Notice } from './Notice';
import { MeasureForm } from './MeasureForm';
import { measuresPage } from './measuresList';

/** The city's social-value measures: what is counted against each award. Admins add and edit them. */
export function MeasuresPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const k = (key: string, o?: Record<string, string>) => t(`enterprisesContracts.measures.${key}`, o ?? {});
  const title = k('title');
  usePageTitle(title);
  const user = useSignedInUser();
  const manage = can(user, 'social-value.manage');
  const { query, setPage, setSort, setSearch, setFilters } = useListParams({ filters: ['unit', 'active'] });
  const result = useMeasures();
  const client = useQueryClient();
  const [editing, setEditing] = useState<Measure | 'new' | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const page = result.data ? measuresPage(result.data.items, query, lang) : null;
  const columns: Column<Measure>[] = [
    { key: 'name', header: k('name'), sortField: 'name', render: (m) => <bdi>{measureName(m, lang)}</bdi> },
    { key: 'code', header: k('code'), sortField: 'code', render: (m) => <code>{m.code}</code> },
    { key: 'unit', header: k('unit'), render: (m) => k(`units.${m.unit}`) },
    { key: 'active', header: k('active'), render: (m) => (m.active ? k('yes') : k('no')) },
    { key: 'description', header: k('description'), render: (m) => m.description },
    ...(manage
      ? [
          {
            key: 'actions',
            header: k('actions'),
            render: (m: Measure) => (
              <Button size="xs" variant="default" onClick={() => setEditing(m)}>
                {k('edit', { name: measureName(m, lang) })}
              </Button>
            ),
          },
        ]
      : []),
  ];
  return (
    <Stack gap="md">
      <Group justify="space-between" align="center">
        <Title order={1}>{title}</Title>
        {manage && editing === null && <Button onClick={() => setEditing('new')}>{k('add')}</Button>}
      </Group>
      <Text>{k('intro')}</Text>
      {saved && <Notice tone="saved">{k('saved', { name: saved })}</Notice>}
      {editing !== null && (
        <MeasureForm
          key={editing === 'new' ? 'new' : `${editing.code}:${editing.version}`}
          measure={editing === 'new' ? null : editing}
          onDone={(m) => {
            setEditing(null);
            setSaved(m ? measureName(m, lang) : null);
            if (m) void client.invalidateQueries({ queryKey: ['social-value-measures'] });
          }}
        />
      )}
      {result.error && <QueryError error={result.error} onRetry={() => void result.refetch()} />}
      {result.isPending && <PageLoader />}
      {page && (
        <DataTable
          caption={title}
          columns={columns}
          rows={page.rows}
          rowKey={(m) => m.code}
          total={page.total}
          page={query.page}
          pageSize={query.pageSize}
          onPageChange={setPage}
          sort={query.sort}
          onSortChange={setSort}
          search={{ value: String(query.q ?? ''), onChange: setSearch }}
          toolbar={
            <>
              <FilterSelect
                label={k('unit')}
                value={String(query.unit ?? '')}
                onChange={(unit) => setFilters({ unit })}
                options={measureUnits.map((u) => ({ value: u, label: k(`units.${u}`) }))}
              />
              <FilterSelect
                label={k('active')}
                value={String(query.active ?? '')}
                onChange={(active) => setFilters({ active })}
                options={[
                  { value: 'true', label: k('yes') },
                  { value: 'false', label: k('no') },
                ]}
              />
            </>
          }
          minWidth={720}
        />
      )}
    </Stack>
  );
}
