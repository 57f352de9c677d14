import { Anchor, Button, List, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Links } from '../api/links';

const firstFew = 15;

/** Opportunities the neighbourhood cannot yet supply: where training would open the door to local people. */
export function TrainingNeeds({ needs }: { needs: Links['gaps']['trainingNeeds'] }) {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  if (needs.length === 0) return <Text>{t('macroAsset.noGaps')}</Text>;
  const shown = all ? needs : needs.slice(0, firstFew);

  return (
    <>
      <Text>{t('macroAsset.gapsIntro')}</Text>
      <List spacing="xs">
        {shown.map((need) => (
          <List.Item key={need.opportunityId}>
            <Anchor component={Link} to={`/assets/opportunities/${encodeURIComponent(need.opportunityId)}`}>
              <bdi>{need.title}</bdi>
            </Anchor>
            {need.quantity != null && <> — {t('macroAsset.places', { count: need.quantity })}</>}
          </List.Item>
        ))}
      </List>
      {needs.length > firstFew && (
        <Button variant="subtle" w="fit-content" onClick={() => setAll(!all)} aria-expanded={all}>
          {all ? t('macroAsset.showFewer') : t('macroAsset.showAll', { count: needs.length })}
        </Button>
      )}
    </>
  );
}
