import { Anchor, Button, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable, type Column } from '../../../components/DataTable';
import { FilterSelect } from '../../../components/FilterSelect';
import { ListBody } from '../../../components/ListBody';
import { isApiError } from '../../../lib/api';
import { formatDate } from '../../../lib/format';
import { can, useSignedInUser } from '../../../lib/session';
import { useListParams } from '../../../lib/useListParams';
import { enrol, useWaitingList, waitingCsvUrl, type ProgrammeDetail, type WaitingEntry } from '../api/training';
import { PriorityExplanation } from './PriorityExplanation';

/** The waiting list in priority order; each place explained; enrol into a cohort with a free place. */
export function WaitingListSection({ programme }: { programme: ProgrammeDetail }) {
  const { t, i18n } = useTranslation();
  const user = useSignedInUser();
  const queryClient = useQueryClient();
  const { query, setPage, setSort, setSearch, setFilters } = useListParams({ sort: 'position', filters: ['funded'] });
  const result = useWaitingList(programme.slug, query);
  const open = programme.cohorts.filter((c) => c.status !== 'ended' && c.seatsLeft > 0);
  const [cohortId, setCohortId] = useState(open[0]?.id ?? '');
  const [enrolling, setEnrolling] = useState<string | null>(null);
  const doEnrol = useMutation({
    mutationFn: (candidateId: string) => enrol(cohortId, candidateId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['training'] }),
    onSettled: () => setEnrolling(null),
  });
  const language = i18n.resolvedLanguage ?? 'en';
  const title = t('training.waitingList');
  const columns: Column<WaitingEntry>[] = [
    { key: 'position', header: t('training.position'), sortField: 'position', render: (e) => e.position },
    {
      key: 'candidate',
      header: t('training.candidate'),
      render: (e) =>
        e.candidate ? (
          <bdi>
            {e.candidate.fullName} ({e.candidate.reference})
          </bdi>
        ) : (
          <Text size="sm" c="dimmed">
            {t('training.otherPartner')}
          </Text>
        ),
    },
    {
      key: 'joinedOn',
      header: t('training.joinedOn'),
      sortField: 'joinedOn',
      render: (e) => formatDate(e.joinedOn, language),
    },
    { key: 'score', header: t('training.score'), render: (e) => e.score },
    { key: 'why', header: t('training.why'), render: (e) => <PriorityExplanation parts={e.parts} /> },
  ];
  if (can(user, 'training.enrol'))
    columns.push({
      key: 'enrol',
      header: t('training.enrol'),
      render: (e) =>
        e.candidate && open.length > 0 ? (
          <Button
            size="xs"
            variant="light"
            loading={enrolling === e.id}
            onClick={() => {
              setEnrolling(e.id);
              doEnrol.mutate(e.candidate!.id);
            }}
            aria-label={t('training.enrolNamed', { name: e.candidate.fullName })}
          >
            {t('training.enrol')}
          </Button>
        ) : null,
    });
  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end">
        <Title order={2} size="h3">
          {title}
        </Title>
        <Anchor href={waitingCsvUrl(programme.slug, query)} download size="sm">
          {t('training.exportCsv')}
        </Anchor>
      </Group>
      {open.length > 0 && can(user, 'training.enrol') && (
        <NativeSelect
          label={t('training.enrolInto')}
          value={cohortId}
          onChange={(e) => setCohortId(e.currentTarget.value)}
          data={open.map((c) => ({
            value: c.id,
            label: `${c.name} (${t('training.seatsLeft', { count: c.seatsLeft })})`,
          }))}
          maw={420}
        />
      )}
      {doEnrol.isError && (
        <Text c="red.8" role="alert">
          {isApiError(doEnrol.error) ? doEnrol.error.detail : t('training.failed')}
        </Text>
      )}
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
            toolbar={
              <FilterSelect
                label={t('training.funded')}
                value={String(query.funded ?? '')}
                options={[
                  { value: 'true', label: t('training.fundedYes') },
                  { value: 'false', label: t('training.fundedNo') },
                ]}
                onChange={(funded) => setFilters({ funded })}
              />
            }
            loading={result.isFetching}
            minWidth={900}
          />
        )}
      </ListBody>
    </Stack>
  );
}
