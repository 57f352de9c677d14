import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { BarChart } from '../../../components/BarFigure';
import { Count } from '../../../components/Count';
import { FilterSelect } from '../../../components/FilterSelect';
import { PageLoader } from '../../../components/PageLoader';
import { QueryError } from '../../../components/QueryError';
import { SimpleTable } from '../../../components/SimpleTable';
import { formatPounds } from '../../../lib/money';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useLedger } from '../api/contracts';

/**
 * The value-retained-locally ledger: £ from contracts and grants won, by ward and by year. Counts of enterprises
 * under 5 are suppressed by the server (shown as "<5"). The chart is decorative; the tables carry the figures.
 */
export function LedgerPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const title = t('enterprisesContracts.ledger.title');
  usePageTitle(title);
  const [params, setParams] = useSearchParams();
  const year = params.get('year') ?? '';
  const result = useLedger(year);
  const thisYear = new Date().getFullYear();
  const figures = [
    {
      key: 'amount',
      header: t('enterprisesContracts.ledger.amount'),
      render: (c: { amount: number }) => formatPounds(c.amount, lang),
    },
    {
      key: 'enterprises',
      header: t('enterprisesContracts.ledger.enterprises'),
      render: (c: { enterprises: number | null }) => <Count value={c.enterprises} />,
    },
  ];
  return (
    <Stack gap="md">
      <Title order={1}>{title}</Title>
      <Text>{t('enterprisesContracts.ledger.intro')}</Text>
      <Group gap="sm" align="end">
        <FilterSelect
          label={t('enterprisesContracts.ledger.year')}
          value={year}
          onChange={(y) => setParams(y ? { year: y } : {}, { replace: true })}
          options={[0, 1, 2, 3, 4].map((n) => ({ value: String(thisYear - n), label: String(thisYear - n) }))}
        />
        <Anchor href={`/api/v1/enterprises/ledger.csv${year ? `?year=${year}` : ''}`} download>
          {t('enterprisesContracts.ledger.csv')}
        </Anchor>
        <Anchor href="/api/v1/enterprises/exports/360giving.json" download>
          {t('enterprisesContracts.exports.grantsJson')}
        </Anchor>
        <Anchor href="/api/v1/enterprises/exports/360giving.csv" download>
          {t('enterprisesContracts.exports.grantsCsv')}
        </Anchor>
        <Anchor href="/api/v1/enterprises/exports/ocds.json" download>
          {t('enterprisesContracts.exports.ocds')}
        </Anchor>
      </Group>
      {result.error && <QueryError error={result.error} onRetry={() => void result.refetch()} />}
      {result.isPending ? (
        <PageLoader />
      ) : (
        result.data && (
          <Stack gap="md">
            <Text fw={600} data-testid="ledger-total">
              {t('enterprisesContracts.ledger.total')}: {formatPounds(result.data.total.amount, lang)}
            </Text>
            <BarChart
              id="ledger"
              valueLabel="£"
              color="#2f9e44"
              bars={result.data.byWard.map((c) => ({
                key: c.area?.id ?? 'none',
                label: c.area?.name ?? '—',
                value: c.amount,
              }))}
            />
            <Title order={2} size="h4">
              {t('enterprisesContracts.ledger.byWard')}
            </Title>
            <SimpleTable
              caption={t('enterprisesContracts.ledger.byWard')}
              rows={result.data.byWard}
              rowKey={(c) => c.area?.id ?? 'none'}
              empty={t('enterprisesContracts.ledger.none')}
              minWidth={420}
              columns={[
                { key: 'ward', header: t('enterprisesContracts.fields.area'), render: (c) => c.area?.name ?? '—' },
                ...figures,
              ]}
            />
            <Title order={2} size="h4">
              {t('enterprisesContracts.ledger.byWardYear')}
            </Title>
            <SimpleTable
              caption={t('enterprisesContracts.ledger.byWardYear')}
              rows={result.data.byWardYear}
              rowKey={(c) => `${c.area?.id ?? 'none'}|${c.year}`}
              empty={t('enterprisesContracts.ledger.none')}
              minWidth={520}
              columns={[
                { key: 'ward', header: t('enterprisesContracts.fields.area'), render: (c) => c.area?.name ?? '—' },
                { key: 'year', header: t('enterprisesContracts.ledger.year'), render: (c) => c.year },
                ...figures,
              ]}
            />
            <Title order={2} size="h4">
              {t('enterprisesContracts.ledger.byYear')}
            </Title>
            <SimpleTable
              caption={t('enterprisesContracts.ledger.byYear')}
              rows={result.data.byYear}
              rowKey={(c) => String(c.year)}
              empty={t('enterprisesContracts.ledger.none')}
              minWidth={420}
              columns={[
                { key: 'year', header: t('enterprisesContracts.ledger.year'), render: (c) => c.year },
                ...figures,
              ]}
            />
          </Stack>
        )
      )}
    </Stack>
  );
}
