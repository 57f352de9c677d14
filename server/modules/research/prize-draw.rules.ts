import { createHash, createHmac } from 'node:crypto';

/**
 * The prize draw, as pure functions anyone can re-run:
 *   seed    = sha256(published seed phrase), hex
 *   entries = the distinct entry hashes, sorted
 *   winners = the `count` entries with the smallest sha256(seed + ":" + entryHash), ties by entry hash
 * Order of insertion cannot matter (every entry gets its own score), and the same seed and entries
 * always give the same winners.
 */

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

export const seedOf = (phrase: string): string => sha256(phrase);

/** One entry per person: a contact compared without case, spaces or punctuation around phone numbers. */
export function normaliseContact(contact: string): string {
  const c = contact.normalize('NFKC').trim().toLowerCase();
  if (c.includes('@')) return c.replace(/\s+/g, '');
  const digits = c.replace(/[\s().-]/g, '');
  // UK numbers: +44 7... and 07... are the same phone
  return digits.replace(/^\+44/, '0').replace(/^0044/, '0');
}

/** The entry hash stored and published: keyed, so a published list cannot be brute-forced back to phone numbers. */
export const entryHash = (key: Buffer, contact: string): string =>
  createHmac('sha256', key)
    .update(`prize-entry:${normaliseContact(contact)}`)
    .digest('hex');

export const drawScore = (seed: string, entry: string): string => sha256(`${seed}:${entry}`);

export function drawWinners(seed: string, entries: readonly string[], count: number): string[] {
  const distinct = [...new Set(entries)].sort();
  return distinct
    .map((entry) => ({ entry, score: drawScore(seed, entry) }))
    .sort((a, b) => (a.score < b.score ? -1 : a.score > b.score ? 1 : a.entry < b.entry ? -1 : 1))
    .slice(0, Math.max(0, count))
    .map((s) => s.entry);
}

export const sortedEntries = (entries: readonly string[]): string[] => [...new Set(entries)].sort();
