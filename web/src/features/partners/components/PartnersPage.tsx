import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DataTable, type Column } from '../../../components/DataTable';
import { ForbiddenPage } from '../../../components/ForbiddenPage';
import { ListBody } from '../../../components/ListBody';
import { isForbiddenError } from '../../../lib/api';
import { humanise } from '../../../lib/format';
import { useListParams } from '../../../lib/useListParams';
import { usePageTitle } from '../../../lib/usePageTitle';
import { usePartners, type Partner } from '../api/partners';

function websiteHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

export function PartnersPage() {
  const { t } = useTranslation();
  usePageTitle(t('partners.title'));
  const { query, setPage, setSort, setSearch } = useListParams({ sort: 'name' });
  const result = usePartners(query);
  if (isForbiddenError(result.error)) return <ForbiddenPage />;

  const columns: Column<Partner>[] = [
    { key: 'name', header: t('partners.name'), sortField: 'name', render: (partner) => partner.name },
    {
      key: 'kind',
      header: t('partners.kind'),
      sortField: 'kind',
      render: (partner) => t(`kinds.${partner.kind}`, { defaultValue: humanise(partner.kind) }),
    },
    {
      key: 'website',
      header: t('partners.website'),
      render: (partner) =>
        partner.website ? (
          <Anchor href={partner.website} target="_blank" rel="noopener noreferrer" dir="ltr" fz="inherit">
            {websiteHost(partner.website)}
          </Anchor>
        ) : (
          t('partners.noWebsite')
        ),
    },
  ];

  return (
    <Stack gap="md">
      <Title order={1}>{t('partners.title')}</Title>
      <Text>{t('partners.intro')}</Text>
      <ListBody result={result}>
        {(data) => (
          <DataTable
            caption={t('partners.caption')}
            columns={columns}
            rows={data.items}
            rowKey={(partner) => partner.id}
            total={data.total}
            page={query.page}
            pageSize={query.pageSize}
            onPageChange={setPage}
            sort={query.sort}
            onSortChange={setSort}
            search={{ value: query.q ?? '', onChange: setSearch }}
            loading={result.isFetching}
          />
        )}
      </ListBody>
    </Stack>
  );
}
