import { Anchor, Button, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { NotFoundPage } from '../../../components/NotFoundPage';
import { PageLoader } from '../../../components/PageLoader';
import { Pager } from '../../../components/Pager';
import { QueryError } from '../../../components/QueryError';
import { isApiError } from '../../../lib/api';
import { can, useSignedInUser } from '../../../lib/session';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useMacroAsset, type MacroAsset } from '../api/macroAssets';
import { useMacroAssetLinks } from '../api/links';
import { MacroAssetHeader } from './MacroAssetHeader';
import { OpportunitySupply } from './OpportunitySupply';
import { PhaseTimeline } from './PhaseTimeline';
import { SupplyOverview } from './SupplyOverview';
import { TrainingNeeds } from './TrainingNeeds';

// Leaflet is loaded only for pages that draw a map.
const MacroAssetMap = lazy(() => import('./MacroAssetMap'));

/** A macro-asset's page: what it is, where, its opportunities with the local supply for each, and the gaps. */
export function MacroAssetPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data: asset, error, refetch } = useMacroAsset(id);
  usePageTitle(asset?.name ?? t('macroAssets.title'));

  if (isApiError(error) && error.status === 404) return <NotFoundPage />;
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!asset) return <PageLoader />;

  return (
    <Stack gap="xl">
      <MacroAssetHeader asset={asset} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
        <Section id="phases" title={t('macroAsset.phases')}>
          <PhaseTimeline phases={asset.phases} />
        </Section>
        <Section id="location" title={t('macroAsset.location')}>
          <Suspense fallback={<PageLoader />}>
            <MacroAssetMap asset={asset} />
          </Suspense>
        </Section>
      </SimpleGrid>
      <LinksSections asset={asset} />
    </Stack>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Stack component="section" gap="sm" aria-labelledby={`section-${id}`}>
      <Title order={2} size="h3" id={`section-${id}`}>
        {title}
      </Title>
      {children}
    </Stack>
  );
}

function LinksSections({ asset }: { asset: MacroAsset }) {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const { data: links, error, refetch } = useMacroAssetLinks(asset.slug, page);
  const pager = links && links.total > links.pageSize && (
    <Pager
      total={links.total}
      page={links.page}
      pageSize={links.pageSize}
      onPageChange={(next) => setParams({ page: String(next) })}
    />
  );
  const canCreate = can(user, 'opportunities.create');
  const createLink = canCreate && (
    <Button
      component={Link}
      to={`/assets/opportunities/new?macroAsset=${encodeURIComponent(asset.slug)}`}
      w="fit-content"
    >
      {t('opportunities.new')}
    </Button>
  );

  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!links) return <PageLoader />;

  return (
    <>
      <Section id="opportunities" title={t('macroAsset.opportunities')}>
        <Text>{t('macroAsset.opportunitiesIntro')}</Text>
        {links.opportunities.length === 0 ? (
          <Text>{t('macroAsset.noOpportunities', { name: asset.name })}</Text>
        ) : (
          <SupplyOverview links={links.opportunities} />
        )}
        {pager}
        {createLink}
        <Anchor component={Link} to={`/assets/opportunities?macroAsset=${encodeURIComponent(asset.slug)}`}>
          {t('macroAsset.allOpportunities')}
        </Anchor>
      </Section>
      <Section id="gaps" title={t('macroAsset.gaps')}>
        <TrainingNeeds needs={links.gaps.trainingNeeds} />
      </Section>
      {links.opportunities.length > 0 && (
        <Section id="candidates" title={t('macroAsset.whoCouldFill')}>
          <Text>{t('macroAsset.whoCouldFillIntro')}</Text>
          {links.opportunities.map((link) => (
            <OpportunitySupply key={link.opportunity.id} link={link} />
          ))}
        </Section>
      )}
    </>
  );
}
