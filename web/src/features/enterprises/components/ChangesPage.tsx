import { Alert, Anchor, Badge, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FilterSelect } from '../../../components/FilterSelect';
import { ListBody } from '../../../components/ListBody';
import { Pager } from '../../../components/Pager';
import { isApiError } from '../../../lib/api';
import { formatDateTime } from '../../../lib/format';
import { useListParams } from '../../../lib/useListParams';
import { usePageTitle } from '../../../lib/usePageTitle';
import { decideChange, useChanges, type ChangeRequest } from '../api/enterprises';

const show = (v: unknown) =>
  Array.isArray(v)
    ? v.map((x) => (typeof x === 'object' && x ? Object.values(x).filter(Boolean).join(' · ') : String(x))).join('; ')
    : v === null || v === undefined || v === ''
      ? '—'
      : String(v);

/** Changes enterprises proposed to their own entries: a field-by-field diff, approve or reject. */
export function ChangesPage() {
  const { t } = useTranslation();
  const title = t('enterprises.changes.title');
  usePageTitle(title);
  const { query, setPage, setFilters } = useListParams({ sort: '-requestedAt', filters: ['status'] });
  const effective = { ...query, status: query.status === undefined ? 'pending' : query.status };
  const result = useChanges(effective);
  return (
    <Stack gap="md">
      <Title order={1}>{title}</Title>
      <Text>{t('enterprises.changes.intro')}</Text>
      <FilterSelect
        label={t('enterprises.fields.status')}
        value={String(query.status ?? '')}
        onChange={(status) => setFilters({ status })}
        options={['pending', 'approved', 'rejected'].map((s) => ({
          value: s,
          label: t(`enterprises.changes.statuses.${s}`),
        }))}
      />
      <ListBody result={result}>
        {(data) => (
          <Stack gap="md">
            {data.items.length === 0 && <Text role="status">{t('enterprises.changes.none')}</Text>}
            {data.items.map((c) => (
              <ChangeCard key={c.id} c={c} />
            ))}
            <Pager total={data.total} page={query.page} pageSize={query.pageSize} onPageChange={setPage} />
          </Stack>
        )}
      </ListBody>
    </Stack>
  );
}

function ChangeCard({ c }: { c: ChangeRequest }) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const [error, setError] = useState('');
  const decide = async (action: 'approve' | 'reject') => {
    setError('');
    try {
      await decideChange(c.id, action);
      await client.invalidateQueries({ queryKey: ['enterprise-changes'] });
      await client.invalidateQueries({ queryKey: ['enterprise', c.enterprise.id] });
    } catch (e) {
      setError(isApiError(e) ? e.detail : t('errors.generic'));
    }
  };
  return (
    <Card withBorder component="article" aria-labelledby={`change-${c.id}`}>
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={2} size="h4" id={`change-${c.id}`}>
            <Anchor component={Link} to={`/enterprises/e/${c.enterprise.id}`}>
              <bdi>{c.enterprise.name}</bdi>
            </Anchor>
          </Title>
          <Badge>{t(`enterprises.changes.statuses.${c.status}`)}</Badge>
        </Group>
        <Text size="sm">
          {t('enterprises.changes.by', {
            who: c.requestedBy ?? '—',
            when: formatDateTime(c.requestedAt, i18n.resolvedLanguage ?? 'en'),
          })}
        </Text>
        {c.stale && <Alert color="yellow">{t('enterprises.changes.stale')}</Alert>}
        <Table>
          <Table.Caption>{t('enterprises.changes.diffCaption', { name: c.enterprise.name })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('enterprises.changes.field')}</Table.Th>
              <Table.Th scope="col">{t('enterprises.changes.from')}</Table.Th>
              <Table.Th scope="col">{t('enterprises.changes.to')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {c.changes.map((d) => (
              <Table.Tr key={d.field}>
                <Table.Th scope="row">{t(`enterprises.fields.${d.field === 'areaId' ? 'area' : d.field}`)}</Table.Th>
                <Table.Td>{show(d.from)}</Table.Td>
                <Table.Td>{show(d.to)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        {c.status === 'pending' && (
          <Group gap="sm">
            <Button onClick={() => decide('approve')} disabled={c.stale}>
              {t('enterprises.changes.approve')}
            </Button>
            <Button variant="default" onClick={() => decide('reject')}>
              {t('enterprises.changes.reject')}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
