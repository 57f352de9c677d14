/**
 * Text helpers for matching free-text occupation names written in Latin or Arabic script
 * (English, Polish, Romanian, Arabic, Urdu, Farsi). Pure: no I/O.
 */

/** Combining marks of Latin-script text (accents, ogonek, cedilla, comma below...). */
const LATIN_MARKS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;
/** Arabic-script tashkeel, Quranic marks, dagger alef and tatweel (U+0640). */
const ARABIC_MARKS = /[\u0610-\u061a\u0640\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed]/g;

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
  const bare = decomposed.replace(LATIN_MARKS, '').replace(ARABIC_MARKS, '');
  const folded = Array.from(bare, (ch) => FOLD[ch] ?? ch).join('');
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
