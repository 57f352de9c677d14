import { Alert, Anchor, Button, FileInput, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api';
import {
  importKinds,
  importLimitBytes,
  templateUrl,
  uploadImport,
  type ImportJob,
  type ImportKind,
} from '../api/imports';

/** Pick what the rows are and a file; "Check the file" uploads it and starts the dry run. */
export function ImportForm({ onStarted }: { onStarted: (job: ImportJob) => void }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<ImportKind>('opportunities');
  const [file, setFile] = useState<File | null>(null);
  const tooLarge = file !== null && file.size > importLimitBytes;
  const upload = useMutation({
    mutationFn: () => uploadImport(file!, kind),
    onSuccess: onStarted,
  });
  const problem = upload.error
    ? isApiError(upload.error) && upload.error.detail
      ? upload.error.detail
      : t('errors.generic')
    : null;

  return (
    <Stack gap="sm" maw={640}>
      <Stack gap={4}>
        <Text fw={500} id="import-kind-label">
          {t('imports.kind')}
        </Text>
        <SegmentedControl
          aria-labelledby="import-kind-label"
          value={kind}
          onChange={(value) => setKind(value as ImportKind)}
          data={importKinds.map((k) => ({ value: k, label: t(`imports.kinds.${k}`) }))}
        />
      </Stack>
      <FileInput
        label={t('imports.file')}
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        value={file}
        onChange={(next) => {
          setFile(next);
          upload.reset();
        }}
        clearable
        error={tooLarge ? t('imports.tooLarge') : undefined}
      />
      <Text size="sm">
        {t('imports.templates')}{' '}
        <Anchor href={templateUrl(kind, 'csv')} download>
          {t('imports.templateCsv')}
        </Anchor>{' '}
        ·{' '}
        <Anchor href={templateUrl(kind, 'xlsx')} download>
          {t('imports.templateXlsx')}
        </Anchor>
      </Text>
      {problem && (
        <Alert color="red" title={t('imports.refused')} role="alert">
          <Text size="sm">{problem}</Text>
        </Alert>
      )}
      <Group>
        <Button onClick={() => upload.mutate()} disabled={!file || tooLarge} loading={upload.isPending}>
          {t('imports.check')}
        </Button>
      </Group>
    </Stack>
  );
}
