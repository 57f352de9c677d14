/**
 * Resolves free text («طبيب أطفال», "pielęgniarka", "kichen porter") to occupations in the
 * taxonomy (taxonomies/occupations.json), with a confidence and the reason for it. Pure: the
 * caller loads the data, so the taxonomy can be updated without a release.
 */
import { dice, normaliseText, trigrams } from './occupations.text';

export { normaliseText } from './occupations.text';

export type OccupationSector = 'health' | 'care' | 'construction' | 'food' | 'creative' | 'retail' | 'other';
/** Statutory regulators. GOC (optical) is outside the pathway rules but regulates optometrists. */
export type OccupationRegulator = 'GMC' | 'NMC' | 'HCPC' | 'GPhC' | 'GDC' | 'GOC' | 'SWE';

export interface Occupation {
  code: string;
  isco08: string;
  soc2020: string;
  sector: OccupationSector;
  regulated: boolean;
  regulator: OccupationRegulator | null;
  /** Language code (en, ar, ur, pl, ro, fa, ...) to the preferred label; `en` is always present. */
  labels: { en: string } & Readonly<Record<string, string>>;
  synonyms: Readonly<Record<string, readonly string[]>>;
}

export interface OccupationMatch {
  code: string;
  isco08: string;
  soc2020: string;
  /** The English label. */
  label: string;
  confidence: number;
  /** The label or synonym that matched, as written in the taxonomy. */
  matched: string;
  language: string;
  reason: string;
}

export interface ResolveOptions {
  /** At most this many matches (default 5). */
  limit?: number;
  /** Drop matches below this confidence (default 0.3). */
  minConfidence?: number;
  /** Only match labels and synonyms in these languages (default: all). */
  languages?: readonly string[];
}

interface Words {
  norm: string;
  compact: string;
  tokens: string[];
  /** Trigrams of each token, for typo-tolerant word matching. */
  tokenGrams: Set<string>[];
  grams: Set<string>;
}

interface Term extends Words {
  occupation: Occupation;
  text: string;
  language: string;
  isLabel: boolean;
}

interface Query extends Words {
  windows: Map<number, Set<string>[]>;
}

interface Scored {
  confidence: number;
  reason: string;
}

interface Candidate {
  term: Term;
  scored: Scored;
}

/** Character trigram similarity below this is treated as no match at all. */
const MIN_SIMILARITY = 0.4;
/** Two words this similar (and at least four letters long) count as the same word misspelt. */
const MIN_WORD_SIMILARITY = 0.6;
/** Longest input considered; occupation names are short and this bounds the work per call. */
const MAX_INPUT = 200;

const indexes = new WeakMap<readonly Occupation[], Term[]>();

function words(text: string): Words {
  const norm = normaliseText(text);
  const tokens = norm.split(' ').filter((t) => t.length > 0);
  return { norm, compact: tokens.join(''), tokens, tokenGrams: tokens.map(trigrams), grams: trigrams(norm) };
}

/** Every label and synonym, normalised once per taxonomy array (the array is the cache key). */
function termsOf(occupations: readonly Occupation[]): Term[] {
  const cached = indexes.get(occupations);
  if (cached) return cached;
  const terms: Term[] = [];
  const add = (occupation: Occupation, language: string, text: string, isLabel: boolean) =>
    terms.push({ ...words(text), occupation, text, language, isLabel });
  for (const occupation of occupations) {
    for (const [language, label] of Object.entries(occupation.labels)) add(occupation, language, label, true);
    for (const [language, list] of Object.entries(occupation.synonyms)) {
      for (const text of list) add(occupation, language, text, false);
    }
  }
  const usable = terms.filter((t) => t.norm.length > 0);
  indexes.set(occupations, usable);
  return usable;
}

/** Trigram sets of every run of `size` consecutive query words, so "experienced kichen porter" can match "kitchen porter". */
function windowsOf(query: Query, size: number): Set<string>[] {
  const known = query.windows.get(size);
  if (known) return known;
  const sets: Set<string>[] = [];
  for (let i = 0; i + size <= query.tokens.length; i += 1) {
    sets.push(trigrams(query.tokens.slice(i, i + size).join(' ')));
  }
  query.windows.set(size, sets);
  return sets;
}

