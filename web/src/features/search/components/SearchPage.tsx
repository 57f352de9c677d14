import { Anchor, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PageLoader } from '../../../components/PageLoader';
import { QueryError } from '../../../components/QueryError';
import { valueLabel } from '../../../lib/labels';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useSearch } from '../api/search';
import { groupResults, resultHref } from './searchLinks';

/** /search?q=: every result, grouped by type, each linking to its page. */
export function SearchPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const result = useSearch(q, 50);
  usePageTitle(q ? t('search.titleFor', { q }) : t('search.title'));
  const groups = groupResults(q.trim().length >= 2 ? (result.data?.results ?? []) : []);

  return (
    <Stack gap="lg" maw={900}>
      <Title order={1}>{t('search.title')}</Title>
      <SearchForm key={q} initial={q} onSearch={(text) => setParams(text ? { q: text } : {})} />
      {result.error && <QueryError error={result.error} onRetry={() => void result.refetch()} />}
      {q.trim().length >= 2 && result.isPending && <PageLoader />}
      <div aria-live="polite">
        {q.trim().length >= 2 && result.data && (
          <Text>{t('search.summary', { count: result.data.results.length, q })}</Text>
        )}
      </div>
      {groups.map((group) => (
        <Stack key={group.type} component="section" gap="xs" aria-labelledby={`results-${group.type}`}>
          <Title order={2} size="h4" id={`results-${group.type}`}>
            {valueLabel(t, 'search.types', group.type)}
          </Title>
          <Stack component="ul" gap="xs" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {group.results.map((item) => (
              <li key={`${item.type}:${item.id}`}>
                <Anchor component={Link} to={resultHref(item)} fw={500} dir="auto">
                  {item.title}
                </Anchor>
                {item.subtitle && (
                  <Text size="sm" dir="auto">
                    {item.subtitle}
                  </Text>
                )}
              </li>
            ))}
          </Stack>
        </Stack>
      ))}
    </Stack>
  );
}

/** Keyed by the query, so a search started from the header refills the box. */
function SearchForm({ initial, onSearch }: { initial: string; onSearch: (text: string) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(initial);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSearch(text.trim());
  }

  return (
    <form role="search" onSubmit={handleSubmit} aria-label={t('search.label')}>
      <Group align="flex-end" gap="sm">
        <TextInput
          type="search"
          label={t('search.label')}
          description={t('search.hint')}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          style={{ flex: '1 1 16rem' }}
          dir="auto"
        />
        <Button type="submit">{t('search.submit')}</Button>
      </Group>
    </form>
  );
}
