import { Anchor, List, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Pager } from '../../../components/Pager';
import { QueryError } from '../../../components/QueryError';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useDuplicatePairs } from '../api/duplicates';

const candidatePath = (id: string) => `/matching/candidates/${encodeURIComponent(id)}`;

/** Pairs of candidate records that are likely the same person, strongest first; each opens side by side. */
export function CandidateDuplicatesPage() {
  const { t } = useTranslation();
  const title = t('matchingDuplicates.title');
  usePageTitle(title);
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const { data, error } = useDuplicatePairs(page);
  if (error) return <QueryError error={error} />;
  return (
    <Stack gap="md">
      <Title order={1}>{title}</Title>
      <Text>{t('matchingDuplicates.intro')}</Text>
      {data && data.total === 0 && <Text>{t('matchingDuplicates.none')}</Text>}
      {data && data.total > 0 && (
        <Table.ScrollContainer minWidth={700}>
          <Table withTableBorder striped>
            <Table.Caption>{t('matchingDuplicates.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('matchingDuplicates.recordA')}</Table.Th>
                <Table.Th scope="col">{t('matchingDuplicates.recordB')}</Table.Th>
                <Table.Th scope="col">{t('matchingDuplicates.why')}</Table.Th>
                <Table.Th scope="col">{t('matchingDuplicates.action')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.items.map((p) => (
                <Table.Tr key={`${p.a.id}-${p.b.id}`}>
                  {[p.a, p.b].map((c) => (
                    <Table.Td key={c.id}>
                      <Anchor component={Link} to={candidatePath(c.id)}>
                        <bdi>{c.fullName}</bdi>
                      </Anchor>{' '}
                      <Text span size="sm" c="dimmed">
                        {c.reference}
                      </Text>
                    </Table.Td>
                  ))}
                  <Table.Td>
                    <List size="sm">
                      {p.reasons.map((r) => (
                        <List.Item key={r}>{r}</List.Item>
                      ))}
                    </List>
                  </Table.Td>
                  <Table.Td>
                    <Anchor
                      component={Link}
                      to={`${candidatePath(p.a.id)}/compare/${encodeURIComponent(p.b.id)}`}
                      aria-label={t('matchingDuplicates.compareNamed', { a: p.a.reference, b: p.b.reference })}
                    >
                      {t('matchingDuplicates.compare')}
                    </Anchor>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {data && (
        <Pager
          total={data.total}
          page={data.page}
          pageSize={data.pageSize}
          onPageChange={(p) => setParams(p > 1 ? { page: String(p) } : {})}
        />
      )}
    </Stack>
  );
}
