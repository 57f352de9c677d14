import { Alert, Anchor, Badge, Button, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { NotFoundPage } from '../../../components/NotFoundPage';
import { PageLoader } from '../../../components/PageLoader';
import { QueryError } from '../../../components/QueryError';
import { isApiError } from '../../../lib/api';
import { can, useSignedInUser } from '../../../lib/session';
import { usePageTitle } from '../../../lib/usePageTitle';
import {
  addConsortiumMember,
  removeConsortiumMember,
  updateConsortium,
  useConsortium,
  type Consortium,
} from '../api/consortia';
import { labelIn, useReference } from '../api/directory';
import { useEnterprises } from '../api/enterprises';

/** A consortium: its market, lead, capabilities and members; coordinators manage the members and the lead. */
export function ConsortiumPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const result = useConsortium(id);
  usePageTitle(result.data?.name ?? t('enterprises.consortia.title'));
  if (result.isPending) return <PageLoader />;
  if (isApiError(result.error) && result.error.status === 404) return <NotFoundPage />;
  if (result.error) return <QueryError error={result.error} />;
  return <ConsortiumDetail c={result.data} />;
}

function ConsortiumDetail({ c }: { c: Consortium }) {
  const { t, i18n } = useTranslation();
  const user = useSignedInUser();
  const client = useQueryClient();
  const { data: ref } = useReference();
  const manage = can(user, 'consortia.manage');
  const [search, setSearch] = useState('');
  const [picked, setPicked] = useState<string | null>(null);
  const [error, setError] = useState('');
  const candidates = useEnterprises({ page: 1, pageSize: 20, sort: 'name', q: search, market: c.market });
  const run = async (fn: () => Promise<unknown>) => {
    setError('');
    try {
      await fn();
      await client.invalidateQueries({ queryKey: ['consortium', c.id] });
    } catch (e) {
      setError(isApiError(e) ? e.detail : t('errors.generic'));
    }
  };
  const options = (candidates.data?.items ?? [])
    .filter((e) => !c.members.some((m) => m.id === e.id))
    .map((e) => ({ value: e.id, label: e.area ? `${e.name} (${e.area.name})` : e.name }));
  return (
    <Stack gap="md">
      <Title order={1}>
        <bdi>{c.name}</bdi>
      </Title>
      <Text>
        {labelIn(ref, 'markets', c.market, i18n.resolvedLanguage ?? 'en')} · {t('enterprises.consortia.lead')}:{' '}
        {c.lead?.name ?? '—'}
      </Text>
      {c.description && <Text>{c.description}</Text>}
      <Group gap={4}>
        {c.capabilities.map((cap) => (
          <Badge key={cap} variant="light">
            {cap}
          </Badge>
        ))}
      </Group>
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      <Table>
        <Table.Caption>{t('enterprises.consortia.membersOf', { name: c.name })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('enterprises.fields.name')}</Table.Th>
            <Table.Th scope="col">{t('enterprises.fields.area')}</Table.Th>
            <Table.Th scope="col">{t('enterprises.consortia.role')}</Table.Th>
            {manage && <Table.Th scope="col">{t('enterprises.consortia.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {c.members.map((m) => (
            <Table.Tr key={m.id}>
              <Table.Td>
                <Anchor component={Link} to={`/enterprises/e/${m.id}`}>
                  <bdi>{m.name}</bdi>
                </Anchor>
              </Table.Td>
              <Table.Td>{m.area?.name ?? '—'}</Table.Td>
              <Table.Td>{t(`enterprises.consortia.roles.${m.role}`)}</Table.Td>
              {manage && (
                <Table.Td>
                  {m.role !== 'lead' && (
                    <Group gap="xs">
                      <Button
                        size="xs"
                        variant="default"
                        onClick={() => run(() => updateConsortium(c.id, { lead: m.id, version: c.version }))}
                      >
                        {t('enterprises.consortia.makeLead', { name: m.name })}
                      </Button>
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        onClick={() => run(() => removeConsortiumMember(c.id, m.id))}
                      >
                        {t('enterprises.consortia.remove', { name: m.name })}
                      </Button>
                    </Group>
                  )}
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {manage && (
        <Group align="flex-end">
          <Select
            label={t('enterprises.consortia.addMember')}
            searchable
            searchValue={search}
            onSearchChange={setSearch}
            data={options}
            value={picked}
            onChange={setPicked}
            w={360}
          />
          <Button
            disabled={!picked}
            onClick={() => picked && run(() => addConsortiumMember(c.id, picked)).then(() => setPicked(null))}
          >
            {t('enterprises.consortia.add')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
