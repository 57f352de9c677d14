import { Anchor, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { openDataUrl } from '../api/impact';

/** Open data: anonymised aggregates by area and period, with the data dictionary that explains every column. */
export function OpenDataPage() {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Title order={1}>{t('impact.openData.title')}</Title>
      <Text>{t('impact.openData.intro')}</Text>
      <List>
        <List.Item>
          <Anchor href={openDataUrl('csv')} download>
            {t('impact.openData.csv')}
          </Anchor>
        </List.Item>
        <List.Item>
          <Anchor href={openDataUrl('json')}>{t('impact.openData.json')}</Anchor>
        </List.Item>
        <List.Item>
          <Anchor href="/api/v1/public/impact/data-dictionary.json">{t('impact.openData.dictionary')}</Anchor>
        </List.Item>
      </List>
      <Text fz="sm" c="dimmed">
        {t('impact.openData.suppression')}
      </Text>
    </Stack>
  );
}
