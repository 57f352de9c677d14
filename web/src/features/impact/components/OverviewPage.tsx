import { Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FilterSelect } from '../../../components/FilterSelect';
import { PageLoader } from '../../../components/PageLoader';
import { QueryError } from '../../../components/QueryError';
import { getJson } from '../../../lib/api';
import { listSchema } from '../../../lib/list';
import { useListParams } from '../../../lib/useListParams';
import { useIndicators } from '../api/impact';
import { IndicatorCard } from './IndicatorCard';
import { ReportsPanel } from './ReportsPanel';
import { VoicesPanel } from './VoicesPanel';

const option = z.object({ slug: z.string(), name: z.string() });
const useOptions = (path: string) =>
  useQuery({
    queryKey: ['impact-options', path],
    queryFn: async () => (await getJson(`${path}?pageSize=100&sort=name`, listSchema(option))).items,
    staleTime: 5 * 60_000,
  });

/**
 * The programme overview: every indicator live with target, status and trend. The same page is the view per
 * work package and per macro-asset (what the Hospital Group sees), chosen in the filters and kept in the address.
 */
export function OverviewPage() {
  const { t } = useTranslation();
  const { query, setFilters } = useListParams({ filters: ['workPackage', 'macroAsset'] });
  const workPackage = String(query.workPackage ?? '');
  const macroAsset = String(query.macroAsset ?? '');
  const filtered = workPackage !== '' || macroAsset !== '';
  const indicators = useIndicators({ workPackage, macroAsset, ...(filtered ? {} : { headline: 'true' }) });
  const wps = useOptions('/api/v1/work-packages');
  const assets = useOptions('/api/v1/macro-assets');
  const toOptions = (items: { slug: string; name: string }[] | undefined) =>
    (items ?? []).map((i) => ({ value: i.slug, label: i.name }));
  return (
    <Stack gap="md">
      <Title order={1}>{t('impact.title')}</Title>
      <Text c="dimmed">{t('impact.intro')}</Text>
      <Group align="flex-end" gap="sm">
        <FilterSelect
          label={t('impact.filters.workPackage')}
          value={workPackage}
          options={toOptions(wps.data)}
          onChange={(v) => setFilters({ workPackage: v })}
        />
        <FilterSelect
          label={t('impact.filters.macroAsset')}
          value={macroAsset}
          options={toOptions(assets.data)}
          onChange={(v) => setFilters({ macroAsset: v })}
        />
      </Group>
      {indicators.isPending ? (
        <PageLoader />
      ) : indicators.isError ? (
        <QueryError error={indicators.error} onRetry={() => void indicators.refetch()} />
      ) : (
        <section aria-label={t(filtered ? 'impact.indicators' : 'impact.headline')}>
          <Title order={2} size="h3" mb="sm">
            {t(filtered ? 'impact.indicators' : 'impact.headline')}
          </Title>
          {indicators.data.items.length === 0 ? (
            <Text>{t('impact.none')}</Text>
          ) : (
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
              {indicators.data.items.map((i) => (
                <IndicatorCard key={i.id} indicator={i} />
              ))}
            </SimpleGrid>
          )}
          <Text fz="sm" c="dimmed" mt="xs">
            {t('impact.asOf', { date: indicators.data.asOf })}
          </Text>
        </section>
      )}
      <ReportsPanel />
      <VoicesPanel />
    </Stack>
  );
}
