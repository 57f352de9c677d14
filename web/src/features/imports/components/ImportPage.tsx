import { Divider, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can, useSignedInUser } from '../../../lib/session';
import { usePageTitle } from '../../../lib/usePageTitle';
import { ExportLinks } from './ExportLinks';
import { ImportForm } from './ImportForm';
import { ImportJobPanel } from './ImportJobPanel';

/** /assets/import: spreadsheets in (dry run, report, commit) and files out. */
export function ImportPage() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const [jobId, setJobId] = useState<string | null>(null);
  usePageTitle(t('imports.title'));

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={1}>{t('imports.title')}</Title>
        <Text>{t('imports.intro')}</Text>
      </Stack>
      {can(user, 'imports.run') && (
        <Stack gap="sm">
          <Title order={2}>{t('imports.importHeading')}</Title>
          {jobId ? (
            <ImportJobPanel id={jobId} onReset={() => setJobId(null)} />
          ) : (
            <ImportForm onStarted={(job) => setJobId(job.id)} />
          )}
        </Stack>
      )}
      <Divider />
      <ExportLinks />
    </Stack>
  );
}
