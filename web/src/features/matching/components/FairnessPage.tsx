import { Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Count } from '../../../components/Count';
import { PageLoader } from '../../../components/PageLoader';
import { QueryError } from '../../../components/QueryError';
import { formatDate } from '../../../lib/format';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useFairness, type FairnessReport } from '../api/pipeline';

type Table_ = FairnessReport['tables'][number];

function OutcomeTable({ table }: { table: Table_ }) {
  const { t } = useTranslation();
  const group = (g: string) => {
    if (g === 'not-recorded') return t('matching.fairness.notRecorded');
    if (table.dimension === 'ageBand') return g;
    return t(`matching.monitoring.${table.dimension}Options.${g}`);
  };
  return (
    <Table withTableBorder striped captionSide="top">
      <Table.Caption>{t(`matching.fairness.by.${table.dimension}`)}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t(`matching.fairness.dimension.${table.dimension}`)}</Table.Th>
          {table.outcomes.map((o) => (
            <Table.Th scope="col" key={o.outcome}>
              {t(`matching.fairness.outcomes.${o.outcome}`)}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {table.groups.map((g, i) => (
          <Table.Tr key={g}>
            <Table.Th scope="row">{group(g)}</Table.Th>
            {table.outcomes.map((o) => (
              <Table.Td key={o.outcome}>
                <Count value={o.counts[i] ?? null} />
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
        <Table.Tr>
          <Table.Th scope="row">{t('matching.fairness.total')}</Table.Th>
          {table.outcomes.map((o) => (
            <Table.Td key={o.outcome}>
              <Count value={o.total} />
            </Table.Td>
          ))}
        </Table.Tr>
      </Table.Tbody>
    </Table>
  );
}

/** Outcomes by sex, age band and ethnicity: for checking the service is fair, never for ranking anyone. */
export function FairnessPage() {
  const { t, i18n } = useTranslation();
  const title = t('matching.fairness.title');
  usePageTitle(title);
  const result = useFairness();
  if (result.isPending) return <PageLoader />;
  if (result.error) return <QueryError error={result.error} onRetry={() => void result.refetch()} />;
  const report = result.data;
  return (
    <Stack gap="md">
      <Title order={1}>{title}</Title>
      <Text>{t('matching.fairness.intro', { threshold: report.threshold })}</Text>
      <Text size="sm">
        {t('matching.fairness.asOf', { date: formatDate(report.asOf, i18n.resolvedLanguage ?? 'en') })}
      </Text>
      {report.tables.map((table) => (
        <div key={table.dimension} style={{ overflowX: 'auto' }}>
          <OutcomeTable table={table} />
        </div>
      ))}
    </Stack>
  );
}
