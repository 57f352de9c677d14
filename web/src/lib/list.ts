import { z } from 'zod';

/** Every list endpoint answers { items, page, pageSize, total }. */
export function listSchema<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    page: z.number().int(),
    pageSize: z.number().int(),
    total: z.number().int(),
  });
}

export type ListResult<T> = { items: T[]; page: number; pageSize: number; total: number };

/** page and pageSize are numbers; sort is a field name, '-' prefixed for descending; other keys are filters. */
export type ListQuery = {
  page: number;
  pageSize: number;
  sort?: string | undefined;
  q?: string | undefined;
  [filter: string]: string | number | undefined;
};

/** Builds "/api/v1/x?page=1&..." leaving out empty values so URLs stay short and cache keys stable. */
export function listUrl(path: string, query: ListQuery): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === '') continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

export type SortState = { field: string; direction: 'asc' | 'desc' };

export function parseSort(sort: string | undefined): SortState | undefined {
  if (!sort) return undefined;
  return sort.startsWith('-') ? { field: sort.slice(1), direction: 'desc' } : { field: sort, direction: 'asc' };
}

export function formatSort(state: SortState): string {
  return state.direction === 'desc' ? `-${state.field}` : state.field;
}

/** Clicking a header sorts ascending first, then toggles. */
export function nextSort(current: string | undefined, field: string): string {
  const parsed = parseSort(current);
  if (parsed?.field !== field) return field;
  return formatSort({ field, direction: parsed.direction === 'asc' ? 'desc' : 'asc' });
}
