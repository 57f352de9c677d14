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
import { formFilterKeys, formStatuses, useForms, type Form, type FormStatus } from '../api/forms';

const statusColour: Record<FormStatus, string> = { draft: 'gray.8', open: 'green.9', closed: 'red.9' };

export function FormStatusBadge({ status }: { status: FormStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={statusColour[status]} variant="filled" size="sm">
      {t(`research.statuses.${status}`)}
    </Badge>
  );
}

/** The questionnaires: every open and closed one, and drafts of the lead's partner. */
export function FormsPage() {
  const { t, i18n } = useTranslation();
  const user = useSignedInUser();
  const title = t('research.forms.title');
  usePageTitle(title);
  const { query, setPage, setSort, setSearch, setFilters } = useListParams({
    sort: '-createdAt',
    filters: formFilterKeys,
  });
  const result = useForms(query);
  if (isForbiddenError(result.error)) return <ForbiddenPage />;
  const language = i18n.resolvedLanguage ?? 'en';

  const columns: Column<Form>[] = [
    {
      key: 'title',
      header: t('research.form.title'),
      sortField: 'title',
      render: (form) => (
        <Anchor component={Link} to={`/research/forms/${encodeURIComponent(form.id)}`} fz="inherit">
          <bdi>{form.title}</bdi>
        </Anchor>
      ),
    },
    {
      key: 'status',
      header: t('research.form.status'),
      sortField: 'status',
      render: (form) => <FormStatusBadge status={form.status} />,
    },
    {
      key: 'version',
      header: t('research.form.version'),
      render: (form) => <bdi>{form.currentVersion?.version ?? '—'}</bdi>,
    },
    {
      key: 'languages',
      header: t('research.form.languages'),
      render: (form) => <bdi>{form.languages.join(', ') || '—'}</bdi>,
    },
    { key: 'partner', header: t('research.form.partner'), render: (form) => <bdi>{form.partner.name}</bdi> },
    {
      key: 'anonymous',
      header: t('research.form.anonymous'),
      render: (form) => (form.anonymous ? t('research.form.yes') : t('research.form.no')),
    },
    {
      key: 'createdAt',
      header: t('research.form.createdAt'),
      sortField: 'createdAt',
      render: (form) => formatDate(form.createdAt, language),
    },
  ];

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{title}</Title>
        <Group>
          {can(user, 'research.device-tokens.manage') && (
            <Button variant="default" component={Link} to="/research/device">
              {t('research.device.open')}
            </Button>
          )}
          {can(user, 'research.forms.manage') && (
            <Button component={Link} to="/research/forms/import">
              {t('research.forms.import')}
            </Button>
          )}
        </Group>
      </Group>
      <Text>{t('research.forms.intro')}</Text>
      <Group gap="md" align="flex-end">
        <FilterSelect
          label={t('research.form.status')}
          value={String(query.status ?? '')}
          onChange={(status) => setFilters({ status })}
          options={formStatuses.map((s) => ({ value: s, label: t(`research.statuses.${s}`) }))}
        />
      </Group>
      <ListBody result={result}>
        {(data) => (
          <DataTable
            caption={title}
            columns={columns}
            rows={data.items}
            rowKey={(form) => form.id}
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
