/** Searching, sorting and paging the duplicate pairs in the browser (the server sends them all at once). Pure. */
import type { DuplicatePair } from '../api/duplicates';

export const pairKey = (pair: Pick<DuplicatePair, 'a' | 'b'>) => `${pair.a.id}:${pair.b.id}`;

/** One reason a pair looks alike, as a translation key and its values. */
export type Reason = { key: 'similarName' | 'sameArea' | 'sameKind' | 'sameWebsite'; values: Record<string, string> };

/** The reasons rebuilt from the pair's data, so they can be said in the reader's language. */
export function reasonsOf(pair: DuplicatePair, percent: (n: number) => string): Reason[] {
  const reasons: Reason[] = [{ key: 'similarName', values: { percent: percent(pair.similarity) } }];
  if (pair.area) reasons.push({ key: 'sameArea', values: { area: pair.area.name } });
  if (pair.a.kind === pair.b.kind) reasons.push({ key: 'sameKind', values: {} });
  if (pair.why.some((why) => why.toLowerCase().includes('same website')))
    reasons.push({ key: 'sameWebsite', values: {} });
  return reasons;
}

type Query = { page: number; pageSize: number; sort?: string | undefined; q?: string | undefined };

/** Pairs whose names contain the search text, sorted by similarity (default, most alike first) or name. */
export function visiblePairs(items: DuplicatePair[], query: Query): { rows: DuplicatePair[]; total: number } {
  const q = (query.q ?? '').trim().toLocaleLowerCase();
  const found = q ? items.filter((p) => `${p.a.name}\n${p.b.name}`.toLocaleLowerCase().includes(q)) : [...items];
  const sort = query.sort || '-similarity';
  const descending = sort.startsWith('-');
  const field = descending ? sort.slice(1) : sort;
  const value = (p: DuplicatePair): number | string => (field === 'name' ? p.a.name.toLocaleLowerCase() : p.similarity);
  found.sort((x, y) => {
    const [a, b] = [value(x), value(y)];
    const order = a < b ? -1 : a > b ? 1 : 0;
    return descending ? -order : order;
  });
  const start = (query.page - 1) * query.pageSize;
  return { rows: found.slice(start, start + query.pageSize), total: found.length };
}
