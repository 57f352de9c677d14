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
import { formatPounds } from '../../../lib/money';
import { can, useSignedInUser } from '../../../lib/session';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useOpportunity, type Opportunity } from '../api/opportunities';
import { OpportunityHistory } from './OpportunityHistory';

function listOrNone(items: string[], none: string): string {
  return items.length > 0 ? items.join(', ') : none;
}

/** One opportunity: who offers it, what it asks for, when and where, and its change history. */
export function OpportunityPage() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const { id = '' } = useParams();
  const { data: opportunity, error, refetch } = useOpportunity(id);
  usePageTitle(opportunity?.title ?? t('opportunities.title'));

  if (isApiError(error) && error.status === 404) return <NotFoundPage />;
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!opportunity) return <PageLoader />;

  return (
    <Stack gap="xl">
      <Stack gap="sm">
        <Anchor component={Link} to="/assets/opportunities" size="sm">
          {t('opportunity.back')}
        </Anchor>
        <Group justify="space-between" align="flex-start">
          <Title order={1}>
            <bdi>{opportunity.title}</bdi>
          </Title>
          {can(user, 'opportunities.update') && (
            <Button component={Link} to={`/assets/opportunities/${encodeURIComponent(opportunity.id)}/edit`}>
              {t('opportunity.edit')}
            </Button>
          )}
        </Group>
        <Group gap="xs">
          <Badge variant="light" color="indigo">
            {valueLabel(t, 'opportunities.kinds', opportunity.kind)}
          </Badge>
          <Badge variant="filled" color="gray.8">
            {valueLabel(t, 'opportunities.statuses', opportunity.status)}
          </Badge>
        </Group>
        {opportunity.description && (
          <Text maw={820} dir="auto">
            {opportunity.description}
          </Text>
        )}
      </Stack>
      <OpportunityFacts opportunity={opportunity} />
      <Stack component="section" gap="sm" aria-labelledby="opportunity-history">
        <Title order={2} size="h3" id="opportunity-history">
          {t('opportunity.history')}
        </Title>
        <OpportunityHistory id={opportunity.id} />
      </Stack>
    </Stack>
  );
}

function OpportunityFacts({ opportunity: o }: { opportunity: Opportunity }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  const none = t('opportunity.none');
  const date = (value: string | null | undefined) => (value ? formatDate(value, language) : none);
  const macroAsset = o.publisher.macroAsset;

  return (
    <FactList
      facts={[
        {
          label: t('opportunities.publisher'),
          value: macroAsset ? (
            <Anchor component={Link} to={`/assets/macro-assets/${encodeURIComponent(macroAsset.slug)}`}>
              <bdi>{macroAsset.name}</bdi>
            </Anchor>
          ) : (
            <bdi>{o.publisher.partner.name}</bdi>
          ),
        },
        { label: t('opportunity.partner'), value: <bdi>{o.publisher.partner.name}</bdi> },
        {
          label: t('opportunities.occupation'),
          value: (
            <bdi>
              {listOrNone(
                o.occupations.map((x) => x.label),
                none,
              )}
            </bdi>
          ),
        },
        { label: t('opportunityForm.fields.qualifications'), value: <bdi>{listOrNone(o.qualifications, none)}</bdi> },
        { label: t('opportunityForm.fields.englishLevel'), value: o.englishLevel ?? none },
        {
          label: t('opportunityForm.fields.legalGates'),
          value: listOrNone(
            o.legalGates.map((gate) => valueLabel(t, 'opportunities.legalGates', gate)),
            none,
          ),
        },
        { label: t('opportunities.area'), value: o.area ? <bdi>{o.area.name}</bdi> : none },
        { label: t('opportunityForm.fields.quantity'), value: o.quantity ?? none },
        { label: t('opportunities.value'), value: formatPounds(o.value, language) ?? none },
        { label: t('opportunityForm.fields.opensOn'), value: date(o.opensOn) },
        { label: t('opportunities.closesOn'), value: date(o.closesOn) },
        {
          label: t('opportunityForm.fields.location'),
          value: o.location ? <span dir="ltr">{`${o.location.lat}, ${o.location.lng}`}</span> : none,
        },
      ]}
    />
  );
}
