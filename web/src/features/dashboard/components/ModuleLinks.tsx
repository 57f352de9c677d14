import { Anchor, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

const modules = ['assets', 'research', 'matching', 'enterprises', 'partnership', 'impact'] as const;

/** The five capabilities to come, each linking to its page. */
export function ModuleLinks() {
  const { t } = useTranslation();

  return (
    <Stack gap="sm" component="section" aria-labelledby="dashboard-modules">
      <Title order={2} size="h3" id="dashboard-modules">
        {t('dashboard.modules')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        {modules.map((module) => (
          <Paper key={module} withBorder p="md">
            <Anchor component={Link} to={`/${module}`} fw={700}>
              {t(`nav.${module}`)}
            </Anchor>
            <Text size="sm" mt={4} lineClamp={3}>
              {t(`modules.${module}.description`)}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
