/**
 * Resolves free text («طبيب أطفال», "pielęgniarka", "kichen porter") to occupations in the
 * taxonomy (taxonomies/occupations.json), with a confidence and the reason for it. Pure: the
 * caller loads the data, so the taxonomy can be updated without a release.
 */
import { coverage, words, type Words } from './occupations.text';

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

interface Term extends Words {
  occupation: Occupation;
  text: string;
  language: string;
  isLabel: boolean;
}

interface Index {
  terms: Term[];
  /** Trigram to the terms containing it, so a query only looks at terms it shares letters with. */
  byGram: Map<string, number[]>;
}

type Kind = 'exact' | 'spacing' | 'words-in-term' | 'term-in-text' | 'spelling';

interface Candidate {
  term: Term;
  confidence: number;
  kind: Kind;
  /** For word matches: whether some words only matched misspelt; for spelling: the similarity. */
  detail: number;
}

/** Character trigram similarity below this is treated as no match at all. */
const MIN_SIMILARITY = 0.4;
/** Longest input considered; occupation names are short and this bounds the work per call. */
const MAX_INPUT = 200;

const indexes = new WeakMap<readonly Occupation[], Index>();

/** Every label and synonym, normalised once per taxonomy array (the array is the cache key). */
function indexOf(occupations: readonly Occupation[]): Index {
  const cached = indexes.get(occupations);
  if (cached) return cached;
  const terms: Term[] = [];
  const add = (occupation: Occupation, language: string, text: string, isLabel: boolean) => {
    const prepared = words(text);
    if (prepared.norm.length > 0) terms.push({ ...prepared, occupation, text, language, isLabel });
  };
  for (const occupation of occupations) {
    for (const [language, label] of Object.entries(occupation.labels)) add(occupation, language, label, true);
    for (const [language, list] of Object.entries(occupation.synonyms)) {
      for (const text of list) add(occupation, language, text, false);
    }
  }
  const byGram = new Map<string, number[]>();
  for (const [i, term] of terms.entries()) {
    for (const gram of term.grams) {
      const list = byGram.get(gram);
      if (list) list.push(i);
      else byGram.set(gram, [i]);
    }
  }
  const index = { terms, byGram };
  indexes.set(occupations, index);
  return index;
}

/** Terms sharing at least one trigram with the query, with how many they share. */
function sharedGrams(query: Words, index: Index): Map<number, number> {
  const shared = new Map<number, number>();
  for (const gram of query.grams) {
    for (const i of index.byGram.get(gram) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
  }
  return shared;
}

/** The best of: exact, same words spaced differently, all words contained either way, similar spelling. */
function scoreTerm(query: Words, term: Term, shared: number): Candidate | null {
  if (query.norm === term.norm) return { term, confidence: 1, kind: 'exact', detail: 0 };
  if (query.compact === term.compact) return { term, confidence: 0.95, kind: 'spacing', detail: 0 };
  // Skip hopeless terms cheaply: a word match shares over a third of that word's trigrams
  // (Dice 0.6), a spelling match a fifth of all trigrams (Dice 0.4).
  const allGrams = query.grams.size + term.grams.size;
  if (shared < Math.min(0.3 * query.largest, 0.3 * term.largest, 0.2 * allGrams)) return null;
  const similarity = (2 * shared) / allGrams;
  const q = query.tokens.length;
  const t = term.tokens.length;
  let best: Candidate | null = null;
  const offer = (confidence: number, kind: Kind, detail: number) => {
    if (!best || confidence > best.confidence) best = { term, confidence, kind, detail };
  };
  const inTerm = coverage(query, term);
  if (inTerm > 0) offer(((0.7 + (0.1 * Math.min(q, t)) / t) * inTerm) / q, 'words-in-term', Number(inTerm < q));
  // Words of the text that the term does not explain lower the score; misspelt ones a little.
  const inText = coverage(term, query);
  if (inText > 0) offer(0.45 + (0.3 * Math.min(inText, q)) / q, 'term-in-text', Number(inText < t));
  if (similarity >= MIN_SIMILARITY) offer(0.75 * similarity, 'spelling', similarity);
  return best;
}

function reasonFor({ term, kind, detail }: Candidate): string {
  const quoted = `"${term.text}"`;
  switch (kind) {
    case 'exact':
      return 'exact match';
    case 'spacing':
      return 'same words, different spacing';
    case 'words-in-term':
      return `all words of the text ${detail ? 'appear, some misspelt,' : 'appear'} in ${quoted}`;
    case 'term-in-text':
      return `the text contains ${quoted}${detail ? ', some words misspelt' : ''}`;
    case 'spelling':
      return `similar spelling to ${quoted} (${Math.round(detail * 100)}%)`;
  }
}

/** Higher confidence first; on a tie a preferred label beats a synonym, then the code decides. */
function compareCandidates(a: Candidate, b: Candidate): number {
  return (
    b.confidence - a.confidence ||
    Number(b.term.isLabel) - Number(a.term.isLabel) ||
    a.term.occupation.code.localeCompare(b.term.occupation.code)
  );
}

function toMatch(candidate: Candidate): OccupationMatch {
  const { term } = candidate;
  const { code, isco08, soc2020, labels } = term.occupation;
  const confidence = Math.round(Math.min(1, Math.max(0, candidate.confidence)) * 1000) / 1000;
  const reason = reasonFor(candidate);
  return { code, isco08, soc2020, label: labels.en, confidence, matched: term.text, language: term.language, reason };
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
  const query = words(text.slice(0, MAX_INPUT));
  if (query.norm.length === 0) return [];
  const index = indexOf(occupations);
  const best = new Map<string, Candidate>();
  for (const [i, shared] of sharedGrams(query, index)) {
    const term = index.terms[i]!;
    if (languages && !languages.includes(term.language)) continue;
    const candidate = scoreTerm(query, term, shared);
    if (!candidate || candidate.confidence < minConfidence) continue;
    const current = best.get(term.occupation.code);
    if (!current || compareCandidates(candidate, current) < 0) best.set(term.occupation.code, candidate);
  }
  return [...best.values()].sort(compareCandidates).slice(0, Math.max(0, limit)).map(toMatch);
}
