import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Count } from '../../../components/Count';
import { PageLoader } from '../../../components/PageLoader';
import { QueryError } from '../../../components/QueryError';
import { SimpleTable } from '../../../components/SimpleTable';
import { usePageTitle } from '../../../lib/usePageTitle';
import { labelIn, useDirectoryStats, useReference } from '../api/directory';
import { BaselinePicker } from './BaselinePicker';
import { BaselineResults } from './BaselineResults';

type Cell = { code: string | null; label: string | null; count: number | null };

/** Directory statistics (approved enterprises, counts under 5 hidden) and the baseline survey's results. */
export function StatisticsPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const title = t('enterprises.stats.title');
  usePageTitle(title);
  const stats = useDirectoryStats(lang);
  const { data: ref } = useReference();
  if (stats.isPending) return <PageLoader />;
  if (stats.error) return <QueryError error={stats.error} />;
  const table = (caption: string, cells: Cell[], name: (c: Cell) => string, total?: number | null) => (
    <SimpleTable
      caption={caption}
      columns={[
        { key: 'name', header: caption, render: name },
        { key: 'count', header: t('enterprises.stats.count'), render: (c: Cell) => <Count value={c.count} /> },
      ]}
      rows={
        total === undefined ? cells : [...cells, { code: '__total', label: t('enterprises.stats.total'), count: total }]
      }
      rowKey={(c) => c.code ?? 'none'}
      empty={t('enterprises.stats.none')}
    />
  );
  const s = stats.data;
  return (
    <Stack gap="lg">
      <Title order={1}>{title}</Title>
      <Text>{t('enterprises.stats.intro')}</Text>
      {table(t('enterprises.fields.market'), s.byMarket.cells, (c) => labelIn(ref, 'markets', c.code ?? '', lang))}
      {table(
        t('enterprises.fields.stage'),
        s.byStage.cells,
        (c) => (c.code === '__total' ? String(c.label) : t(`enterprises.stages.${c.code}`)),
        s.byStage.total,
      )}
      {table(t('enterprises.fields.legalForm'), s.byLegalForm.cells, (c) =>
        c.code === '__total' ? String(c.label) : labelIn(ref, 'legalForms', c.code ?? '', lang),
      )}
      {table(t('enterprises.fields.area'), s.byArea.cells, (c) => c.label ?? t('enterprises.stats.noArea'))}
      <Title order={2}>{t('enterprises.stats.baseline')}</Title>
      <Text>{t('baselineStudy.baselineIntro')}</Text>
      {s.baseline.length === 0 ? (
        <Text>{t('enterprises.stats.noBaseline')}</Text>
      ) : (
        s.baseline.map((b) => <BaselineResults key={b.form.id} baseline={b} />)
      )}
      <BaselinePicker linked={s.baseline.map((b) => b.form)} />
    </Stack>
  );
}
