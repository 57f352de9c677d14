import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Count } from '../../../components/Count';
import { SimpleTable } from '../../../components/SimpleTable';
import { formatDate } from '../../../lib/format';
import { valueLabel } from '../../../lib/labels';
import type { LinkedOpportunity } from '../api/links';

export const supplyCardId = (opportunityId: string) => `opportunity-${opportunityId}`;

/** All of a macro-asset's opportunities at a glance: how many places, how much local supply, and the gaps. */
export function SupplyOverview({ links }: { links: LinkedOpportunity[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';

  return (
    <SimpleTable<LinkedOpportunity>
      caption={t('macroAsset.overviewCaption')}
      rows={links}
      rowKey={(link) => link.opportunity.id}
      empty=""
      minWidth={760}
      columns={[
        {
          key: 'title',
          header: t('opportunities.titleField'),
          render: ({ opportunity }) => (
            <Anchor component={Link} to={`/assets/opportunities/${encodeURIComponent(opportunity.id)}`} fz="inherit">
              <bdi>{opportunity.title}</bdi>
            </Anchor>
          ),
        },
        {
          key: 'kind',
          header: t('opportunities.kind'),
          render: ({ opportunity }) => valueLabel(t, 'opportunities.kinds', opportunity.kind),
        },
        { key: 'places', header: t('gaps.demand'), render: ({ opportunity }) => opportunity.quantity ?? '—' },
        {
          key: 'closes',
          header: t('opportunities.closesOn'),
          render: ({ opportunity }) => (opportunity.closesOn ? formatDate(opportunity.closesOn, language) : '—'),
        },
        {
          key: 'supply',
          header: t('macroAsset.localSupply'),
          render: (link) =>
            link.gap ? (
              <Text fw={700} c="red.9" fz="inherit">
                {t('macroAsset.gapBadge')}
              </Text>
            ) : (
              <Count value={link.supply.total} />
            ),
        },
        {
          key: 'candidates',
          header: t('macroAsset.candidates'),
          render: (link) =>
            link.candidates.length === 0 ? (
              t('macroAsset.noneYet')
            ) : (
              <Anchor href={`#${supplyCardId(link.opportunity.id)}`} fz="inherit">
                {t('macroAsset.seeCandidates', { count: link.candidates.length })}
              </Anchor>
            ),
        },
      ]}
    />
  );
}
