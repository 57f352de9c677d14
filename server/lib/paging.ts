/** The list convention's shapes, shared by routes, services and repos. */
export interface ListQuery<S extends string = string> {
  page: number;
  pageSize: number;
  sort: S | `-${S}`;
  q?: string | undefined;
}

export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

export function parseSort<S extends string>(sort: S | `-${S}`): { field: S; direction: 'asc' | 'desc' } {
  return sort.startsWith('-')
    ? { field: sort.slice(1) as S, direction: 'desc' }
    : { field: sort as S, direction: 'asc' };
}
