import { Alert, Anchor, Button, FileInput, Group, List, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { FactList } from '../../../components/FactList';
import { PageLoader } from '../../../components/PageLoader';
import { QueryError } from '../../../components/QueryError';
import { SimpleTable } from '../../../components/SimpleTable';
import { formatDateTime } from '../../../lib/format';
import { formatPounds } from '../../../lib/money';
import { can, useSignedInUser } from '../../../lib/session';
import { usePageTitle } from '../../../lib/usePageTitle';
import { updateForm, uploadForm, useForm, type FormDetail } from '../api/forms';
import { FormStatusBadge } from './FormsPage';
import { UploadProblems } from './UploadProblems';

function NewVersion({ form }: { form: FormDetail }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const upload = useMutation({
    mutationFn: (f: File) => uploadForm(f, { formId: form.id }),
    onSuccess: (updated) => {
      queryClient.setQueryData(['research-form', form.id], updated);
      setFile(null);
    },
  });
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (file) upload.mutate(file);
      }}
    >
      <Stack gap="sm" maw={520}>
        <FileInput
          label={t('research.formPage.newVersion')}
          description={t('research.formPage.newVersionHint')}
          accept=".xlsx,.xml"
          value={file}
          onChange={setFile}
          clearable
        />
        {upload.error && <UploadProblems error={upload.error} />}
        {upload.data?.warnings?.map((w) => (
          <Text key={w} size="sm">
            {w}
          </Text>
        ))}
        <div>
          <Button type="submit" variant="default" loading={upload.isPending} disabled={!file}>
            {t('research.formPage.publishVersion')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}

/** One questionnaire: its versions, the linter's warnings, and (for leads) publish, close and new versions. */
export function FormPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const user = useSignedInUser();
  const location = useLocation();
  const queryClient = useQueryClient();
  const result = useForm(id);
  usePageTitle(result.data?.title ?? t('research.forms.title'));
  const setStatus = useMutation({
    mutationFn: (status: 'open' | 'closed') => updateForm(id, { status }),
    onSuccess: (updated) => {
      queryClient.setQueryData(['research-form', id], updated);
      void queryClient.invalidateQueries({ queryKey: ['research-forms'] });
    },
  });
  if (result.error) return <QueryError error={result.error} onRetry={() => void result.refetch()} />;
  if (!result.data) return <PageLoader />;
  const form = result.data;
  const language = i18n.resolvedLanguage ?? 'en';
  const manage = can(user, 'research.forms.manage');
  const compilerNotes = (location.state as { warnings?: string[] } | null)?.warnings ?? [];
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Title order={1}>
          <bdi>{form.title}</bdi>
        </Title>
        <Group>
          {form.status === 'open' && can(user, 'research.submissions.create') && (
            <Button component={Link} to={`/research/collect/${encodeURIComponent(form.id)}`}>
              {t('research.formPage.fill')}
            </Button>
          )}
          {manage && form.status !== 'open' && (
            <Button loading={setStatus.isPending} onClick={() => setStatus.mutate('open')}>
              {t(form.status === 'draft' ? 'research.formPage.publish' : 'research.formPage.reopen')}
            </Button>
          )}
          {manage && form.status === 'open' && (
            <Button
              color="red.9"
              variant="outline"
              loading={setStatus.isPending}
              onClick={() => setStatus.mutate('closed')}
            >
              {t('research.formPage.close')}
            </Button>
          )}
        </Group>
      </Group>
      {setStatus.error && <QueryError error={setStatus.error} />}
      <FactList
        facts={[
          { label: t('research.form.status'), value: <FormStatusBadge status={form.status} /> },
          { label: t('research.form.formId'), value: <bdi>{form.formId}</bdi> },
          { label: t('research.form.version'), value: <bdi>{form.currentVersion?.version ?? '—'}</bdi> },
          { label: t('research.form.languages'), value: <bdi>{form.languages.join(', ') || '—'}</bdi> },
          { label: t('research.form.partner'), value: <bdi>{form.partner.name}</bdi> },
          { label: t('research.form.anonymous'), value: t(form.anonymous ? 'research.form.yes' : 'research.form.no') },
          { label: t('research.form.voucher'), value: formatPounds(form.voucherPence / 100, language) },
        ]}
      />
      <Group>
        <Anchor component={Link} to={`/research/responses?form=${encodeURIComponent(form.id)}`}>
          {t('research.formPage.responses')}
        </Anchor>
        {can(user, 'research.export') && (
          <Anchor href={`/api/v1/research/forms/${encodeURIComponent(form.id)}/export.csv?header=labels`}>
            {t('research.formPage.exportCsv')}
          </Anchor>
        )}
      </Group>
      {compilerNotes.length > 0 && (
        <Alert color="blue" title={t('research.formPage.compilerNotes')}>
          <List size="sm">
            {compilerNotes.map((w) => (
              <List.Item key={w}>{w}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      <Title order={2}>{t('research.formPage.lint')}</Title>
      {form.lint.length === 0 ? (
        <Text>{t('research.formPage.lintClean')}</Text>
      ) : (
        <Alert color="yellow" variant="light" title={t('research.formPage.lintCount', { count: form.lint.length })}>
          <List size="sm">
            {form.lint.map((w) => (
              <List.Item key={`${w.code}:${w.field ?? ''}:${w.language ?? ''}`}>
                <strong>{t(`research.lint.${w.code}`)}</strong>: {w.message}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      <Title order={2}>{t('research.formPage.versions')}</Title>
      <SimpleTable
        caption={t('research.formPage.versions')}
        rows={form.versions}
        rowKey={(v) => v.id}
        empty={t('research.formPage.noVersions')}
        columns={[
          { key: 'version', header: t('research.form.version'), render: (v) => <bdi>{v.version}</bdi> },
          {
            key: 'source',
            header: t('research.formPage.source'),
            render: (v) => (v.source === 'xlsform' ? 'XLSForm' : 'XForm'),
          },
          {
            key: 'createdAt',
            header: t('research.formPage.published'),
            render: (v) => formatDateTime(v.createdAt, language),
          },
          { key: 'md5', header: 'MD5', render: (v) => <code>{v.md5}</code> },
        ]}
      />
      {manage && <NewVersion form={form} />}
    </Stack>
  );
}
