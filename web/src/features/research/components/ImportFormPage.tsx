import { Button, Checkbox, FileInput, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { usePageTitle } from '../../../lib/usePageTitle';
import { uploadForm } from '../api/forms';
import { UploadProblems } from './UploadProblems';

/** A lead imports a questionnaire from an XLSForm spreadsheet (or an XForm), as a draft or open at once. */
export function ImportFormPage() {
  const { t } = useTranslation();
  const title = t('research.import.title');
  usePageTitle(title);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [anonymous, setAnonymous] = useState(false);
  const upload = useMutation({
    mutationFn: (f: File) => uploadForm(f, { anonymous }),
    onSuccess: (form) => {
      void queryClient.invalidateQueries({ queryKey: ['research-forms'] });
      void navigate(`/research/forms/${encodeURIComponent(form.id)}`, { state: { warnings: form.warnings ?? [] } });
    },
  });
  return (
    <Stack gap="md" maw={640}>
      <Title order={1}>{title}</Title>
      <Text>{t('research.import.intro')}</Text>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (file) upload.mutate(file);
        }}
      >
        <Stack gap="md">
          <FileInput
            label={t('research.import.file')}
            description={t('research.import.fileHint')}
            accept=".xlsx,.xml,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/xml,application/xml"
            value={file}
            onChange={setFile}
            required
            clearable
          />
          <Checkbox
            label={t('research.import.anonymous')}
            description={t('research.import.anonymousHint')}
            checked={anonymous}
            onChange={(e) => setAnonymous(e.currentTarget.checked)}
          />
          {upload.error && <UploadProblems error={upload.error} />}
          <div>
            <Button type="submit" loading={upload.isPending} disabled={!file}>
              {t('research.import.submit')}
            </Button>
          </div>
        </Stack>
      </form>
    </Stack>
  );
}
