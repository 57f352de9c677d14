import { Anchor, Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageLoader } from '../../../components/PageLoader';
import { QueryError } from '../../../components/QueryError';
import { directionOf } from '../../../lib/languages';
import { can, useSession } from '../../../lib/session';
import { useIndicator } from '../api/impact';
import { formatFigure, statusColor } from './format';
import { RecordsBehind } from './RecordsBehind';
import { TrendChart } from './TrendChart';

/** One indicator: its definition, its series against targets (chart and table), and the records behind it. */
export function IndicatorPage() {
  const { code = '' } = useParams();
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  const { data: user } = useSession();
  const indicator = useIndicator(code);
  if (indicator.isPending) return <PageLoader />;
  if (indicator.isError) return <QueryError error={indicator.error} onRetry={() => void indicator.refetch()} />;
  const i = indicator.data;
  const fmt = (v: number | null) => formatFigure(v, i.unit, language);
  return (
    <Stack gap="md">
      <Anchor href="/impact">{t('impact.back')}</Anchor>
      <Group justify="space-between" align="flex-start">
        <Title order={1}>{i.name}</Title>
        {can(user, 'impact.manage') && (
          <Anchor component={Link} to={`/impact/indicators/${i.code}/edit`}>
            {t('impact.edit.link')}
          </Anchor>
        )}
      </Group>
      <Text>{i.definition}</Text>
      <Group gap="sm">
        <Text fz={28} fw={700} dir="ltr">
          {fmt(i.figure.value)}
        </Text>
        {i.figure.target !== null && <Text c="dimmed">{t('impact.ofTarget', { target: fmt(i.figure.target) })}</Text>}
        <Badge color={statusColor[i.figure.status]} variant="outline">
          {t(`impact.status.${i.figure.status}`)}
        </Badge>
      </Group>
      <TrendChart series={i.figure.series} rtl={directionOf(language) === 'rtl'} height={220} />
      <Table.ScrollContainer minWidth={420} type="native">
        <Table striped>
          <caption>{t('impact.series.caption', { name: i.name })}</caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('impact.series.period')}</Table.Th>
              <Table.Th scope="col">{t('impact.series.result')}</Table.Th>
              <Table.Th scope="col">{t('impact.series.cumulative')}</Table.Th>
              <Table.Th scope="col">{t('impact.series.target')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {i.figure.series.map((p) => (
              <Table.Tr key={p.start}>
                <Table.Td dir="ltr">
                  {p.start} – {p.end}
                </Table.Td>
                <Table.Td dir="ltr">{fmt(p.value)}</Table.Td>
                <Table.Td dir="ltr">{fmt(p.cumulative)}</Table.Td>
                <Table.Td dir="ltr">{p.target === null ? '—' : fmt(p.target)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {can(user, 'impact.drill') ? (
        <RecordsBehind code={i.code} unit={i.unit} />
      ) : (
        <Text c="dimmed">{t('impact.records.aggregatesOnly')}</Text>
      )}
    </Stack>
  );
}
