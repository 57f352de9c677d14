import { Alert, Anchor, Badge, Button, FileInput, Group, Image, Stack, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { FactList } from '../../../components/FactList';
import { NotFoundPage } from '../../../components/NotFoundPage';
import { PageLoader } from '../../../components/PageLoader';
import { QueryError } from '../../../components/QueryError';
import { isApiError } from '../../../lib/api';
import { can, useSignedInUser } from '../../../lib/session';
import { usePageTitle } from '../../../lib/usePageTitle';
import { labelIn, useReference } from '../api/directory';
import {
  approveEnterprise,
  logoUrl,
  updateEnterprise,
  uploadLogo,
  useEnterprise,
  type Enterprise,
} from '../api/enterprises';
import { EnterpriseForm } from './EnterpriseForm';

/** One enterprise: its facts, approval, public listing, logo, and editing (a member's edit waits for approval). */
export function EnterprisePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const result = useEnterprise(id);
  usePageTitle(result.data?.name ?? t('enterprises.list.title'));
  if (result.isPending) return <PageLoader />;
  if (isApiError(result.error) && result.error.status === 404) return <NotFoundPage />;
  if (result.error) return <QueryError error={result.error} />;
  return <EnterpriseDetail e={result.data} />;
}

function EnterpriseDetail({ e }: { e: Enterprise }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const user = useSignedInUser();
  const client = useQueryClient();
  const { data: ref } = useReference();
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState('');
  const [error, setError] = useState('');
  const refresh = () => client.invalidateQueries({ queryKey: ['enterprise', e.id] });
  const act = async (fn: () => Promise<unknown>, done: string) => {
    setError('');
    try {
      await fn();
      setNotice(done);
      await refresh();
    } catch (err) {
      setError(isApiError(err) ? err.detail : t('errors.generic'));
    }
  };
  const facts = [
    { label: t('enterprises.fields.legalForm'), value: labelIn(ref, 'legalForms', e.legalForm, lang) },
    { label: t('enterprises.fields.stage'), value: t(`enterprises.stages.${e.stage}`) },
    {
      label: t('enterprises.fields.markets'),
      value: e.markets.map((m) => labelIn(ref, 'markets', m, lang)).join(', ') || '—',
    },
    { label: t('enterprises.fields.sectors'), value: e.sectors.join(', ') || '—' },
    { label: t('enterprises.fields.productsServices'), value: e.productsServices || '—' },
    { label: t('enterprises.fields.area'), value: e.area?.name ?? '—' },
    { label: t('enterprises.fields.localJobs'), value: e.localJobs },
    { label: t('enterprises.fields.turnoverBand'), value: t(`enterprises.turnover.${e.turnoverBand}`) },
    { label: t('enterprises.fields.membersCount'), value: e.membersCount ?? '—' },
    { label: t('enterprises.fields.socialMission'), value: e.socialMission || '—' },
    { label: t('enterprises.fields.publicEmail'), value: e.publicEmail ?? '—' },
    { label: t('enterprises.fields.website'), value: e.website ?? '—' },
    {
      label: t('enterprises.fields.contacts'),
      value: e.contacts.map((c) => [c.name, c.role, c.email, c.phone].filter(Boolean).join(' · ')).join('; ') || '—',
    },
    { label: t('enterprises.fields.users'), value: e.users.map((u) => u.displayName).join(', ') || '—' },
    {
      label: t('enterprises.nav.consortia'),
      value: e.consortia.length
        ? e.consortia.map((c, i) => (
            <span key={c.id}>
              {i > 0 && ', '}
              <Anchor component={Link} to={`/enterprises/consortia/${c.id}`}>
                {c.name}
              </Anchor>
            </span>
          ))
        : '—',
    },
  ];
  return (
    <Stack gap="md">
      <Group gap="sm">
        {e.hasLogo && (
          <Image src={logoUrl(e.id)} alt={t('enterprises.logo.alt', { name: e.name })} w={64} h={64} fit="contain" />
        )}
        <Title order={1}>
          <bdi>{e.name}</bdi>
        </Title>
        <Badge variant="filled" color={e.status === 'approved' ? 'teal.9' : '#9c3a00'}>
          {t(`enterprises.statuses.${e.status}`)}
        </Badge>
        <Badge variant="outline">
          {e.listedPublicly ? t('enterprises.detail.listed') : t('enterprises.detail.notListed')}
        </Badge>
      </Group>
      {notice && (
        <Alert color="green" role="status">
          {notice}
        </Alert>
      )}
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      {e.pendingChange && <Alert color="yellow">{t('enterprises.detail.pendingChange')}</Alert>}
      <Group gap="sm">
        {e.status === 'pending' && can(user, 'enterprises.approve') && (
          <Button onClick={() => act(() => approveEnterprise(e.id, e.version), t('enterprises.detail.approved'))}>
            {t('enterprises.detail.approve')}
          </Button>
        )}
        {can(user, 'enterprises.update') && user.role !== 'enterprise_member' && (
          <Button
            variant="default"
            onClick={() =>
              act(
                () => updateEnterprise(e.id, { listedPublicly: !e.listedPublicly, version: e.version }),
                e.listedPublicly ? t('enterprises.detail.unlistedDone') : t('enterprises.detail.listedDone'),
              )
            }
          >
            {e.listedPublicly ? t('enterprises.detail.unlist') : t('enterprises.detail.list')}
          </Button>
        )}
        {can(user, 'enterprises.update') && (
          <Button variant="default" onClick={() => setEditing(!editing)} aria-expanded={editing}>
            {t('enterprises.detail.edit')}
          </Button>
        )}
      </Group>
      {editing ? (
        <EnterpriseForm
          enterprise={e}
          submitLabel={
            user.role === 'enterprise_member' ? t('enterprises.detail.propose') : t('enterprises.detail.save')
          }
          onSubmit={async (body) => {
            const res = await updateEnterprise(e.id, { ...body, version: e.version });
            setEditing(false);
            setNotice(res.changeRequest ? t('enterprises.detail.proposed') : t('enterprises.detail.saved'));
            await refresh();
          }}
        />
      ) : (
        <FactList facts={facts} />
      )}
      {can(user, 'enterprises.update') && (
        <FileInput
          label={t('enterprises.logo.label')}
          description={t('enterprises.logo.hint')}
          accept="image/png,image/jpeg,image/webp"
          maw={360}
          onChange={(file) => file && act(() => uploadLogo(e.id, file), t('enterprises.logo.done'))}
        />
      )}
    </Stack>
  );
}
