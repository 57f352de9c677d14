import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../lib/usePageTitle';

export type ModuleKey = 'assets' | 'research' | 'matching' | 'enterprises' | 'partnership' | 'impact';

/** Placeholder for a capability that is not built yet: says what it will do and for whom. */
export function ComingSoonPage({ module }: { module: ModuleKey }) {
  const { t } = useTranslation();
  const title = t(`nav.${module}`);
  usePageTitle(title);

  return (
    <Stack gap="lg" maw={760}>
      <Group gap="sm" align="center">
        <Title order={1}>{title}</Title>
        <Badge size="lg" variant="filled">
          {t('comingSoon.badge')}
        </Badge>
      </Group>
      <Paper withBorder p="lg">
        <Stack gap="sm">
          <Text>{t('comingSoon.intro')}</Text>
          <Text size="lg">{t(`modules.${module}.description`)}</Text>
          <Text>{t('comingSoon.usedBy', { users: t(`modules.${module}.users`) })}</Text>
        </Stack>
      </Paper>
    </Stack>
  );
}
