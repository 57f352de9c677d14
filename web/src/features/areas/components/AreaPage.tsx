import { Anchor, Badge, Group, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { NotFoundPage } from '../../../components/NotFoundPage';
import { PageLoader } from '../../../components/PageLoader';
import { QueryError } from '../../../components/QueryError';
import { isApiError } from '../../../lib/api';
import { valueLabel } from '../../../lib/labels';
import { can, useSignedInUser } from '../../../lib/session';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useAreaCounts } from '../api/areas';
import { AreaCounts } from './AreaCounts';
import { AreaHiddenTalent } from './AreaHiddenTalent';
import { AreaOpportunities } from './AreaOpportunities';

/** One area: what it has (counts by category), what reaches it (opportunities), and skills nobody asks for. */
export function AreaPage() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const { slug = '' } = useParams();
  const { data, error, refetch } = useAreaCounts(slug);
  usePageTitle(data?.area.name ?? t('area.title'));

  if (isApiError(error) && error.status === 404) return <NotFoundPage />;
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!data) return <PageLoader />;
  const { area } = data;

  return (
    <Stack gap="xl">
      <Stack gap="sm">
        <Anchor component={Link} to={`/assets/map?area=${encodeURIComponent(area.slug)}`} size="sm">
          {t('area.onMap')}
        </Anchor>
        <Title order={1}>
          <bdi>{area.name}</bdi>
        </Title>
        <Group gap="xs">
          <Badge variant="light" color="indigo">
            {valueLabel(t, 'area.kinds', area.kind)}
          </Badge>
        </Group>
      </Stack>
      <AreaCounts counts={data} />
      {can(user, 'links.read') && <AreaOpportunities slug={area.slug} />}
      {can(user, 'gaps.read') && <AreaHiddenTalent areaId={area.id} />}
    </Stack>
  );
}
