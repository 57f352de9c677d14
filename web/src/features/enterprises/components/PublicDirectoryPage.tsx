import { Anchor, Badge, Card, Group, Image, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FilterSelect } from '../../../components/FilterSelect';
import { ListBody } from '../../../components/ListBody';
import { Pager } from '../../../components/Pager';
import { SearchInput } from '../../../components/SearchInput';
import { useListParams } from '../../../lib/useListParams';
import { usePageTitle } from '../../../lib/usePageTitle';
import { labelIn, usePublicDirectory, useReference, type PublicEnterprise, type Reference } from '../api/directory';
import { logoUrl } from '../api/enterprises';

const filterKeys = ['market', 'area', 'legalForm'] as const;

/** Public, opt-in directory: buyers search "catering in Ladywood" and filter by market, ward and legal form. */
export function PublicDirectoryPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const title = t('enterprises.directory.title');
  usePageTitle(title);
  const { query, setPage, setSearch, setFilters } = useListParams({ pageSize: 20, filters: filterKeys });
  const { sort: _sort, ...directoryQuery } = query;
  const result = usePublicDirectory(directoryQuery);
  const { data: ref } = useReference();
  const options = (kind: 'markets' | 'legalForms') =>
    (ref?.[kind] ?? []).map((x) => ({ value: x.code, label: labelIn(ref, kind, x.code, lang) }));
  return (
    <Stack gap="md">
      <Title order={1}>{title}</Title>
      <Text>{t('enterprises.directory.intro')}</Text>
      <Anchor component={Link} to="/directory/statistics" w="fit-content">
        {t('baselineStudy.statsLink')}
      </Anchor>
      <Group gap="md" align="flex-end">
        <SearchInput label={t('enterprises.directory.search')} value={query.q ?? ''} onChange={setSearch} />
        <FilterSelect
          label={t('enterprises.fields.market')}
          value={String(query.market ?? '')}
          onChange={(market) => setFilters({ market })}
          options={options('markets')}
        />
        <FilterSelect
          label={t('enterprises.fields.area')}
          value={String(query.area ?? '')}
          onChange={(area) => setFilters({ area })}
          options={(ref?.areas ?? []).map((a) => ({ value: a.id, label: a.name }))}
        />
        <FilterSelect
          label={t('enterprises.fields.legalForm')}
          value={String(query.legalForm ?? '')}
          onChange={(legalForm) => setFilters({ legalForm })}
          options={options('legalForms')}
        />
      </Group>
      <ListBody result={result}>
        {(data) => (
          <Stack gap="md">
            {result.data?.area && !query.area && (
              <Text size="sm">{t('enterprises.directory.inArea', { area: result.data.area.name })}</Text>
            )}
            {data.items.length === 0 ? (
              <Text role="status">{t('enterprises.directory.none')}</Text>
            ) : (
              <SimpleGrid cols={{ base: 1, sm: 2 }} component="ul" style={{ listStyle: 'none', padding: 0 }}>
                {data.items.map((e) => (
                  <li key={e.id}>
                    <DirectoryCard e={e} ref_={ref} lang={lang} />
                  </li>
                ))}
              </SimpleGrid>
            )}
            <Pager total={data.total} page={query.page} pageSize={query.pageSize} onPageChange={setPage} />
          </Stack>
        )}
      </ListBody>
    </Stack>
  );
}

function DirectoryCard({ e, ref_, lang }: { e: PublicEnterprise; ref_: Reference | undefined; lang: string }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="md" component="article" aria-labelledby={`dir-${e.id}`} h="100%">
      <Stack gap={6}>
        <Group gap="sm" wrap="nowrap">
          {e.hasLogo && <Image src={logoUrl(e.id)} alt="" w={48} h={48} fit="contain" />}
          <Title order={2} size="h4" id={`dir-${e.id}`}>
            <bdi>{e.name}</bdi>
          </Title>
        </Group>
        <Group gap={4}>
          {e.markets.map((m) => (
            <Badge key={m} variant="light">
              {labelIn(ref_, 'markets', m, lang)}
            </Badge>
          ))}
        </Group>
        <Text size="sm">
          {labelIn(ref_, 'legalForms', e.legalForm, lang)}
          {e.area ? ` · ${e.area.name}` : ''}
        </Text>
        {e.productsServices && <Text>{e.productsServices}</Text>}
        {e.socialMission && (
          <Text size="sm">
            {t('enterprises.fields.socialMission')}: {e.socialMission}
          </Text>
        )}
        <Group gap="md">
          {e.website && (
            <Anchor href={e.website} target="_blank" rel="noopener noreferrer">
              {t('enterprises.fields.website')}
            </Anchor>
          )}
          {e.publicEmail && <Anchor href={`mailto:${e.publicEmail}`}>{e.publicEmail}</Anchor>}
        </Group>
      </Stack>
    </Card>
  );
}
