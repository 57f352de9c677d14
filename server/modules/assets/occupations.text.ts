/**
 * Text helpers for matching free-text occupation names written in Latin or Arabic script
 * (English, Polish, Romanian, Arabic, Urdu, Farsi). Pure: no I/O.
 */

/**
 * Code point ranges dropped after decomposition: Latin combining diacritics (accents, ogonek,
 * cedilla, comma below...), then Arabic-script tashkeel, Quranic marks, dagger alef and tatweel.
 * Marks of other scripts are kept: there they are vowels, not decoration.
 */
const DROPPED: ReadonlyArray<readonly [number, number]> = [
  [0x0300, 0x036f],
  [0x1ab0, 0x1aff],
  [0x1dc0, 0x1dff],
  [0x20d0, 0x20ff],
  [0xfe20, 0xfe2f],
  [0x0610, 0x061a],
  [0x0640, 0x0640],
  [0x064b, 0x065f],
  [0x0670, 0x0670],
  [0x06d6, 0x06dc],
  [0x06df, 0x06e8],
  [0x06ea, 0x06ed],
];

function dropped(ch: string): boolean {
  const cp = ch.codePointAt(0) ?? 0;
  return DROPPED.some(([from, to]) => cp >= from && cp <= to);
}

/**
 * Letters that NFKD leaves alone but people type interchangeably. Alef, yeh and heh variants
 * differ between Arabic, Farsi and Urdu keyboards; Polish ł has no decomposition.
 */
const FOLD: Readonly<Record<string, string>> = {
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ħ: 'h',
  ı: 'i',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ى: 'ي',
  ی: 'ي',
  ې: 'ي',
  ے: 'ي',
  ک: 'ك',
  ة: 'ه',
  ۀ: 'ه',
  ہ: 'ه',
  ۃ: 'ه',
  ھ: 'ه',
};

const NON_WORD = /[^\p{L}\p{N}\p{M}]+/u;

/**
 * Strips the Arabic definite article from a word («الطبيب» → «طبيب»), repeatedly, but never
 * leaves fewer than two letters, so short words keep their form and the result is stable.
 */
function stripArticle(word: string): string {
  let w = word;
  while (w.startsWith('ال') && w.length >= 4) w = w.slice(2);
  return w;
}

/**
 * Normalises text for comparison: compatibility-decomposed and lower-cased, Latin diacritics
 * and Arabic tashkeel/tatweel removed, letter variants folded, a leading «ال» dropped per word,
 * and any run of punctuation or whitespace turned into one space. Idempotent.
 */
export function normaliseText(text: string): string {
  const decomposed = text.normalize('NFKD').toLowerCase().normalize('NFKD').toLowerCase();
  const folded = Array.from(decomposed, (ch) => (dropped(ch) ? '' : (FOLD[ch] ?? ch))).join('');
  return folded
    .split(NON_WORD)
    .filter((w) => w.length > 0)
    .map(stripArticle)
    .join(' ');
}

/** Character 3-grams of normalised text, each word padded as PostgreSQL's pg_trgm does. */
export function trigrams(normalised: string): Set<string> {
  const grams = new Set<string>();
  for (const word of normalised.split(' ')) {
    if (word.length === 0) continue;
    const chars = Array.from(`  ${word} `);
    for (let i = 0; i + 3 <= chars.length; i += 1) grams.add(chars.slice(i, i + 3).join(''));
  }
  return grams;
}

/** Dice coefficient of two trigram sets: 1 for identical sets, 0 for disjoint ones. */
export function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const g of a) if (b.has(g)) shared += 1;
  return (2 * shared) / (a.size + b.size);
}

/** A normalised piece of text, prepared once for the comparisons below. */
export interface Words {
  norm: string;
  /** The words run together, so "mid wife" meets "midwife". */
  compact: string;
  tokens: string[];
  /** Trigrams of each word, for typo-tolerant word matching. */
  tokenGrams: Set<string>[];
  grams: Set<string>;
  /** The most trigrams any one word has. */
  largest: number;
}

/** Two words this similar (and at least four letters long) count as the same word misspelt. */
const MIN_WORD_SIMILARITY = 0.6;

export function words(text: string): Words {
  const norm = normaliseText(text);
  const tokens = norm.length > 0 ? norm.split(' ') : [];
  const tokenGrams = tokens.map(trigrams);
  const largest = tokenGrams.reduce((most, grams) => Math.max(most, grams.size), 0);
  return { norm, compact: tokens.join(''), tokens, tokenGrams, grams: trigrams(norm), largest };
}

/** Similarity of two words' trigram sets; skips counting when their sizes alone rule out a match. */
function wordSimilarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const ceiling = (2 * Math.min(a.size, b.size)) / (a.size + b.size);
  return ceiling < MIN_WORD_SIMILARITY ? 0 : dice(a, b);
}

/**
 * How many words of `inner` are found among the words of `outer`, counting a misspelt word by
 * its similarity; 0 when any word is missing. Needs three letters in all.
 */
export function coverage(inner: Words, outer: Words): number {
  if (inner.compact.length < 3) return 0;
  let total = 0;
  for (let i = 0; i < inner.tokens.length; i += 1) {
    const word = inner.tokens[i]!;
    let best = outer.tokens.includes(word) ? 1 : 0;
    if (best === 0 && word.length >= 4) {
      for (const grams of outer.tokenGrams) best = Math.max(best, wordSimilarity(inner.tokenGrams[i]!, grams));
    }
    if (best < MIN_WORD_SIMILARITY) return 0;
    total += best;
  }
  return total;
}
