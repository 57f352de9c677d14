import { Anchor, Button, Group, Paper, SegmentedControl, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { DataTable, type Column } from '../../../components/DataTable';
import { FilterSelect } from '../../../components/FilterSelect';
import { ForbiddenPage } from '../../../components/ForbiddenPage';
import { ListBody } from '../../../components/ListBody';
import { isForbiddenError } from '../../../lib/api';
import { useAreas } from '../../../lib/areas';
import { formatDate } from '../../../lib/format';
import { useListParams } from '../../../lib/useListParams';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useHealthOccupations } from '../../../lib/occupations';
import { pipelineStages } from '../api/candidates';
import { pipelineCsvUrl, pipelineFilterKeys, usePipeline, type PipelineItem } from '../api/pipeline';
import { StageMove } from './StageMove';

const nameLink = (c: PipelineItem) => (
  <Anchor component={Link} to={`/matching/candidates/${encodeURIComponent(c.id)}`} fz="inherit">
    <bdi>{c.fullName}</bdi>
  </Anchor>
);

/** A column per stage; a card moves with its stage select and button (keyboard and screen reader friendly). */
function Board({ items, counts }: { items: PipelineItem[]; counts: { stage: string; count: number }[] }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md">
      {pipelineStages.map((stage) => {
        const cards = items.filter((i) => i.stage === stage);
        const headingId = `stage-${stage}`;
        const total = counts.find((c) => c.stage === stage)?.count ?? 0;
        return (
          <Paper key={stage} withBorder p="sm" component="section" aria-labelledby={headingId} bg="gray.0">
            <Title order={2} size="h5" id={headingId} mb="xs">
              {t('matching.pipeline.column', { stage: t(`matching.stages.${stage}`), count: total })}
            </Title>
            {cards.length === 0 ? (
              <Text size="sm">{t('matching.pipeline.empty')}</Text>
            ) : (
              <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                {cards.map((c) => (
                  <Paper key={c.id} component="li" withBorder p="xs">
                    <Text fw={700}>{nameLink(c)}</Text>
                    <Text size="xs">{c.reference}</Text>
                    <StageMove id={c.id} name={c.fullName} stage={c.stage} compact />
                  </Paper>
                ))}
              </Stack>
            )}
          </Paper>
        );
      })}
    </SimpleGrid>
  );
}

/** The pipeline as a board or a table, with filters, search, paging and a CSV export. */
export function PipelinePage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const title = t('matching.pipeline.title');
  usePageTitle(title);
  const [params] = useSearchParams();
  const view = params.get('view') === 'table' ? 'table' : 'board';
  const { query, setPage, setSort, setSearch, setFilters } = useListParams({
    sort: 'stage',
    pageSize: view === 'board' ? 100 : 25,
    filters: pipelineFilterKeys,
  });
  const result = usePipeline(query);
  const { data: areas } = useAreas();
  const { data: occupations } = useHealthOccupations(lang);
  if (isForbiddenError(result.error)) return <ForbiddenPage />;
  const columns: Column<PipelineItem>[] = [
    { key: 'fullName', header: t('matching.candidate.name'), sortField: 'fullName', render: nameLink },
    { key: 'reference', header: t('matching.candidate.reference'), sortField: 'reference', render: (c) => c.reference },
    {
      key: 'stage',
      header: t('matching.candidate.stage'),
      sortField: 'stage',
      render: (c) => t(`matching.stages.${c.stage}`),
    },
    {
      key: 'since',
      header: t('matching.pipeline.since'),
      sortField: 'stageChangedAt',
      render: (c) => formatDate(c.stageChangedAt.slice(0, 10), lang),
    },
    { key: 'area', header: t('matching.candidate.area'), render: (c) => <bdi>{c.area?.name ?? '—'}</bdi> },
    {
      key: 'move',
      header: t('matching.pipeline.moveTo'),
      render: (c) => <StageMove id={c.id} name={c.fullName} stage={c.stage} compact />,
    },
  ];
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{title}</Title>
        <Button component="a" href={pipelineCsvUrl(query)} variant="default">
          {t('matching.pipeline.export')}
        </Button>
      </Group>
      <Text>{t('matching.pipeline.intro')}</Text>
      <Group gap="md" align="flex-end">
        <SegmentedControl
          aria-label={t('matching.pipeline.view')}
          value={view}
          onChange={(value) => setFilters({ view: value, pageSize: undefined })}
          data={[
            { value: 'board', label: t('matching.pipeline.board') },
            { value: 'table', label: t('matching.pipeline.table') },
          ]}
        />
        {view === 'table' && (
          <FilterSelect
            label={t('matching.candidate.stage')}
            value={String(query.stage ?? '')}
            onChange={(stage) => setFilters({ stage })}
            options={pipelineStages.map((s) => ({ value: s, label: t(`matching.stages.${s}`) }))}
          />
        )}
        <FilterSelect
          label={t('matching.candidate.occupation')}
          value={String(query.occupation ?? '')}
          onChange={(occupation) => setFilters({ occupation })}
          options={(occupations?.items ?? []).map((o) => ({ value: o.code, label: o.label }))}
        />
        <FilterSelect
          label={t('matching.candidate.area')}
          value={String(query.area ?? '')}
          onChange={(area) => setFilters({ area })}
          options={(areas ?? []).map((a) => ({ value: a.slug, label: a.name }))}
        />
      </Group>
      <ListBody result={result}>
        {(data) =>
          view === 'board' ? (
            <Board items={data.items} counts={result.data?.stages ?? []} />
          ) : (
            <DataTable
              caption={title}
              columns={columns}
              rows={data.items}
              rowKey={(c) => c.id}
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
          )
        }
      </ListBody>
    </Stack>
  );
}
