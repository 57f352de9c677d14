import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { FactList } from '../../../components/FactList';
import { NotFoundPage } from '../../../components/NotFoundPage';
import { PageLoader } from '../../../components/PageLoader';
import { isApiError } from '../../../lib/api';
import { formatDate } from '../../../lib/format';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useChampion } from '../api/library';

/** One champion: who they are, for which partner and work package, and since when. */
export function ChampionPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const { data: c, error } = useChampion(id);
  usePageTitle(c?.name ?? t('coordination.champions.title'));
  if (isApiError(error) && error.status === 404) return <NotFoundPage />;
  if (!c) return <PageLoader />;
  return (
    <Stack gap="md" maw={760}>
      <Anchor component={Link} to="/partnership/champions" size="sm">
        {t('coordination.champions.back')}
      </Anchor>
      <Title order={1}>
        <bdi>{c.name}</bdi>
      </Title>
      {c.description && (
        <Text style={{ whiteSpace: 'pre-wrap' }}>
          <bdi>{c.description}</bdi>
        </Text>
      )}
      <FactList
        facts={[
          { label: t('coordination.stories.partner'), value: <bdi>{c.partner.name}</bdi> },
          {
            label: t('coordination.referrals.workPackage'),
            value: c.workPackage ? (
              <Anchor component={Link} to={`/partnership/work-packages/${encodeURIComponent(c.workPackage.slug)}`}>
                <bdi>{`${c.workPackage.code} ${c.workPackage.name}`}</bdi>
              </Anchor>
            ) : (
              '—'
            ),
          },
          { label: t('coordination.champions.since'), value: formatDate(c.since, i18n.resolvedLanguage ?? 'en') },
        ]}
      />
    </Stack>
  );
}
