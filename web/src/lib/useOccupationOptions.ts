import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useOccupationSearch } from './occupations';

export type OccupationRef = { code: string; label: string };

/**
 * Options for an occupation picker: the server's matches for what was typed, plus the occupations already chosen
 * (so their labels stay known when they are not among the matches).
 */
export function useOccupationOptions(search: string, chosen: OccupationRef[]) {
  const { i18n } = useTranslation();
  const [q] = useDebouncedValue(search.trim(), 250);
  const result = useOccupationSearch(q, i18n.resolvedLanguage ?? 'en');
  const found = result.data?.items ?? [];
  // A chosen code known only by its code (from the address bar) takes its label from the matches when it can.
  const options = chosen.map((option) => found.find((item) => item.code === option.code) ?? option);
  for (const item of found) {
    if (!options.some((option) => option.code === item.code)) options.push({ code: item.code, label: item.label });
  }
  return {
    data: options.map((option) => ({ value: option.code, label: option.label })),
    labelOf: (code: string) => options.find((option) => option.code === code)?.label ?? code,
    loading: result.isFetching,
  };
}
