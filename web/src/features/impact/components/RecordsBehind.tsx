import { Anchor, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DataTable, type Column } from '../../../components/DataTable';
import { QueryError } from '../../../components/QueryError';
import { useListParams } from '../../../lib/useListParams';
import { useRecordsBehind, type Indicator, type RecordBehind } from '../api/impact';

/** The records behind a figure, a page at a time (each read is audited on the server). */
export function RecordsBehind({ code }: { code: string; unit: Indicator['unit'] }) {
  const { t } = useTranslation();
  const { query, setPage } = useListParams({ pageSize: 25 });
  const records = useRecordsBehind(code, query.page, true);
  if (records.isError) return <QueryError error={records.error} onRetry={() => void records.refetch()} />;
  const columns: Column<RecordBehind>[] = [
    { key: 'label', header: t('impact.records.record'), render: (r) => r.label },
    { key: 'date', header: t('impact.records.date'), render: (r) => <span dir="ltr">{r.date ?? '—'}</span> },
    { key: 'area', header: t('impact.records.area'), render: (r) => r.area ?? '—' },
    {
      key: 'details',
      header: t('impact.records.details'),
      render: (r) =>
        r.evidence ? (
          r.evidence.url ? (
            <Anchor href={r.evidence.url} target="_blank" rel="noreferrer">
              {t('impact.records.evidence')}
            </Anchor>
          ) : (
            <Anchor href={`/api/v1/impact/results/${r.id}/evidence`}>{r.evidence.name}</Anchor>
          )
        ) : (
          Object.entries(r.fields)
            .map(([k, v]) => `${k}: ${String(v)}`)
            .join(', ')
        ),
    },
  ];
  return (
    <div>
      <Title order={2} size="h3" mb="sm">
        {t('impact.records.title')}
      </Title>
      <DataTable
        caption={t('impact.records.title')}
        columns={columns}
        rows={records.data?.items ?? []}
        rowKey={(r) => r.id}
        total={records.data?.total ?? 0}
        page={query.page}
        pageSize={25}
        onPageChange={setPage}
        loading={records.isFetching}
      />
    </div>
  );
}
