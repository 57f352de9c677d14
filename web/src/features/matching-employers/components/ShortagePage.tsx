import { Anchor, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Count } from '../../../components/Count';
import { FilterSelect } from '../../../components/FilterSelect';
import { QueryError } from '../../../components/QueryError';
import { formatCount } from '../../../lib/counts';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useHealthOccupations } from '../../../lib/occupations';
import { buckets, shortageCsvUrl, useEmployers, useShortage } from '../api/employers';
import { ShortageChart, type ShortageBar } from './ShortageChart';

/** Demand (open places by occupation and band) against supply in the pipeline by when people could be ready. */
export function ShortagePage() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  const title = t('matchingEmployers.shortage.title');
  usePageTitle(title);
  const [params, setParams] = useSearchParams();
  const employer = params.get('employer') ?? '';
  const { data, error } = useShortage(employer);
  const { data: employers } = useEmployers();
  const { data: occupations } = useHealthOccupations(language);
  if (error) return <QueryError error={error} />;
  const labelOf = (code: string) => occupations?.items.find((o) => o.code === code)?.label ?? code;
  const rowLabel = (r: { occupation: string; band: number | null }) =>
    r.band
      ? t('matchingEmployers.shortage.rowBand', { occupation: labelOf(r.occupation), band: r.band })
      : labelOf(r.occupation);
  const series = [
    t('matchingEmployers.shortage.demand'),
    t('matchingEmployers.shortage.readyNow'),
    t('matchingEmployers.shortage.readyLater'),
  ];
  const bars: ShortageBar[] = (data?.rows ?? []).flatMap((r) => [
    { label: rowLabel(r), series: series[0]!, count: r.demand },
    { label: rowLabel(r), series: series[1]!, count: r.supply.now ?? 0 },
    {
      label: rowLabel(r),
      series: series[2]!,
      count: (r.supply['within-3-months'] ?? 0) + (r.supply['within-12-months'] ?? 0),
    },
  ]);
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{title}</Title>
        <Anchor href={shortageCsvUrl(employer)} download>
          {t('matchingEmployers.shortage.csv')}
        </Anchor>
      </Group>
      <Text>{t('matchingEmployers.shortage.intro')}</Text>
      {(employers?.items.length ?? 0) > 1 && (
        <FilterSelect
          label={t('matchingEmployers.vacancy.employer')}
          value={employer}
          onChange={(value) => setParams(value ? { employer: value } : {}, { replace: true })}
          options={(employers?.items ?? []).map((e) => ({ value: e.partner.id, label: e.partner.name }))}
        />
      )}
      {data && data.rows.length === 0 && <Text>{t('matchingEmployers.shortage.none')}</Text>}
      {data && data.rows.length > 0 && (
        <>
          <ShortageChart bars={bars} series={series} rtl={i18n.dir() === 'rtl'} />
          <Table.ScrollContainer minWidth={900}>
            <Table withTableBorder striped>
              <Table.Caption>{t('matchingEmployers.shortage.caption', { date: data.asOf })}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('matchingEmployers.vacancy.occupation')}</Table.Th>
                  <Table.Th scope="col">{t('matchingEmployers.shortage.demand')}</Table.Th>
                  {buckets.map((b) => (
                    <Table.Th scope="col" key={b}>
                      {t(`matchingEmployers.buckets.${b}`)}
                    </Table.Th>
                  ))}
                  <Table.Th scope="col">{t('matchingEmployers.shortage.shortfall')}</Table.Th>
                  <Table.Th scope="col">{t('matchingEmployers.shortage.stages')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.rows.map((r) => (
                  <Table.Tr key={`${r.occupation}-${r.band ?? ''}`}>
                    <Table.Th scope="row">
                      <bdi>{rowLabel(r)}</bdi>
                      {r.registration ? ` (${r.registration})` : ''}
                    </Table.Th>
                    <Table.Td>{r.demand}</Table.Td>
                    {buckets.map((b) => (
                      <Table.Td key={b}>
                        <Count value={r.supply[b]} />
                      </Table.Td>
                    ))}
                    <Table.Td>
                      <Count value={r.shortfallNow} />
                    </Table.Td>
                    <Table.Td>
                      {r.stages.map((s) => `${s.step}: ${formatCount(s.count, language)}`).join(', ') || '—'}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Text size="sm">{t('matchingEmployers.shortage.note')}</Text>
        </>
      )}
    </Stack>
  );
}
