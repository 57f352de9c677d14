import type { ListQuery } from '../../../lib/list';
import { parseSort } from '../../../lib/list';
import { measureName, type Measure } from '../api/socialValue';

/**
 * The measures catalogue is one city's short list (tens), sent whole; search, the unit and in-use filters, sort
 * and paging are applied here, from the same address-bar query every other list uses.
 */
export function measuresPage(items: readonly Measure[], query: ListQuery, lang: string) {
  const words = String(query.q ?? '')
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean);
  const text = (m: Measure) => [m.code, m.description, ...Object.values(m.label)].join(' ').toLowerCase();
  const filtered = items.filter(
    (m) =>
      words.every((w) => text(m).includes(w)) &&
      (!query.unit || m.unit === query.unit) &&
      (!query.active || String(m.active) === query.active),
  );
  const sort = parseSort(query.sort);
  const key = (m: Measure) => (sort?.field === 'code' ? m.code : measureName(m, lang).toLowerCase());
  const sorted = sort
    ? [...filtered].sort((a, b) => key(a).localeCompare(key(b)) * (sort.direction === 'desc' ? -1 : 1))
    : filtered;
  const start = (query.page - 1) * query.pageSize;
  return { rows: sorted.slice(start, start + query.pageSize), total: filtered.length };
}

/** A new measure's code from its English name: lower case, underscores, starting with a letter. */
export const codeFrom = (name: string) =>
  name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^[^a-z]+|_+$/g, '')
    .slice(0, 40);
