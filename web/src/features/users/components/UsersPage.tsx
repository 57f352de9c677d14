import { Badge, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DataTable, type Column } from '../../../components/DataTable';
import { ForbiddenPage } from '../../../components/ForbiddenPage';
import { ListBody } from '../../../components/ListBody';
import { isForbiddenError } from '../../../lib/api';
import { formatDate } from '../../../lib/format';
import { roleLabel } from '../../../lib/roles';
import { useListParams } from '../../../lib/useListParams';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useUsers, type UserRow } from '../api/users';

export function UsersPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('users.title'));
  const { query, setPage, setSort, setSearch } = useListParams({ sort: 'email' });
  const result = useUsers(query);
  if (isForbiddenError(result.error)) return <ForbiddenPage />;
  const language = i18n.resolvedLanguage ?? 'en';

  const columns: Column<UserRow>[] = [
    { key: 'name', header: t('users.name'), sortField: 'displayName', render: (user) => user.displayName },
    {
      key: 'email',
      header: t('users.email'),
      sortField: 'email',
      render: (user) => <span dir="ltr">{user.email}</span>,
    },
    { key: 'role', header: t('users.role'), sortField: 'role', render: (user) => roleLabel(t, user.role) },
    { key: 'partner', header: t('users.partner'), render: (user) => user.partner.name },
    {
      key: 'status',
      header: t('users.status'),
      render: (user) =>
        user.disabled ? (
          <Badge color="gray.8" variant="filled">
            {t('users.disabled')}
          </Badge>
        ) : (
          <Badge color="teal.9" variant="filled">
            {t('users.active')}
          </Badge>
        ),
    },
    {
      key: 'created',
      header: t('users.created'),
      sortField: 'createdAt',
      render: (user) => formatDate(user.createdAt, language),
    },
  ];

  return (
    <Stack gap="md">
      <Title order={1}>{t('users.title')}</Title>
      <ListBody result={result}>
        {(data) => (
          <DataTable
            caption={t('users.caption')}
            columns={columns}
            rows={data.items}
            rowKey={(user) => user.id}
            total={data.total}
            page={query.page}
            pageSize={query.pageSize}
            onPageChange={setPage}
            sort={query.sort}
            onSortChange={setSort}
            search={{ value: query.q ?? '', onChange: setSearch }}
            loading={result.isFetching}
            minWidth={760}
          />
        )}
      </ListBody>
    </Stack>
  );
}
