import { normaliseText } from './occupations.text';

/** Pure helpers for the occupations taxonomy: search text, labels, and error messages that name the bad entry. */

export interface TaxonomyTerms {
  labels: Record<string, string>;
  synonyms: Record<string, string[]>;
}

/**
 * Every label and synonym in every language, normalised the way the resolver normalises free text,
 * de-duplicated and joined by " | " (normalised text never contains "|", so a search cannot span two terms).
 */
export function searchText(terms: TaxonomyTerms): string {
  const all = [...Object.values(terms.labels), ...Object.values(terms.synonyms).flat()];
  const unique = new Set(all.map(normaliseText).filter((t) => t.length > 0));
  return [...unique].join(' | ');
}

/** The label in the caller's language, falling back to English, then to any label at all. */
export function labelIn(labels: Record<string, string>, lang: string): string {
  return labels[lang] ?? labels.en ?? Object.values(labels)[0] ?? '';
}

/** Codes that appear more than once, in first-seen order. */
export function duplicateCodes(codes: readonly string[]): string[] {
  const seen = new Set<string>();
  const dupes = new Set<string>();
  for (const code of codes) (seen.has(code) ? dupes : seen).add(code);
  return [...dupes];
}

/**
 * One line for a validation problem in a taxonomy file, naming the entry by index and, when it has
 * one, by code: `occupations[12] (nurse-adult): isco08: a 4-digit ISCO-08 code`.
 */
export function describeTaxonomyProblem(raw: unknown, path: readonly PropertyKey[], message: string): string {
  if (path[0] !== 'occupations' || typeof path[1] !== 'number') {
    return `${path.length ? `${path.map(String).join('.')}: ` : ''}${message}`;
  }
  const index = path[1];
  const entries = (raw as { occupations?: unknown[] }).occupations;
  const code = (entries?.[index] as { code?: unknown } | undefined)?.code;
  const named = typeof code === 'string' && code.length <= 80 ? ` (${code})` : '';
  const field = path.slice(2).map(String).join('.');
  return `occupations[${index}]${named}: ${field ? `${field}: ` : ''}${message}`;
}
