import { Anchor, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Links } from '../api/links';

/** Opportunities the neighbourhood cannot yet supply: where training would open the door to local people. */
export function TrainingNeeds({ needs }: { needs: Links['gaps']['trainingNeeds'] }) {
  const { t } = useTranslation();
  if (needs.length === 0) return <Text>{t('macroAsset.noGaps')}</Text>;

  return (
    <>
      <Text>{t('macroAsset.gapsIntro')}</Text>
      <List spacing="xs">
        {needs.map((need) => (
          <List.Item key={need.opportunityId}>
            <Anchor component={Link} to={`/assets/opportunities/${encodeURIComponent(need.opportunityId)}`}>
              <bdi>{need.title}</bdi>
            </Anchor>
            {need.quantity != null && <> — {t('macroAsset.places', { count: need.quantity })}</>}
          </List.Item>
        ))}
      </List>
    </>
  );
}
