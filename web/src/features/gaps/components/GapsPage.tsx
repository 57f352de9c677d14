import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Count } from '../../../components/Count';
import { PageLoader } from '../../../components/PageLoader';
import { QueryError } from '../../../components/QueryError';
import { SimpleTable } from '../../../components/SimpleTable';
import { valueLabel } from '../../../lib/labels';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useGaps, type Gaps } from '../api/gaps';

type Need = Gaps['trainingNeeds'][number];
type Talent = Gaps['hiddenTalent'][number];

/** Where demand and local supply miss each other, both ways round. */
export function GapsPage() {
  const { t } = useTranslation();
  usePageTitle(t('gaps.title'));
  const { data, error, refetch } = useGaps();

  return (
    <Stack gap="xl">
      <Stack gap="xs">
        <Title order={1}>{t('gaps.title')}</Title>
        <Text maw={820}>{t('gaps.intro')}</Text>
      </Stack>
      {error && <QueryError error={error} onRetry={() => void refetch()} />}
      {!data && !error && <PageLoader />}
      {data && (
        <>
          <Stack component="section" gap="sm" aria-labelledby="gaps-training">
            <Title order={2} size="h3" id="gaps-training">
              {t('gaps.trainingNeeds')}
            </Title>
            <Text>{t('gaps.trainingNeedsIntro')}</Text>
            <SimpleTable<Need>
              caption={t('gaps.trainingNeedsCaption')}
              rows={data.trainingNeeds}
              rowKey={(need) => need.opportunity.id}
              empty={t('gaps.noTrainingNeeds')}
              columns={[
                {
                  key: 'opportunity',
                  header: t('gaps.opportunity'),
                  render: (need) => (
                    <Anchor component={Link} to={`/assets/opportunities/${encodeURIComponent(need.opportunity.id)}`}>
                      <bdi>{need.opportunity.title}</bdi>
                    </Anchor>
                  ),
                },
                {
                  key: 'kind',
                  header: t('gaps.kind'),
                  render: (need) => valueLabel(t, 'opportunities.kinds', need.opportunity.kind),
                },
                { key: 'demand', header: t('gaps.demand'), render: (need) => <Count value={need.demand} /> },
                { key: 'supply', header: t('gaps.supply'), render: (need) => <Count value={need.supply} /> },
              ]}
            />
          </Stack>
          <Stack component="section" gap="sm" aria-labelledby="gaps-talent">
            <Title order={2} size="h3" id="gaps-talent">
              {t('gaps.hiddenTalent')}
            </Title>
            <Text>{t('gaps.hiddenTalentIntro')}</Text>
            <SimpleTable<Talent>
              caption={t('gaps.hiddenTalentCaption')}
              rows={data.hiddenTalent}
              rowKey={(talent) => talent.occupation.code}
              empty={t('gaps.noHiddenTalent')}
              columns={[
                {
                  key: 'occupation',
                  header: t('gaps.occupation'),
                  render: (talent) => <bdi>{talent.occupation.label}</bdi>,
                },
                { key: 'supply', header: t('gaps.supply'), render: (talent) => <Count value={talent.supply} /> },
                {
                  key: 'areas',
                  header: t('gaps.areas'),
                  render: (talent) =>
                    talent.areas.length === 0
                      ? '—'
                      : talent.areas.map(({ area, count }, index) => (
                          <span key={area.id}>
                            {index > 0 && ', '}
                            <Anchor component={Link} to={`/assets/areas/${encodeURIComponent(area.slug)}`} inherit>
                              <bdi>{area.name}</bdi>
                            </Anchor>{' '}
                            (<Count value={count} />)
                          </span>
                        )),
                },
              ]}
            />
          </Stack>
        </>
      )}
    </Stack>
  );
}
