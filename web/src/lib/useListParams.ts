import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { ListQuery } from './list';

type Options = { sort?: string; pageSize?: number; filters?: readonly string[] };

function positiveInt(raw: string | null, fallback: number, max = Number.MAX_SAFE_INTEGER): number {
  const value = Number(raw);
  return Number.isInteger(value) && value >= 1 ? Math.min(value, max) : fallback;
}

/**
 * Paging, sort, search and filters live in the address bar so a list view can be bookmarked,
 * shared and restored with the back button.
 */
export function useListParams({ sort: defaultSort, pageSize: defaultPageSize = 25, filters = [] }: Options = {}) {
  const [params, setParams] = useSearchParams();
  const filterKey = filters.join(',');

  const query = useMemo<ListQuery>(() => {
    const result: ListQuery = {
      page: positiveInt(params.get('page'), 1),
      pageSize: positiveInt(params.get('pageSize'), defaultPageSize, 100),
      sort: params.get('sort') ?? defaultSort,
      q: params.get('q') ?? '',
    };
    for (const key of filterKey ? filterKey.split(',') : []) result[key] = params.get(key) ?? '';
    return result;
  }, [params, defaultPageSize, defaultSort, filterKey]);

  /** Any change other than the page itself starts again from page 1. */
  const update = useCallback(
    (changes: Record<string, string | number | undefined>) => {
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          for (const [key, value] of Object.entries(changes)) {
            if (value === undefined || value === '') next.delete(key);
            else next.set(key, String(value));
          }
          if (!('page' in changes)) next.delete('page');
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );

  return {
    query,
    setPage: useCallback((page: number) => update({ page: page === 1 ? undefined : page }), [update]),
    setSort: useCallback((sort: string) => update({ sort }), [update]),
    setSearch: useCallback((q: string) => update({ q }), [update]),
    setFilters: update,
  };
}
