import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable, type Column } from '../../../components/DataTable';
import { FilterSelect } from '../../../components/FilterSelect';
import { ListBody } from '../../../components/ListBody';
import { useAreas } from '../../../lib/areas';
import { formatDateTime } from '../../../lib/format';
import { useListParams } from '../../../lib/useListParams';
import { usePageTitle } from '../../../lib/usePageTitle';
import { planStatuses, usePlans, type PlanRow } from '../api/plans';
import { NewPlanForm } from './NewPlanForm';
import { PlanStatusBadge } from './PlanStatusBadge';

/** Community economic development plans: draft one for an area; the list searches, filters, sorts and pages. */
export function PlansPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('impact.plans.title'));
  const { query, setPage, setSort, setSearch, setFilters } = useListParams({
    sort: '-updatedAt',
    filters: ['area', 'status'],
  });
  const result = usePlans(query);
  const { data: areas } = useAreas();
  const language = i18n.resolvedLanguage ?? 'en';
  const columns: Column<PlanRow>[] = [
    {
      key: 'title',
      header: t('impact.plans.planTitle'),
      sortField: 'title',
      render: (p) => (
        <Anchor component={Link} to={`/impact/plans/${p.id}`}>
          {p.title}
        </Anchor>
      ),
    },
    { key: 'area', header: t('impact.plans.area'), render: (p) => p.area?.name ?? '—' },
    {
      key: 'status',
      header: t('impact.plans.statusLabel'),
      sortField: 'status',
      render: (p) => <PlanStatusBadge status={p.status} />,
    },
    {
      key: 'updated',
      header: t('impact.plans.updated'),
      sortField: 'updatedAt',
      render: (p) => formatDateTime(p.updatedAt, language),
    },
  ];
  const toolbar = (
    <>
      <FilterSelect
        label={t('impact.plans.area')}
        value={String(query.area ?? '')}
        options={(areas ?? []).map((a) => ({ value: a.slug, label: a.name }))}
        onChange={(v) => setFilters({ area: v })}
      />
      <FilterSelect
        label={t('impact.plans.statusLabel')}
        value={String(query.status ?? '')}
        options={planStatuses.map((s) => ({ value: s, label: t(`impact.plans.status.${s}`) }))}
        onChange={(v) => setFilters({ status: v })}
      />
    </>
  );
  return (
    <Stack gap="md">
      <Title order={1}>{t('impact.plans.title')}</Title>
      <Text c="dimmed">{t('impact.plans.intro')}</Text>
      <section aria-labelledby="new-plan">
        <Title order={2} size="h3" id="new-plan" mb="xs">
          {t('impact.plans.new')}
        </Title>
        <NewPlanForm />
      </section>
      <ListBody result={result}>
        {(data) => (
          <DataTable
            caption={t('impact.plans.caption')}
            columns={columns}
            rows={data.items}
            rowKey={(p) => p.id}
            total={data.total}
            page={query.page}
            pageSize={query.pageSize}
            onPageChange={setPage}
            sort={query.sort}
            onSortChange={setSort}
            search={{ value: query.q ?? '', onChange: setSearch }}
            toolbar={toolbar}
            loading={result.isFetching}
          />
        )}
      </ListBody>
    </Stack>
  );
}
