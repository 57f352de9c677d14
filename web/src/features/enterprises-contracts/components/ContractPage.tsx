import { Badge, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { FactList } from '../../../components/FactList';
import { PageLoader } from '../../../components/PageLoader';
import { QueryError } from '../../../components/QueryError';
import { formatPounds } from '../../../lib/money';
import { can, useSignedInUser } from '../../../lib/session';
import { usePageTitle } from '../../../lib/usePageTitle';
import { recordBid, useContract, useSuggestions, type Note, type Suggestion } from '../api/contracts';
import { Notice } from './Notice';
import { BidsPanel } from './BidsPanel';

/** One contract or grant: its details, the suggested suppliers with reasons and gaps, and the bids on it. */
export function ContractPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const contract = useContract(id);
  const user = useSignedInUser();
  usePageTitle(contract.data?.title ?? t('enterprisesContracts.list.title'));
  if (contract.isPending) return <PageLoader />;
  if (contract.error) return <QueryError error={contract.error} onRetry={() => void contract.refetch()} />;
  const c = contract.data;
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="center">
        <Title order={1}>
          <bdi>{c.title}</bdi>
        </Title>
        {can(user, 'contracts.update') && (
          <Button component={Link} to={`/enterprises/contracts/${encodeURIComponent(c.id)}/edit`} variant="default">
            {t('enterprisesContracts.form.edit')}
          </Button>
        )}
      </Group>
      <Text>{c.description}</Text>
      <FactList
        facts={[
          { label: t('enterprisesContracts.fields.kind'), value: t(`enterprisesContracts.kinds.${c.kind}`) },
          { label: t('enterprisesContracts.fields.publisher'), value: c.partner.name },
          { label: t('enterprisesContracts.fields.value'), value: formatPounds(c.value, lang) ?? '—' },
          { label: t('enterprisesContracts.fields.market'), value: c.market },
          { label: t('enterprisesContracts.fields.capabilities'), value: c.capabilities.join(', ') || '—' },
          { label: t('enterprisesContracts.fields.area'), value: c.area?.name ?? '—' },
          { label: t('enterprisesContracts.fields.closesOn'), value: c.closesOn ?? '—' },
          {
            label: t('enterprisesContracts.fields.reference'),
            value: c.contract?.ocid ?? c.grant?.identifier ?? '—',
          },
        ]}
      />
      {can(user, 'contracts.suggest') && (
        <Suggestions id={c.id} canBid={c.status === 'open' && can(user, 'bids.manage')} />
      )}
      {can(user, 'bids.list') && <BidsPanel opportunity={c.id} />}
    </Stack>
  );
}

function Suggestions({ id, canBid }: { id: string; canBid: boolean }) {
  const { t } = useTranslation();
  const result = useSuggestions(id);
  const client = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const noteText = (n: Note) => t(`enterprisesContracts.notes.${n.code}`, n.params ?? {});
  const bid = async (s: Suggestion) => {
    setError(null);
    try {
      await recordBid(id, s, null);
      await client.invalidateQueries({ queryKey: ['contract', id, 'bids'] });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <Stack gap="sm" component="section" aria-labelledby="suggestions-title">
      <Title order={2} size="h3" id="suggestions-title">
        {t('enterprisesContracts.suggestions.title')}
      </Title>
      {error && <Notice tone="failed">{error}</Notice>}
      {result.error && <QueryError error={result.error} onRetry={() => void result.refetch()} />}
      {result.isPending ? (
        <PageLoader />
      ) : (
        result.data &&
        (result.data.items.length === 0 ? (
          <Text>{t('enterprisesContracts.suggestions.none')}</Text>
        ) : (
          <List listStyleType="none" spacing="md" aria-label={t('enterprisesContracts.suggestions.title')}>
            {result.data.items.map((s) => (
              <List.Item key={`${s.kind}:${s.id}`} data-testid="suggestion">
                <Group gap="xs">
                  <Text fw={600}>
                    <bdi>{s.name}</bdi>
                  </Text>
                  <Badge variant="light">{t(`enterprisesContracts.bidders.${s.kind}`)}</Badge>
                  <Badge>{t('enterprisesContracts.suggestions.score', { score: s.score })}</Badge>
                  {s.area && <Text size="sm">{s.area.name}</Text>}
                  {canBid && (
                    <Button
                      size="xs"
                      variant="light"
                      onClick={() => void bid(s)}
                      aria-label={t('enterprisesContracts.bids.recordFor', { name: s.name })}
                    >
                      {t('enterprisesContracts.bids.record')}
                    </Button>
                  )}
                </Group>
                <Text size="sm">
                  {t('enterprisesContracts.suggestions.reasons')}: {s.reasons.map(noteText).join('; ')}
                </Text>
                {s.gaps.length > 0 && (
                  <Text size="sm" c="dimmed">
                    {t('enterprisesContracts.suggestions.gaps')}: {s.gaps.map(noteText).join('; ')}
                  </Text>
                )}
              </List.Item>
            ))}
          </List>
        ))
      )}
    </Stack>
  );
}
