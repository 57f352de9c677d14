import { Alert, Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { DataTable, type Column } from '../../../components/DataTable';
import { ForbiddenPage } from '../../../components/ForbiddenPage';
import { ListBody } from '../../../components/ListBody';
import { isApiError, isForbiddenError } from '../../../lib/api';
import { can, useSignedInUser } from '../../../lib/session';
import { useListParams } from '../../../lib/useListParams';
import { usePageTitle } from '../../../lib/usePageTitle';
import { draftRoundupNow, useRoundups, type Roundup } from '../api/roundups';

/** The round-up archive; the Friday job drafts each week's, and the project manager can draft now. */
export function RoundupsPage() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const title = t('coordination.roundups.title');
  usePageTitle(title);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { query, setPage, setSort, setSearch } = useListParams({ sort: '-weekStart' });
  const result = useRoundups(query);
  const draft = useMutation({
    mutationFn: () => draftRoundupNow(),
    onSuccess: async ({ roundup }) => {
      await queryClient.invalidateQueries({ queryKey: ['roundups'] });
      void navigate(`/partnership/roundups/${encodeURIComponent(roundup.id)}`);
    },
  });
  if (isForbiddenError(result.error)) return <ForbiddenPage />;
  const columns: Column<Roundup>[] = [
    {
      key: 'weekStart',
      header: t('coordination.roundups.week'),
      sortField: 'weekStart',
      render: (r) => (
        <Anchor component={Link} to={`/partnership/roundups/${encodeURIComponent(r.id)}`} fz="inherit">
          {r.weekStart}
        </Anchor>
      ),
    },
    {
      key: 'status',
      header: t('coordination.roundups.status'),
      render: (r) => t(`coordination.roundupStatus.${r.status}`),
    },
    { key: 'sentAt', header: t('coordination.roundups.sentAt'), render: (r) => r.sentAt?.slice(0, 10) ?? '—' },
  ];
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{title}</Title>
        {can(user, 'roundups.manage') && (
          <Button onClick={() => draft.mutate()} loading={draft.isPending}>
            {t('coordination.roundups.draftNow')}
          </Button>
        )}
      </Group>
      <Text>{t('coordination.roundups.intro')}</Text>
      {draft.error && <Alert color="red">{isApiError(draft.error) ? draft.error.detail : String(draft.error)}</Alert>}
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
            minWidth={560}
          />
        )}
      </ListBody>
    </Stack>
  );
}
