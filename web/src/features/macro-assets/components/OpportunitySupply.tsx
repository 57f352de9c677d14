import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Count } from '../../../components/Count';
import { formatDate } from '../../../lib/format';
import { valueLabel } from '../../../lib/labels';
import type { LinkedOpportunity } from '../api/links';
import { CandidateList } from './CandidateList';
import { supplyCardId } from './SupplyOverview';

/** One opportunity of a macro-asset: what it asks for, how much local supply there is and where, and who fits. */
export function OpportunitySupply({ link }: { link: LinkedOpportunity }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  const { opportunity, supply } = link;
  const headingId = supplyCardId(opportunity.id);
  const candidatesId = `${headingId}-candidates`;

  return (
    <Paper component="article" withBorder p="md" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Title order={3} size="h4" id={headingId}>
            <Anchor component={Link} to={`/assets/opportunities/${encodeURIComponent(opportunity.id)}`} inherit>
              <bdi>{opportunity.title}</bdi>
            </Anchor>
          </Title>
          {link.gap && (
            <Badge color="red.9" variant="filled">
              {t('macroAsset.gapBadge')}
            </Badge>
          )}
        </Group>
        <Text size="sm">
          {[
            valueLabel(t, 'opportunities.kinds', opportunity.kind),
            valueLabel(t, 'opportunities.statuses', opportunity.status),
            opportunity.quantity != null ? t('macroAsset.places', { count: opportunity.quantity }) : null,
            opportunity.closesOn ? t('macroAsset.closes', { date: formatDate(opportunity.closesOn, language) }) : null,
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
        {opportunity.occupations.length > 0 && (
          <Group gap={6}>
            {opportunity.occupations.map((occupation) => (
              <Badge key={occupation.code} variant="outline" color="gray.8" tt="none">
                <bdi>{occupation.label}</bdi>
              </Badge>
            ))}
          </Group>
        )}
        <Stack gap={4}>
          <Text fw={700}>
            {t('macroAsset.localSupply')}: <Count value={supply.total} />
          </Text>
          {supply.byArea.length > 0 ? (
            <Group component="ul" gap="xs" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
              {supply.byArea.map(({ area, count }) => (
                <Text component="li" key={area.id} size="sm">
                  <Anchor component={Link} to={`/assets/map?area=${encodeURIComponent(area.slug)}`} inherit>
                    <bdi>{area.name}</bdi>
                  </Anchor>
                  : <Count value={count} />
                </Text>
              ))}
            </Group>
          ) : (
            <Text size="sm">{t('macroAsset.noSupplyByArea')}</Text>
          )}
        </Stack>
        <Title order={4} size="h5" id={candidatesId}>
          {t('macroAsset.candidates')}
        </Title>
        <CandidateList candidates={link.candidates} headingId={candidatesId} />
      </Stack>
    </Paper>
  );
}
