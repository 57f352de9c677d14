import { ActionIcon, Combobox, Loader, Text, TextInput, useCombobox } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { valueLabel } from '../../../lib/labels';
import { useSearch } from '../api/search';
import { groupResults, resultHref } from './searchLinks';

export function SearchIcon() {
  return (
    <svg aria-hidden width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2">
      <circle cx="11" cy="11" r="7" />
      <path d="m20 20-4-4" />
    </svg>
  );
}

/**
 * The header's search box: an ARIA combobox whose suggestions are grouped by type. Arrow keys move through them,
 * Enter opens one, and Enter with none chosen opens the full results page.
 */
export function GlobalSearch() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const [value, setValue] = useState('');
  const [q] = useDebouncedValue(value.trim(), 250);
  const { data, isFetching } = useSearch(q, 8);
  const results = q.length >= 2 ? (data?.results ?? []) : [];
  const hrefs = new Map(results.map((result) => [`${result.type}:${result.id}`, resultHref(result)]));
  const allHref = `/search?q=${encodeURIComponent(value.trim())}`;

  function go(href: string) {
    combobox.closeDropdown();
    setValue('');
    void navigate(href);
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (value.trim()) go(allHref);
  }

  return (
    <form role="search" onSubmit={handleSubmit} aria-label={t('search.quickLabel')}>
      <Combobox
        store={combobox}
        onOptionSubmit={(key) => go(hrefs.get(key) ?? allHref)}
        position="bottom-end"
        width={360}
        // Inside the search landmark rather than a portal at the end of the page.
        withinPortal={false}
      >
        <Combobox.Target withExpandedAttribute>
          <TextInput
            type="search"
            aria-label={t('search.label')}
            placeholder={t('search.placeholder')}
            value={value}
            leftSection={<SearchIcon />}
            rightSection={isFetching && q.length >= 2 ? <Loader size={14} aria-hidden /> : null}
            onChange={(event) => {
              setValue(event.currentTarget.value);
              combobox.openDropdown();
              combobox.resetSelectedOption();
            }}
            onFocus={() => combobox.openDropdown()}
            onBlur={() => combobox.closeDropdown()}
            w={{ md: 220, lg: 280 }}
            size="sm"
          />
        </Combobox.Target>
        <Combobox.Dropdown hidden={value.trim().length < 2}>
          <Combobox.Options aria-label={t('search.suggestions')}>
            {groupResults(results).map((group) => (
              <Combobox.Group key={group.type} label={valueLabel(t, 'search.types', group.type)}>
                {group.results.map((result) => (
                  <Combobox.Option key={`${result.type}:${result.id}`} value={`${result.type}:${result.id}`}>
                    <Text size="sm" fw={500} dir="auto">
                      {result.title}
                    </Text>
                    {result.subtitle && (
                      <Text size="xs" c="dimmed" dir="auto">
                        {result.subtitle}
                      </Text>
                    )}
                  </Combobox.Option>
                ))}
              </Combobox.Group>
            ))}
            {results.length === 0 && !isFetching && <Combobox.Empty>{t('search.nothingFound')}</Combobox.Empty>}
            <Combobox.Option value="all">
              <Text size="sm" fw={700} c="indigo.9">
                {t('search.seeAll', { q: value.trim() })}
              </Text>
            </Combobox.Option>
          </Combobox.Options>
        </Combobox.Dropdown>
      </Combobox>
    </form>
  );
}

/** On narrow screens the header has room only for a button that opens the search page. */
export function SearchButton() {
  const { t } = useTranslation();
  return (
    <ActionIcon component={Link} to="/search" variant="default" size="lg" aria-label={t('search.open')}>
      <SearchIcon />
    </ActionIcon>
  );
}
