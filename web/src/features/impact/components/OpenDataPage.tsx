import { Anchor, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { can, useSession } from '../../../lib/session';
import { openDataUrl } from '../api/impact';

/** The enterprise module's open-standard exports: awarded grants as 360Giving, contracts as OCDS. */
const standardExports = [
  { key: 'grants360Json', href: '/api/v1/enterprises/exports/360giving.json' },
  { key: 'grants360Csv', href: '/api/v1/enterprises/exports/360giving.csv' },
  { key: 'ocds', href: '/api/v1/enterprises/exports/ocds.json' },
] as const;

/**
 * Open data: anonymised aggregates by area and period, with the data dictionary that explains every column; and,
 * for the roles the exports' policy lets in (staff and viewers), grants as 360Giving and contracts as OCDS.
 */
export function OpenDataPage() {
  const { t } = useTranslation();
  const { data: user } = useSession();
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
      {can(user, 'contracts.export') && (
        <section aria-labelledby="open-data-standards">
          <Title order={2} size="h3" id="open-data-standards" mb="xs">
            {t('impact.openData.standards')}
          </Title>
          <Text mb="xs">{t('impact.openData.standardsIntro')}</Text>
          <List>
            {standardExports.map((e) => (
              <List.Item key={e.key}>
                <Anchor href={e.href} download>
                  {t(`impact.openData.${e.key}`)}
                </Anchor>
              </List.Item>
            ))}
          </List>
        </section>
      )}
    </Stack>
  );
}
