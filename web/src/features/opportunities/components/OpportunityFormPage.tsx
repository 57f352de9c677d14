import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { NotFoundPage } from '../../../components/NotFoundPage';
import { PageLoader } from '../../../components/PageLoader';
import { QueryError } from '../../../components/QueryError';
import { isApiError } from '../../../lib/api';
import { useSignedInUser } from '../../../lib/session';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useOpportunity } from '../api/opportunities';
import { OpportunityForm } from './OpportunityForm';
import { emptyValues, valuesFromOpportunity } from './opportunityForm';

const detailPath = (id: string) => `/assets/opportunities/${encodeURIComponent(id)}`;

/** /assets/opportunities/new, optionally ?macroAsset=slug to publish for that macro-asset. */
export function NewOpportunityPage() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  usePageTitle(t('opportunityForm.newTitle'));
  const initial = { ...emptyValues, partner: user.partner.slug, macroAsset: params.get('macroAsset') ?? '' };

  return (
    <Stack gap="md" maw={900}>
      <Title order={1}>{t('opportunityForm.newTitle')}</Title>
      <OpportunityForm
        initial={initial}
        onSaved={(id) => void navigate(detailPath(id))}
        cancelTo="/assets/opportunities"
      />
    </Stack>
  );
}

/** /assets/opportunities/:id/edit: the form is rebuilt from the server's copy whenever its version changes. */
export function EditOpportunityPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const { data: opportunity, error, refetch } = useOpportunity(id);
  usePageTitle(t('opportunityForm.editTitle'));

  if (isApiError(error) && error.status === 404) return <NotFoundPage />;
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!opportunity) return <PageLoader />;

  return (
    <Stack gap="md" maw={900}>
      <Stack gap={4}>
        <Title order={1}>{t('opportunityForm.editTitle')}</Title>
        <Text size="lg" fw={500}>
          <bdi>{opportunity.title}</bdi>
        </Text>
      </Stack>
      <OpportunityForm
        key={opportunity.version}
        initial={valuesFromOpportunity(opportunity)}
        existing={{ id: opportunity.id, version: opportunity.version }}
        onSaved={(savedId) => void navigate(detailPath(savedId))}
        onReload={() => void refetch()}
        cancelTo={detailPath(opportunity.id)}
      />
    </Stack>
  );
}
