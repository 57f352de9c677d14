import { Anchor, Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { FactList } from '../../../components/FactList';
import { NotFoundPage } from '../../../components/NotFoundPage';
import { PageLoader } from '../../../components/PageLoader';
import { QueryError } from '../../../components/QueryError';
import { isApiError } from '../../../lib/api';
import { formatDate } from '../../../lib/format';
import { valueLabel } from '../../../lib/labels';
import { can, useSignedInUser, type SessionUser } from '../../../lib/session';
import { usePageTitle } from '../../../lib/usePageTitle';
import { microAssetPath, useMicroAsset, type MicroAsset } from '../api/microAssets';
import { OwnerCell, PlaceCell } from './MicroAssetCells';
import { sourceHref } from './microAssetForm';

/** Staff of the recording partner change an asset; programme admins any (the server decides, this hides the button). */
function mayEdit(user: SessionUser, asset: MicroAsset): boolean {
  return can(user, 'micro-assets.update') && (user.role === 'programme_admin' || user.partner.id === asset.partner.id);
}

/** One micro-asset: what it is, whose it is, where, where the record came from, and who may see it. */
export function MicroAssetPage() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const { id = '' } = useParams();
  const { data: asset, error, refetch } = useMicroAsset(id);
  usePageTitle(asset?.name ?? t('microAssets.title'));

  if (isApiError(error) && error.status === 404) return <NotFoundPage />;
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!asset) return <PageLoader />;

  return (
    <Stack gap="xl">
      <Stack gap="sm">
        <Anchor component={Link} to="/assets/micro-assets" size="sm">
          {t('microAsset.back')}
        </Anchor>
        <Group justify="space-between" align="flex-start">
          <Title order={1}>
            <bdi>{asset.name}</bdi>
          </Title>
          {mayEdit(user, asset) && (
            <Button component={Link} to={`${microAssetPath(asset.id)}/edit`}>
              {t('microAsset.edit')}
            </Button>
          )}
        </Group>
        <Group gap="xs">
          <Badge variant="light" color="indigo">
            {valueLabel(t, 'microAssets.categories', asset.category)}
          </Badge>
          <Badge variant="light" color="gray">
            {valueLabel(t, 'microAssets.kinds', asset.kind)}
          </Badge>
          {asset.sensitive && (
            <Badge color="red.9" variant="filled">
              {t('microAssets.sensitive')}
            </Badge>
          )}
        </Group>
        {asset.description && (
          <Text maw={820} dir="auto">
            {asset.description}
          </Text>
        )}
      </Stack>
      <MicroAssetFacts asset={asset} />
    </Stack>
  );
}

function Source({ sourceRef }: { sourceRef: string | null | undefined }) {
  const { t } = useTranslation();
  if (!sourceRef) return <>{t('microAsset.none')}</>;
  const href = sourceHref(sourceRef);
  return href ? (
    <Anchor href={href} target="_blank" rel="noopener noreferrer" dir="ltr">
      {sourceRef}
    </Anchor>
  ) : (
    <span dir="ltr">{sourceRef}</span>
  );
}

function MicroAssetFacts({ asset: a }: { asset: MicroAsset }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  const none = t('microAsset.none');
  return (
    <FactList
      facts={[
        { label: t('microAssets.owner'), value: <OwnerCell asset={a} /> },
        {
          label: t('microAssets.area'),
          value: a.area ? (
            <Anchor component={Link} to={`/assets/areas/${encodeURIComponent(a.area.slug)}`}>
              <bdi>{a.area.name}</bdi>
            </Anchor>
          ) : (
            none
          ),
        },
        { label: t('microAssets.place'), value: <PlaceCell asset={a} /> },
        { label: t('microAssetForm.fields.occupation'), value: a.occupation ? <bdi>{a.occupation.label}</bdi> : none },
        { label: t('microAssets.provenance'), value: valueLabel(t, 'microAssets.provenances', a.provenance) },
        { label: t('microAssetForm.fields.sourceRef'), value: <Source sourceRef={a.sourceRef} /> },
        {
          label: t('microAssets.visibility'),
          value: (
            <>
              {valueLabel(t, 'microAssets.visibilities', a.visibility)}
              {a.sensitive && <Text size="xs">{t('microAsset.sensitiveNote')}</Text>}
            </>
          ),
        },
        { label: t('microAsset.recordedBy'), value: <bdi>{a.partner.name}</bdi> },
        { label: t('microAsset.updated'), value: formatDate(a.updatedAt, language) },
      ]}
    />
  );
}