/**
 * How well every word of `inner` is found among the words of `outer`: 1 when all appear as they
 * are, less when some only appear misspelt, 0 when any is missing. Needs three letters in all.
 */
function coverage(inner: Words, outer: Words): number {
  if (inner.compact.length < 3) return 0;
  let total = 0;
  for (const [i, word] of inner.tokens.entries()) {
    let best = outer.tokens.includes(word) ? 1 : 0;
    if (best === 0 && Array.from(word).length >= 4) {
      for (const grams of outer.tokenGrams) best = Math.max(best, dice(inner.tokenGrams[i]!, grams));
    }
    if (best < MIN_WORD_SIMILARITY) return 0;
    total += best;
  }
  return total / inner.tokens.length;
}

function similarity(query: Query, term: Term): number {
  let best = dice(query.grams, term.grams);
  if (query.tokens.length > term.tokens.length) {
    for (const grams of windowsOf(query, term.tokens.length)) best = Math.max(best, 0.9 * dice(grams, term.grams));
  }
  return best;
}

function scoreTerm(query: Query, term: Term): Scored | null {
  if (query.norm === term.norm) return { confidence: 1, reason: 'exact match' };
  if (query.compact === term.compact) return { confidence: 0.95, reason: 'same words, different spacing' };
  const q = query.tokens.length;
  const t = term.tokens.length;
  const options: Scored[] = [];
  const inTerm = coverage(query, term);
  if (inTerm > 0) {
    const how = inTerm < 1 ? 'appear, some misspelt,' : 'appear';
    options.push({ confidence: (0.7 + (0.1 * q) / t) * inTerm, reason: `all words of the text ${how} in "${term.text}"` });
  }
  const inQuery = coverage(term, query);
  if (inQuery > 0) options.push({ confidence: (0.5 + (0.2 * t) / q) * inQuery, reason: `the text contains "${term.text}"` });
  const sim = similarity(query, term);
  if (sim >= MIN_SIMILARITY) {
    options.push({ confidence: 0.75 * sim, reason: `similar spelling to "${term.text}" (${Math.round(sim * 100)}%)` });
  }
  return options.reduce<Scored | null>((a, b) => (a && a.confidence >= b.confidence ? a : b), null);
}

/** Higher confidence first; on a tie a preferred label beats a synonym, then the code decides. */
function compareCandidates(a: Candidate, b: Candidate): number {
  return (
    b.scored.confidence - a.scored.confidence ||
    Number(b.term.isLabel) - Number(a.term.isLabel) ||
    a.term.occupation.code.localeCompare(b.term.occupation.code)
  );
}

function toMatch({ term, scored }: Candidate): OccupationMatch {
  const { code, isco08, soc2020, labels } = term.occupation;
  const confidence = Math.round(Math.min(1, Math.max(0, scored.confidence)) * 1000) / 1000;
  return { code, isco08, soc2020, label: labels.en, confidence, matched: term.text, language: term.language, reason: scored.reason };
}

/**
 * Ranks occupations for a piece of free text, best first: an exact (normalised) label or synonym
 * scores 1, all words contained about 0.8, otherwise a scaled character-trigram similarity, so
 * typos still resolve. Returns [] when nothing is close enough.
 */
export function resolveOccupation(
  text: string,
  occupations: readonly Occupation[],
  options: ResolveOptions = {},
): OccupationMatch[] {
  const { limit = 5, minConfidence = 0.3, languages } = options;
  const query: Query = { ...words(text.slice(0, MAX_INPUT)), windows: new Map() };
  if (query.norm.length === 0) return [];
  const best = new Map<string, Candidate>();
  for (const term of termsOf(occupations)) {
    if (languages && !languages.includes(term.language)) continue;
    const scored = scoreTerm(query, term);
    if (!scored || scored.confidence < minConfidence) continue;
    const candidate = { term, scored };
    const current = best.get(term.occupation.code);
    if (!current || compareCandidates(candidate, current) < 0) best.set(term.occupation.code, candidate);
  }
  return [...best.values()]
    .sort(compareCandidates)
    .slice(0, Math.max(0, limit))
    .map(toMatch);
}
