import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable, type Column } from '../../../components/DataTable';
import { FilterSelect } from '../../../components/FilterSelect';
import { ListBody } from '../../../components/ListBody';
import { can, useSignedInUser } from '../../../lib/session';
import { useListParams } from '../../../lib/useListParams';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useMentors, type Mentor } from '../api/mentors';
import { moduleLabel, useProgrammes } from '../api/startups';
import { markets, mentorLanguages as languages } from './choices';
import { MentorForm } from './MentorForm';

/** Mentors recruited from partner companies: search, filters (sector, skill, language, status), sort, paging. */
export function MentorsPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const title = t('mentors.title');
  usePageTitle(title);
  const { query, setPage, setSort, setSearch, setFilters } = useListParams({
    sort: 'name',
    filters: ['sector', 'skill', 'language', 'status'],
  });
  const result = useMentors(query);
  const programmes = useProgrammes();
  const manage = can(useSignedInUser(), 'mentors.manage');
  const modules = programmes.data?.[0]?.modules ?? [];
  const columns: Column<Mentor>[] = [
    {
      key: 'name',
      header: t('mentors.name'),
      sortField: 'name',
      render: (m) => (
        <Anchor component={Link} to={`/enterprises/mentors/${m.id}`} fz="inherit">
          <bdi>{m.name}</bdi>
        </Anchor>
      ),
    },
    { key: 'partner', header: t('mentors.company'), render: (m) => <bdi>{m.partner.name}</bdi> },
    {
      key: 'skills',
      header: t('mentors.skills'),
      render: (m) => m.skills.map((s) => moduleLabel(programmes.data, s, lang)).join(', '),
    },
    { key: 'languages', header: t('mentors.languages'), render: (m) => m.languages.join(', ') },
    { key: 'hours', header: t('mentors.hours'), sortField: 'hoursPerMonth', render: (m) => m.hoursPerMonth },
    { key: 'mentees', header: t('mentors.mentees'), render: (m) => `${m.activeMentees} / ${m.maxMentees}` },
  ];
  return (
    <Stack gap="md">
      <Title order={1}>{title}</Title>
      {manage && programmes.data && (
        <Group>
          <MentorForm programmes={programmes.data} />
        </Group>
      )}
      <Text>{t('mentors.intro')}</Text>
      <Group align="flex-end">
        <FilterSelect
          label={t('mentors.sector')}
          value={String(query.sector ?? '')}
          onChange={(sector) => setFilters({ sector })}
          options={markets.map((m) => ({ value: m, label: t(`startups.markets.${m}`) }))}
        />
        <FilterSelect
          label={t('mentors.skill')}
          value={String(query.skill ?? '')}
          onChange={(skill) => setFilters({ skill })}
          options={modules.map((m) => ({ value: m.code, label: m.label[lang] ?? m.label.en ?? m.code }))}
        />
        <FilterSelect
          label={t('mentors.language')}
          value={String(query.language ?? '')}
          onChange={(language) => setFilters({ language })}
          options={languages.map((l) => ({ value: l, label: l }))}
        />
        <FilterSelect
          label={t('startups.status')}
          value={String(query.status ?? '')}
          onChange={(status) => setFilters({ status })}
          options={['active', 'paused'].map((s) => ({ value: s, label: t(`mentors.statuses.${s}`) }))}
        />
      </Group>
      <ListBody result={result}>
        {(data) => (
          <DataTable
            caption={title}
            columns={columns}
            rows={data.items}
            rowKey={(m) => m.id}
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
