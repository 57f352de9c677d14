import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { exportUrl, hsdsUrl, importKinds } from '../api/imports';

const formats = ['csv', 'xlsx', 'geojson'] as const;

/** Plain download links: the browser saves what the server streams, with the caller's own visibility applied. */
export function ExportLinks() {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Title order={2}>{t('imports.exportHeading')}</Title>
      <Text>{t('imports.exportIntro')}</Text>
      {importKinds.map((dataset) => (
        <Group key={dataset} gap="xs">
          <Text fw={500} w={140}>
            {t(`imports.kinds.${dataset}`)}
          </Text>
          {formats.map((format) => (
            <Button
              key={format}
              component="a"
              href={exportUrl(dataset, format)}
              download
              variant="default"
              size="xs"
              aria-label={t('imports.download', {
                what: t(`imports.kinds.${dataset}`),
                format: t(`imports.formats.${format}`),
              })}
            >
              {t(`imports.formats.${format}`)}
            </Button>
          ))}
        </Group>
      ))}
      <Group gap="xs">
        <Button component="a" href={hsdsUrl} download variant="default" size="xs">
          {t('imports.hsds')}
        </Button>
      </Group>
    </Stack>
  );
}
