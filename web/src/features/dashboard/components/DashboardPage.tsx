import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isolate } from '../../../lib/format';
import { useProgramme } from '../../../lib/programme';
import { roleLabel } from '../../../lib/roles';
import { can, useSignedInUser } from '../../../lib/session';
import { usePageTitle } from '../../../lib/usePageTitle';
import { CountCard } from './CountCard';
import { ModuleLinks } from './ModuleLinks';

const counts = [
  {
    permission: 'partners.list',
    path: '/api/v1/partners',
    label: 'dashboard.partners',
    to: '/partners',
    link: 'dashboard.viewPartners',
  },
  {
    permission: 'areas.list',
    path: '/api/v1/areas',
    label: 'dashboard.areas',
    to: '/assets/map',
    link: 'dashboard.viewAreas',
  },
  {
    permission: 'macro-assets.list',
    path: '/api/v1/macro-assets',
    label: 'dashboard.macroAssets',
    to: '/assets',
    link: 'dashboard.viewMacroAssets',
  },
] as const;

export function DashboardPage() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const { data: programme } = useProgramme();
  usePageTitle(t('dashboard.title'));
  const visible = counts.filter((count) => can(user, count.permission));

  return (
    <Stack gap="xl">
      <Stack gap={4}>
        <Text fw={700} c="indigo.9">
          {t('dashboard.title')}
        </Text>
        <Title order={1}>
          <bdi>{programme?.name ?? t('app.name')}</bdi>
        </Title>
        {programme?.city && <Text>{programme.city}</Text>}
      </Stack>
      <Paper withBorder p="md">
        <Text fw={700} size="lg">
          {t('dashboard.welcome', { name: isolate(user.displayName) })}
        </Text>
        <Text>
          {t('dashboard.roleAtPartner', { role: roleLabel(t, user.role), partner: isolate(user.partner.name) })}
        </Text>
      </Paper>
      <Stack gap="sm" component="section" aria-labelledby="dashboard-overview">
        <Title order={2} size="h3" id="dashboard-overview">
          {t('dashboard.overview')}
        </Title>
        {visible.length === 0 ? (
          <Text>{t('dashboard.noLists')}</Text>
        ) : (
          <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }}>
            {visible.map((count) => (
              <CountCard
                key={count.path}
                path={count.path}
                label={t(count.label)}
                linkTo={count.to}
                linkLabel={t(count.link)}
              />
            ))}
          </SimpleGrid>
        )}
      </Stack>
      <ModuleLinks />
    </Stack>
  );
}
