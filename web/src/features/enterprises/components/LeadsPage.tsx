import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  List,
  NativeSelect,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FilterSelect } from '../../../components/FilterSelect';
import { ListBody } from '../../../components/ListBody';
import { Pager } from '../../../components/Pager';
import { SearchInput } from '../../../components/SearchInput';
import { isApiError } from '../../../lib/api';
import { formatDate } from '../../../lib/format';
import { useListParams } from '../../../lib/useListParams';
import { usePageTitle } from '../../../lib/usePageTitle';
import { convertLead, labelIn, models, setLeadStatus, useLeads, useReference, type Lead } from '../api/directory';

/** People who used the guide and asked to be contacted; staff follow up and turn an idea into an enterprise. */
export function LeadsPage() {
  const { t } = useTranslation();
  const title = t('enterprises.leads.title');
  usePageTitle(title);
  const { query, setPage, setSearch, setFilters } = useListParams({
    sort: '-createdAt',
    filters: ['status', 'suggestion'],
  });
  const result = useLeads(query);
  return (
    <Stack gap="md">
      <Title order={1}>{title}</Title>
      <Text>{t('enterprises.leads.intro')}</Text>
      <Group gap="md" align="flex-end">
        <SearchInput value={query.q ?? ''} onChange={setSearch} />
        <FilterSelect
          label={t('enterprises.fields.status')}
          value={String(query.status ?? '')}
          onChange={(status) => setFilters({ status })}
          options={['new', 'contacted', 'converted', 'closed'].map((s) => ({
            value: s,
            label: t(`enterprises.leads.statuses.${s}`),
          }))}
        />
        <FilterSelect
          label={t('enterprises.leads.suggestion')}
          value={String(query.suggestion ?? '')}
          onChange={(suggestion) => setFilters({ suggestion })}
          options={models.map((m) => ({ value: m, label: t(`enterprises.guide.models.${m}.name`) }))}
        />
      </Group>
      <ListBody result={result}>
        {(data) => (
          <Stack gap="md">
            {data.items.length === 0 && <Text role="status">{t('enterprises.leads.none')}</Text>}
            {data.items.map((lead) => (
              <LeadCard key={lead.id} lead={lead} />
            ))}
            <Pager total={data.total} page={query.page} pageSize={query.pageSize} onPageChange={setPage} />
          </Stack>
        )}
      </ListBody>
    </Stack>
  );
}

function LeadCard({ lead }: { lead: Lead }) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const [name, setName] = useState(lead.idea ? '' : lead.name);
  const [converting, setConverting] = useState(false);
  const [error, setError] = useState('');
  const run = async (fn: () => Promise<unknown>) => {
    setError('');
    try {
      await fn();
      await client.invalidateQueries({ queryKey: ['guide-leads'] });
    } catch (e) {
      setError(isApiError(e) ? e.detail : t('errors.generic'));
    }
  };
  const { data: ref } = useReference();
  const lang = i18n.resolvedLanguage ?? 'en';
  const [market, setMarket] = useState('');
  const [area, setArea] = useState(lead.area?.id ?? '');
  return (
    <Card withBorder component="article" aria-labelledby={`lead-${lead.id}`}>
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={2} size="h4" id={`lead-${lead.id}`}>
            <bdi>{lead.name}</bdi>
          </Title>
          <Badge>{t(`enterprises.leads.statuses.${lead.status}`)}</Badge>
        </Group>
        <Text size="sm">
          {[lead.email, lead.phone, lead.area?.name, formatDate(lead.createdAt, i18n.resolvedLanguage ?? 'en')]
            .filter(Boolean)
            .join(' · ')}
        </Text>
        {lead.idea && <Text>{lead.idea}</Text>}
        <Text fw={600}>
          {t('enterprises.leads.suggested', { model: t(`enterprises.guide.models.${lead.suggestion}.name`) })}
        </Text>
        <List size="sm">
          {lead.reasons.map((r) => (
            <List.Item key={r.question}>{t(`enterprises.guide.reasons.${r.question}.${r.answer}`)}</List.Item>
          ))}
        </List>
        {lead.enterprise && (
          <Anchor component={Link} to={`/enterprises/e/${lead.enterprise.id}`}>
            {t('enterprises.leads.openEnterprise', { name: lead.enterprise.name })}
          </Anchor>
        )}
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        {lead.status !== 'converted' && (
          <Group gap="sm" align="flex-end">
            {lead.status === 'new' && (
              <Button variant="default" onClick={() => run(() => setLeadStatus(lead.id, 'contacted', lead.version))}>
                {t('enterprises.leads.markContacted')}
              </Button>
            )}
            {converting ? (
              <>
                <TextInput
                  label={t('enterprises.leads.enterpriseName')}
                  value={name}
                  onChange={(e) => setName(e.currentTarget.value)}
                />
                <NativeSelect
                  label={t('enterprises.fields.market')}
                  value={market}
                  onChange={(e) => setMarket(e.currentTarget.value)}
                  data={[
                    { value: '', label: '—' },
                    ...(ref?.markets ?? []).map((m) => ({
                      value: m.code,
                      label: labelIn(ref, 'markets', m.code, lang),
                    })),
                  ]}
                />
                <NativeSelect
                  label={t('enterprises.fields.area')}
                  value={area}
                  onChange={(e) => setArea(e.currentTarget.value)}
                  data={[{ value: '', label: '—' }, ...(ref?.areas ?? []).map((a) => ({ value: a.id, label: a.name }))]}
                />
                <Button
                  onClick={() =>
                    run(() =>
                      convertLead(lead.id, {
                        name: name.trim(),
                        markets: market ? [market] : [],
                        area: area || null,
                        version: lead.version,
                      }),
                    )
                  }
                  disabled={!name.trim()}
                >
                  {t('enterprises.leads.create')}
                </Button>
              </>
            ) : (
              <Button onClick={() => setConverting(true)}>{t('enterprises.leads.convert')}</Button>
            )}
          </Group>
        )}
      </Stack>
    </Card>
  );
}
