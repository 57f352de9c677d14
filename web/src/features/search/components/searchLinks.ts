import type { SearchResult } from '../api/search';

/** The order result groups are shown in, most used first. */
export const resultTypes = ['macro_asset', 'opportunity', 'partner', 'area', 'micro_asset', 'occupation'] as const;

/** Where a result leads in the web app (the API's own url may be an API path). */
export function resultHref(result: Pick<SearchResult, 'type' | 'id' | 'title'>): string {
  const id = encodeURIComponent(result.id);
  const q = encodeURIComponent(result.title);
  switch (result.type) {
    case 'macro_asset':
      return `/assets/macro-assets/${id}`;
    case 'opportunity':
      return `/assets/opportunities/${id}`;
    case 'partner':
      return `/partners?q=${q}`;
    case 'area':
      return `/assets/areas/${id}`;
    case 'micro_asset':
      return `/assets/micro-assets/${id}`;
    case 'occupation':
      return `/assets/opportunities?occupation=${id}`;
    default:
      return `/search?q=${q}`;
  }
}

export type ResultGroup = { type: string; results: SearchResult[] };

/** Results grouped by type in a fixed order, keeping the server's ranking within each group. */
export function groupResults(results: SearchResult[]): ResultGroup[] {
  const known: readonly string[] = resultTypes;
  const types = [...resultTypes, ...new Set(results.map((r) => r.type).filter((type) => !known.includes(type)))];
  return types
    .map((type) => ({ type, results: results.filter((result) => result.type === type) }))
    .filter((group) => group.results.length > 0);
}
