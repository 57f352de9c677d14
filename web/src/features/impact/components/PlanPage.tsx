import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageLoader } from '../../../components/PageLoader';
import { QueryError } from '../../../components/QueryError';
import { formatDateTime } from '../../../lib/format';
import { usePageTitle } from '../../../lib/usePageTitle';
import { usePlan } from '../api/plans';
import { PlanActions } from './PlanActions';
import { PlanEditor } from './PlanEditor';
import { PlanStatusBadge } from './PlanStatusBadge';

/** One community economic development plan: its drafted sections to edit, and actions that become tasks. */
export function PlanPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const plan = usePlan(id);
  usePageTitle(plan.data?.title ?? t('impact.plans.title'));
  if (plan.isPending) return <PageLoader />;
  if (plan.isError) return <QueryError error={plan.error} onRetry={() => void plan.refetch()} />;
  const p = plan.data;
  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/impact/plans">
        {t('impact.plans.back')}
      </Anchor>
      <Stack gap={4}>
        <Title order={1}>{p.title}</Title>
        <Group gap="sm">
          <PlanStatusBadge status={p.status} />
          <Text c="dimmed" fz="sm">
            {t('impact.plans.meta', {
              area: p.area?.name ?? '—',
              date: formatDateTime(p.updatedAt, i18n.resolvedLanguage ?? 'en'),
              version: p.version,
            })}
          </Text>
        </Group>
      </Stack>
      <PlanEditor key={p.id} plan={p} onReload={async () => (await plan.refetch()).data} />
      <PlanActions plan={p} />
    </Stack>
  );
}
