import { Alert, Anchor, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BarFigure, type Bar } from '../../../components/BarFigure';
import { PageLoader } from '../../../components/PageLoader';
import { QueryError } from '../../../components/QueryError';
import { formatCount } from '../../../lib/counts';
import { formatNumber } from '../../../lib/format';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useListParams } from '../../../lib/useListParams';
import { useFormChoices } from '../api/findings';
import { useMonitoring, type Monitoring, type MonitoringGroup } from '../api/monitoring';
import { ExportDialog } from './ExportDialog';

const monitoringFilterKeys = ['form', 'from', 'to'] as const;

const bars = (groups: MonitoringGroup[], name: (g: MonitoringGroup) => string): Bar[] =>
  groups.map((g, i) => ({ key: g.key ?? `none-${i}`, label: name(g), value: g.total, extra: g.complete }));

/** Fieldwork monitoring: one questionnaire, an optional date range (all in the URL), charts with tables. */
export function MonitoringPage() {
  const { t, i18n } = useTranslation();
  const title = t('researchFindings.monitoring.title');
  usePageTitle(title);
  const { query, setFilters } = useListParams({ filters: monitoringFilterKeys });
  const form = String(query.form ?? '');
  const from = String(query.from ?? '');
  const to = String(query.to ?? '');
  const forms = useFormChoices();
  const result = useMonitoring({ form, from, to });
  const chosen = forms.data?.items.find((f) => f.id === form);
  return (
    <Stack gap="md">
      <Title order={1}>{title}</Title>
      <Text>{t('researchFindings.monitoring.intro')}</Text>
      <Group align="flex-end" wrap="wrap">
        <NativeSelect
          label={t('researchFindings.monitoring.form')}
          value={form}
          onChange={(e) => setFilters({ form: e.currentTarget.value })}
          data={[
            { value: '', label: t('researchFindings.monitoring.pickForm') },
            ...(forms.data?.items ?? []).map((f) => ({ value: f.id, label: f.title })),
          ]}
          w={{ base: '100%', xs: 280 }}
        />
        <TextInput
          type="date"
          label={t('researchFindings.monitoring.from')}
          value={from}
          onChange={(e) => setFilters({ from: e.currentTarget.value })}
        />
        <TextInput
          type="date"
          label={t('researchFindings.monitoring.to')}
          value={to}
          onChange={(e) => setFilters({ to: e.currentTarget.value })}
        />
      </Group>
      {chosen && (
        <Group>
          <ExportDialog formId={chosen.id} languages={chosen.languages} />
          <Anchor component={Link} to={`/research/forms/${chosen.id}/findings`}>
            {t('researchFindings.map.open')}
          </Anchor>
        </Group>
      )}
      {!form ? (
        <Text>{t('researchFindings.monitoring.pickFormFirst')}</Text>
      ) : result.isPending ? (
        <PageLoader />
      ) : result.isError ? (
        <QueryError error={result.error} onRetry={() => void result.refetch()} />
      ) : (
        <Figures m={result.data} language={i18n.resolvedLanguage ?? 'en'} />
      )}
    </Stack>
  );
}

function Figures({ m, language }: { m: Monitoring; language: string }) {
  const { t } = useTranslation();
  const total = t('researchFindings.monitoring.responses');
  const complete = t('researchFindings.monitoring.complete');
  const figure = { itemHeader: t('researchFindings.monitoring.item'), empty: t('researchFindings.monitoring.none') };
  const rate = m.completionRate === null ? '—' : `${formatNumber(Math.round(m.completionRate * 1000) / 10, language)}%`;
  const unknown = t('researchFindings.monitoring.notRecorded');
  return (
    <Stack gap="lg">
      <Alert variant="light" title={t('researchFindings.monitoring.summary')}>
        <Text data-testid="monitoring-summary">
          {t('researchFindings.monitoring.totals', {
            total: formatCount(m.total, language),
            complete: formatCount(m.complete, language),
            partial: formatCount(m.partial, language),
            rate,
          })}
        </Text>
      </Alert>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <BarFigure
          {...figure}
          id="by-day"
          title={t('researchFindings.monitoring.byDay')}
          bars={bars(m.byDay, (g) => g.key ?? unknown)}
          valueHeader={total}
          extraHeader={complete}
        />
        <BarFigure
          {...figure}
          id="by-channel"
          title={t('researchFindings.monitoring.byChannel')}
          bars={bars(m.byChannel, (g) => (g.key ? t(`researchFindings.channels.${g.key}`) : unknown))}
          valueHeader={total}
          extraHeader={complete}
        />
        <BarFigure
          {...figure}
          id="by-area"
          title={t('researchFindings.monitoring.byArea')}
          bars={bars(m.byArea, (g) => g.label ?? unknown)}
          valueHeader={total}
          extraHeader={complete}
        />
        <BarFigure
          {...figure}
          id="by-language"
          title={t('researchFindings.monitoring.byLanguage')}
          bars={bars(m.byLanguage, (g) => g.label ?? unknown)}
          valueHeader={total}
          extraHeader={complete}
        />
        <BarFigure
          {...figure}
          id="by-researcher"
          title={t('researchFindings.monitoring.byResearcher')}
          bars={bars(m.byResearcher, (g) => g.label ?? unknown)}
          valueHeader={total}
          extraHeader={complete}
        />
        <BarFigure
          {...figure}
          id="drop-off"
          title={t('researchFindings.monitoring.dropOff', { count: m.dropOffSample })}
          bars={m.dropOff.map((d) => ({
            key: d.path ?? '(end)',
            label: d.label ?? d.path ?? t('researchFindings.monitoring.atEnd'),
            value: d.count,
          }))}
          valueHeader={t('researchFindings.monitoring.stopped')}
        />
      </SimpleGrid>
    </Stack>
  );
}
