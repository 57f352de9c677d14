import { Anchor, Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
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
import { labelIn, useReference } from '../api/directory';
import { enterpriseFilterKeys, stages, useEnterprises, type EnterpriseSummary } from '../api/enterprises';

/** The staff directory: search, filters, sort and paging in the URL. */
export function EnterprisesPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const user = useSignedInUser();
  const title = t('enterprises.list.title');
  usePageTitle(title);
  const { query, setPage, setSort, setSearch, setFilters } = useListParams({
    sort: 'name',
    filters: enterpriseFilterKeys,
  });
  const result = useEnterprises(query);
  const { data: ref } = useReference();
  if (isForbiddenError(result.error)) return <ForbiddenPage />;
  const options = (kind: 'markets' | 'legalForms') =>
    (ref?.[kind] ?? []).map((x) => ({ value: x.code, label: labelIn(ref, kind, x.code, lang) }));
  const columns: Column<EnterpriseSummary>[] = [
    {
      key: 'name',
      header: t('enterprises.fields.name'),
      sortField: 'name',
      render: (e) => (
        <Anchor component={Link} to={`/enterprises/e/${encodeURIComponent(e.id)}`} fz="inherit">
          <bdi>{e.name}</bdi>
        </Anchor>
      ),
    },
    {
      key: 'legalForm',
      header: t('enterprises.fields.legalForm'),
      render: (e) => labelIn(ref, 'legalForms', e.legalForm, lang),
    },
    { key: 'stage', header: t('enterprises.fields.stage'), render: (e) => t(`enterprises.stages.${e.stage}`) },
    {
      key: 'markets',
      header: t('enterprises.fields.markets'),
      render: (e) => e.markets.map((m) => labelIn(ref, 'markets', m, lang)).join(', '),
    },
    { key: 'area', header: t('enterprises.fields.area'), render: (e) => e.area?.name ?? '—' },
    { key: 'localJobs', header: t('enterprises.fields.localJobs'), sortField: 'localJobs', render: (e) => e.localJobs },
    {
      key: 'status',
      header: t('enterprises.fields.status'),
      render: (e) => (
        <Group gap={4}>
          <Badge variant="filled" color={e.status === 'approved' ? 'teal.9' : '#9c3a00'}>
            {t(`enterprises.statuses.${e.status}`)}
          </Badge>
          {e.listedPublicly && <Badge variant="outline">{t('enterprises.fields.listedPublicly')}</Badge>}
        </Group>
      ),
    },
    {
      key: 'updatedAt',
      header: t('enterprises.fields.updatedAt'),
      sortField: 'updatedAt',
      render: (e) => formatDate(e.updatedAt, lang),
    },
  ];
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{title}</Title>
        {can(user, 'enterprises.create') && (
          <Button component={Link} to="/enterprises/new">
            {t('enterprises.list.new')}
          </Button>
        )}
      </Group>
      <Text>{t('enterprises.list.intro')}</Text>
      <Group gap="md" align="flex-end">
        <FilterSelect
          label={t('enterprises.fields.market')}
          value={String(query.market ?? '')}
          onChange={(market) => setFilters({ market })}
          options={options('markets')}
        />
        <FilterSelect
          label={t('enterprises.fields.legalForm')}
          value={String(query.legalForm ?? '')}
          onChange={(legalForm) => setFilters({ legalForm })}
          options={options('legalForms')}
        />
        <FilterSelect
          label={t('enterprises.fields.stage')}
          value={String(query.stage ?? '')}
          onChange={(stage) => setFilters({ stage })}
          options={stages.map((s) => ({ value: s, label: t(`enterprises.stages.${s}`) }))}
        />
        <FilterSelect
          label={t('enterprises.fields.area')}
          value={String(query.area ?? '')}
          onChange={(area) => setFilters({ area })}
          options={(ref?.areas ?? []).map((a) => ({ value: a.id, label: a.name }))}
        />
        <FilterSelect
          label={t('enterprises.fields.status')}
          value={String(query.status ?? '')}
          onChange={(status) => setFilters({ status })}
          options={['pending', 'approved'].map((s) => ({ value: s, label: t(`enterprises.statuses.${s}`) }))}
        />
      </Group>
      <ListBody result={result}>
        {(data) => (
          <DataTable
            caption={title}
            columns={columns}
            rows={data.items}
            rowKey={(e) => e.id}
            total={data.total}
            page={query.page}
            pageSize={query.pageSize}
            onPageChange={setPage}
            sort={query.sort}
            onSortChange={setSort}
            search={{ value: query.q ?? '', onChange: setSearch }}
            loading={result.isFetching}
            minWidth={960}
          />
        )}
      </ListBody>
    </Stack>
  );
}
