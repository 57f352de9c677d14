import { Alert, Button, Group, Progress, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../components/QueryError';
import { SimpleTable } from '../../../components/SimpleTable';
import { isApiError } from '../../../lib/api';
import { commitImport, isWorking, useImportJob, type ImportJob, type RowError } from '../api/imports';
import { progressColour, progressOf } from './importProgress';

function Summary({ job }: { job: ImportJob }) {
  const { t } = useTranslation();
  const report = job.report;
  if (job.status === 'valid') return <Text>{t('imports.validSummary', { rows: job.totalRows })}</Text>;
  if (job.status === 'done') return <Text>{t('imports.doneSummary', { count: job.importedCount ?? 0 })}</Text>;
  if (job.status === 'failed') return <Text>{t('imports.failedSummary')}</Text>;
  if (job.status === 'invalid' && report)
    return <Text>{t('imports.invalidSummary', { invalid: report.invalid, valid: report.valid })}</Text>;
  return null;
}

function RowErrors({ job }: { job: ImportJob }) {
  const { t } = useTranslation();
  const report = job.report;
  if (!report || report.errors.length === 0) return null;
  return (
    <Stack gap="xs">
      <SimpleTable<RowError>
        caption={t('imports.errorsCaption')}
        columns={[
          { key: 'row', header: t('imports.row'), render: (e) => (e.row === 0 ? t('imports.wholeFile') : e.row) },
          { key: 'column', header: t('imports.column'), render: (e) => e.column },
          { key: 'message', header: t('imports.problem'), render: (e) => e.message },
        ]}
        rows={report.errors}
        rowKey={(e) => `${e.row}:${e.column}:${e.message}`}
        empty=""
      />
      {report.errorsTruncated && (
        <Text size="sm">{t('imports.moreErrors', { shown: report.errors.length, total: job.errorCount })}</Text>
      )}
    </Stack>
  );
}

/** The job's progress (polled while the server works), its report, and the commit once the dry run is clean. */
export function ImportJobPanel({ id, onReset }: { id: string; onReset: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { data: job, error, refetch } = useImportJob(id);
  const commit = useMutation({
    mutationFn: () => commitImport(id),
    onSuccess: (next) => queryClient.setQueryData(['imports', id], next),
  });
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!job) return null;
  const percent = progressOf(job);
  const working = isWorking(job);

  return (
    <Stack gap="sm" aria-live="polite">
      <Text fw={500}>
        {job.filename} · {t(`imports.status.${job.status}`)}
      </Text>
      <Progress
        value={percent}
        color={progressColour(job.status)}
        animated={working}
        size="lg"
        aria-label={t('imports.progressLabel')}
      />
      <Text size="sm">{t('imports.progress', { processed: job.processedRows, total: job.totalRows })}</Text>
      <Summary job={job} />
      {job.report && job.report.ignoredColumns.length > 0 && (
        <Text size="sm">{t('imports.ignored', { columns: job.report.ignoredColumns.join(', ') })}</Text>
      )}
      <RowErrors job={job} />
      {commit.error && (
        <Alert color="red" title={t('imports.refused')} role="alert">
          <Text size="sm">{isApiError(commit.error) ? commit.error.detail : t('errors.generic')}</Text>
        </Alert>
      )}
      <Group>
        <Button
          onClick={() => commit.mutate()}
          disabled={job.status !== 'valid'}
          loading={commit.isPending || job.status === 'importing'}
        >
          {t('imports.commit')}
        </Button>
        <Button variant="default" onClick={onReset} disabled={working}>
          {t('imports.anotherFile')}
        </Button>
      </Group>
      {job.status === 'valid' && <Text size="sm">{t('imports.commitHint')}</Text>}
    </Stack>
  );
}
