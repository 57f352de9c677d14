import { Alert, Anchor, Button, Group, List, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../components/QueryError';
import { can, useSession } from '../../../lib/session';
import { createReport, reportUrl, useReports } from '../api/impact';

const quarterStart = () => {
  const d = new Date();
  return new Date(Date.UTC(d.getUTCFullYear(), Math.floor(d.getUTCMonth() / 3) * 3, 1)).toISOString().slice(0, 10);
};

/** Funder reports: the project manager picks a period and writes the narrative; the figures are snapshotted. */
export function ReportsPanel() {
  const { t } = useTranslation();
  const { data: user } = useSession();
  const client = useQueryClient();
  const manage = can(user, 'impact.reports.manage');
  const reports = useReports(can(user, 'impact.reports.read'));
  const [form, setForm] = useState({
    title: 'Funder report',
    periodStart: quarterStart(),
    periodEnd: new Date().toISOString().slice(0, 10),
    narrative: '',
  });
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const narrative = form.narrative.trim() ? [{ heading: t('impact.reports.narrative'), body: form.narrative }] : [];
      await createReport({ title: form.title, periodStart: form.periodStart, periodEnd: form.periodEnd, narrative });
      await client.invalidateQueries({ queryKey: ['impact-reports'] });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  if (!reports.data && !manage) return null;
  return (
    <section aria-labelledby="impact-reports">
      <Title order={2} size="h3" id="impact-reports" mb="sm">
        {t('impact.reports.title')}
      </Title>
      {manage && (
        <form onSubmit={(e) => void submit(e)}>
          <Stack gap="xs" maw={560}>
            <TextInput
              label={t('impact.reports.reportTitle')}
              value={form.title}
              required
              onChange={(e) => setForm({ ...form, title: e.currentTarget.value })}
            />
            <Group grow>
              <TextInput
                type="date"
                label={t('impact.reports.periodStart')}
                value={form.periodStart}
                required
                onChange={(e) => setForm({ ...form, periodStart: e.currentTarget.value })}
              />
              <TextInput
                type="date"
                label={t('impact.reports.periodEnd')}
                value={form.periodEnd}
                required
                onChange={(e) => setForm({ ...form, periodEnd: e.currentTarget.value })}
              />
            </Group>
            <Textarea
              label={t('impact.reports.narrative')}
              autosize
              minRows={3}
              value={form.narrative}
              onChange={(e) => setForm({ ...form, narrative: e.currentTarget.value })}
            />
            {error !== null && <QueryError error={error} />}
            <Group>
              <Button type="submit" loading={busy}>
                {t('impact.reports.create')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
      {reports.data && reports.data.items.length > 0 && (
        <Alert variant="light" mt="sm" title={t('impact.reports.created')}>
          <List>
            {reports.data.items.map((r) => (
              <List.Item key={r.id}>
                {r.title} ({r.periodStart} – {r.periodEnd}):{' '}
                <Anchor href={reportUrl(r.id, 'pdf')} download>
                  {t('impact.reports.pdf')}
                </Anchor>{' '}
                ·{' '}
                <Anchor href={reportUrl(r.id, 'xlsx')} download>
                  {t('impact.reports.xlsx')}
                </Anchor>
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
    </section>
  );
}
