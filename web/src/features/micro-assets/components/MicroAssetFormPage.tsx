import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { NotFoundPage } from '../../../components/NotFoundPage';
import { PageLoader } from '../../../components/PageLoader';
import { QueryError } from '../../../components/QueryError';
import { isApiError } from '../../../lib/api';
import { useSignedInUser } from '../../../lib/session';
import { usePageTitle } from '../../../lib/usePageTitle';
import { microAssetPath, useMicroAsset } from '../api/microAssets';
import { MicroAssetForm } from './MicroAssetForm';
import { emptyValues, valuesFromMicroAsset } from './microAssetForm';

/** /assets/micro-assets/new: owned by the recorder's own partner unless another owner is chosen. */
export function NewMicroAssetPage() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const navigate = useNavigate();
  usePageTitle(t('microAssetForm.newTitle'));

  return (
    <Stack gap="md" maw={900}>
      <Title order={1}>{t('microAssetForm.newTitle')}</Title>
      <MicroAssetForm
        initial={{ ...emptyValues, ownerPartner: user.partner.slug }}
        onSaved={(id) => void navigate(microAssetPath(id))}
        cancelTo="/assets/micro-assets"
      />
    </Stack>
  );
}

/** /assets/micro-assets/:id/edit: the form is rebuilt from the server's copy whenever it changes. */
export function EditMicroAssetPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const { data: asset, error, refetch } = useMicroAsset(id);
  usePageTitle(t('microAssetForm.editTitle'));

  if (isApiError(error) && error.status === 404) return <NotFoundPage />;
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!asset) return <PageLoader />;

  return (
    <Stack gap="md" maw={900}>
      <Stack gap={4}>
        <Title order={1}>{t('microAssetForm.editTitle')}</Title>
        <Text size="lg" fw={500}>
          <bdi>{asset.name}</bdi>
        </Text>
      </Stack>
      <MicroAssetForm
        key={asset.updatedAt}
        initial={valuesFromMicroAsset(asset)}
        existing={{ id: asset.id, updatedAt: asset.updatedAt }}
        onSaved={(savedId) => void navigate(microAssetPath(savedId))}
        onReload={() => void refetch()}
        cancelTo={microAssetPath(asset.id)}
      />
    </Stack>
  );
}
