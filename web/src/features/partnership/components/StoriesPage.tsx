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
import { consentLevels, storiesExportUrl, storyFilterKeys, storyKinds, useStories, type Story } from '../api/library';
import { useWorkPackages } from '../api/tasks';

/** The story library: case studies and quotes; a name shows only where the person's consent level allows it. */
export function StoriesPage() {
  const { t, i18n } = useTranslation();
  const user = useSignedInUser();
  const title = t('coordination.stories.title');
  usePageTitle(title);
  const { query, setPage, setSort, setSearch, setFilters } = useListParams({
    sort: '-createdAt',
    filters: storyFilterKeys,
  });
  const result = useStories(query);
  const { data: workPackages } = useWorkPackages();
  if (isForbiddenError(result.error)) return <ForbiddenPage />;
  const columns: Column<Story>[] = [
    {
      key: 'title',
      header: t('coordination.stories.storyTitle'),
      sortField: 'title',
      render: (s) => (
        <Anchor component={Link} to={`/partnership/stories/${encodeURIComponent(s.id)}`} fz="inherit">
          <bdi>{s.title}</bdi>
        </Anchor>
      ),
    },
    { key: 'kind', header: t('coordination.stories.kind'), render: (s) => t(`coordination.storyKind.${s.kind}`) },
    {
      key: 'person',
      header: t('coordination.stories.person'),
      render: (s) => (s.personName ? <bdi>{s.personName}</bdi> : t('coordination.stories.nameWithheld')),
    },
    {
      key: 'consent',
      header: t('coordination.stories.consentLevel'),
      render: (s) => <Badge variant="light">{t(`coordination.consentLevel.${s.consentLevel}`)}</Badge>,
    },
    { key: 'partner', header: t('coordination.stories.partner'), render: (s) => <bdi>{s.partner.name}</bdi> },
    {
      key: 'createdAt',
      header: t('coordination.stories.added'),
      sortField: 'createdAt',
      render: (s) => formatDate(s.createdAt.slice(0, 10), i18n.resolvedLanguage ?? 'en'),
    },
  ];
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{title}</Title>
        <Group>
          <Button component="a" variant="default" href={storiesExportUrl('partnership')}>
            {t('coordination.stories.exportPartnership')}
          </Button>
          <Button component="a" variant="default" href={storiesExportUrl('public')}>
            {t('coordination.stories.exportPublic')}
          </Button>
          {can(user, 'stories.manage') && (
            <Button component={Link} to="/partnership/stories/new">
              {t('coordination.stories.new')}
            </Button>
          )}
        </Group>
      </Group>
      <Text>{t('coordination.stories.intro')}</Text>
      <Group gap="md" align="flex-end">
        <FilterSelect
          label={t('coordination.stories.kind')}
          value={String(query.kind ?? '')}
          onChange={(kind) => setFilters({ kind })}
          options={storyKinds.map((k) => ({ value: k, label: t(`coordination.storyKind.${k}`) }))}
        />
        <FilterSelect
          label={t('coordination.stories.consentLevel')}
          value={String(query.consentLevel ?? '')}
          onChange={(consentLevel) => setFilters({ consentLevel })}
          options={consentLevels.map((c) => ({ value: c, label: t(`coordination.consentLevel.${c}`) }))}
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
            rowKey={(s) => s.id}
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
