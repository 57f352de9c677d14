import { describe, expect, it } from 'vitest';
import { listUrl, nextSort, parseSort } from './list';

describe('list helpers', () => {
  it('leaves empty values out of the URL', () => {
    expect(
      listUrl('/api/v1/audit', { page: 2, pageSize: 25, sort: '-at', q: '', action: undefined, actor: 'a@b.c' }),
    ).toBe('/api/v1/audit?page=2&pageSize=25&sort=-at&actor=a%40b.c');
  });

  it('reads the sort direction from the prefix', () => {
    expect(parseSort('-at')).toEqual({ field: 'at', direction: 'desc' });
    expect(parseSort('name')).toEqual({ field: 'name', direction: 'asc' });
    expect(parseSort(undefined)).toBeUndefined();
  });

  it('sorts a new column ascending, then toggles', () => {
    expect(nextSort('name', 'kind')).toBe('kind');
    expect(nextSort('kind', 'kind')).toBe('-kind');
    expect(nextSort('-kind', 'kind')).toBe('kind');
  });
});
