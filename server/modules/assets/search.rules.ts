/** Search rules (pure): which types, how strict the trigram match is, and how results are ranked. */

export const searchTypes = ['macro_asset', 'opportunity', 'micro_asset', 'partner', 'area', 'occupation'] as const;
export type SearchType = (typeof searchTypes)[number];

/**
 * pg_trgm word_similarity a name must reach for `q <% name` (set per transaction). 0.4 lets one wrong letter
 * through in a 5-letter word ("nurce" ~ "nurse" = 0.5) and a dropped one in a longer word ("Ladywod" ~ 0.78),
 * while two unrelated words rarely share 40% of their trigrams.
 */
export const wordSimilarityThreshold = 0.4;

export const minQueryLength = 2;

/** A comma list of types, or why not; absent or empty means all. */
export function parseTypes(text: string | undefined): { types: SearchType[] } | { problem: string } {
  if (text === undefined || text.trim() === '') return { types: [...searchTypes] };
  const asked = [...new Set(text.split(',').map((t) => t.trim()))];
  const unknown = asked.filter((t) => !(searchTypes as readonly string[]).includes(t));
  if (unknown.length > 0) return { problem: `unknown type ${unknown.join(', ')}; types are ${searchTypes.join(', ')}` };
  return { types: asked as SearchType[] };
}

/**
 * One score in 0..1: mostly how well the query matches some word run of the title (typo-tolerant), partly how
 * close the whole title is to the query, so "Ladywood" the area ranks above "Ladywood community kitchen".
 */
export function rank(wordSimilarity: number, similarity: number): number {
  const clamp = (n: number) => Math.min(1, Math.max(0, Number.isFinite(n) ? n : 0));
  return Math.round((0.7 * clamp(wordSimilarity) + 0.3 * clamp(similarity)) * 1000) / 1000;
}

export interface Ranked {
  type: string;
  id: string;
  title: string;
  score: number;
}

/**
 * Best first across types; ties by type order, then title, then id. When several types have results, none
 * takes more than half the answer, so thirteen kinds of nurse do not crowd out the nurse vacancies.
 */
export function mergeResults<T extends Ranked>(lists: readonly (readonly T[])[], limit: number): T[] {
  const order = (t: string) => {
    const i = (searchTypes as readonly string[]).indexOf(t);
    return i < 0 ? searchTypes.length : i;
  };
  const nonEmpty = lists.filter((l) => l.length > 0);
  const perType = nonEmpty.length > 1 ? Math.max(1, Math.ceil(limit / 2)) : limit;
  const best = (l: readonly T[]) =>
    [...l].sort((a, b) => b.score - a.score || a.id.localeCompare(b.id)).slice(0, perType);
  return nonEmpty
    .flatMap(best)
    .sort(
      (a, b) =>
        b.score - a.score ||
        order(a.type) - order(b.type) ||
        a.title.localeCompare(b.title) ||
        a.id.localeCompare(b.id),
    )
    .slice(0, limit);
}

const humanise = (s: string) => s.replace(/_/g, ' ');

/** "vacancy · open · Sandwell and West Birmingham NHS Trust" */
export const subtitle = (...parts: (string | null | undefined)[]): string =>
  parts
    .filter((p): p is string => typeof p === 'string' && p !== '')
    .map(humanise)
    .join(' · ');
