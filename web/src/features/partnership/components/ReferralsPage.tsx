import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable, type Column } from '../../../components/DataTable';
import { FilterSelect } from '../../../components/FilterSelect';
import { ForbiddenPage } from '../../../components/ForbiddenPage';
import { ListBody } from '../../../components/ListBody';
import { isForbiddenError } from '../../../lib/api';
import { formatDate } from '../../../lib/format';
import { can, useSignedInUser } from '../../../lib/session';
import { useListParams } from '../../../lib/useListParams';
import { usePageTitle } from '../../../lib/usePageTitle';
import { referralFilterKeys, referralStatuses, useReferrals, type Referral } from '../api/referrals';
import { useWorkPackages } from '../api/tasks';

/** Referrals to the caller's partner (inbox) or from it (outbox); coordinators can see all. */
export function ReferralsPage() {
  const { t, i18n } = useTranslation();
  const user = useSignedInUser();
  const title = t('coordination.referrals.title');
  usePageTitle(title);
  const { query, setPage, setSort, setSearch, setFilters } = useListParams({
    sort: '-sentAt',
    filters: referralFilterKeys,
  });
  const result = useReferrals(query);
  const { data: workPackages } = useWorkPackages();
  if (isForbiddenError(result.error)) return <ForbiddenPage />;
  const columns: Column<Referral>[] = [
    {
      key: 'resident',
      header: t('coordination.referrals.resident'),
      render: (r) => (
        <Anchor component={Link} to={`/partnership/referrals/${encodeURIComponent(r.id)}`} fz="inherit">
          <bdi>{`${r.resident.reference} ${r.resident.displayName}`}</bdi>
        </Anchor>
      ),
    },
    { key: 'from', header: t('coordination.referrals.from'), render: (r) => <bdi>{r.from.partner.name}</bdi> },
    {
      key: 'to',
      header: t('coordination.referrals.to'),
      render: (r) => <bdi>{`${r.to.workPackage.code} ${r.to.partner.name}`}</bdi>,
    },
    {
      key: 'sentAt',
      header: t('coordination.referrals.sentAt'),
      sortField: 'sentAt',
      render: (r) => formatDate(r.sentAt.slice(0, 10), i18n.resolvedLanguage ?? 'en'),
    },
    {
      key: 'status',
      header: t('coordination.referrals.status'),
      sortField: 'status',
      render: (r) => t(`coordination.referralStatus.${r.status}`),
    },
    {
      key: 'hours',
      header: t('coordination.referrals.responseHours'),
      render: (r) => String(r.responseHours),
    },
  ];
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{title}</Title>
        {can(user, 'referrals.create') && (
          <Button component={Link} to="/partnership/referrals/new">
            {t('coordination.referrals.new')}
          </Button>
        )}
      </Group>
      <Text>{t('coordination.referrals.intro')}</Text>
      <Group gap="md" align="flex-end">
        <FilterSelect
          label={t('coordination.referrals.box')}
          value={String(query.box ?? '')}
          onChange={(box) => setFilters({ box })}
          options={(['inbox', 'outbox', 'all'] as const).map((b) => ({
            value: b,
            label: t(`coordination.referrals.boxes.${b}`),
          }))}
        />
        <FilterSelect
          label={t('coordination.referrals.status')}
          value={String(query.status ?? '')}
          onChange={(status) => setFilters({ status })}
          options={referralStatuses.map((s) => ({ value: s, label: t(`coordination.referralStatus.${s}`) }))}
        />
        <FilterSelect
          label={t('coordination.referrals.workPackage')}
          value={String(query.workPackage ?? '')}
          onChange={(workPackage) => setFilters({ workPackage })}
          options={(workPackages?.items ?? []).map((w) => ({ value: w.slug, label: `${w.code} ${w.name}` }))}
        />
      </Group>
      <ListBody result={result}>
        {(data) => (
          <DataTable
            caption={title}
            columns={columns}
            rows={data.items}
            rowKey={(r) => r.id}
            total={data.total}
            page={query.page}
            pageSize={query.pageSize}
            onPageChange={setPage}
            sort={query.sort}
            onSortChange={setSort}
            search={{ value: query.q ?? '', onChange: setSearch }}
            loading={result.isFetching}
            minWidth={860}
          />
        )}
      </ListBody>
    </Stack>
  );
}
