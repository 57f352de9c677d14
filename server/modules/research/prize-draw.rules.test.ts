import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drawScore, drawWinners, entryHash, normaliseContact, seedOf, sortedEntries } from './prize-draw.rules';

const hex64 = fc.uint8Array({ minLength: 32, maxLength: 32 }).map((b) => Buffer.from(b).toString('hex'));
const key = Buffer.alloc(32, 9);

describe('prize draw rules', () => {
  it('derives the seed as sha256 of the published phrase', () => {
    const phrase = 'Birmingham Mail front page, 1 December 2026';
    expect(seedOf(phrase)).toBe(createHash('sha256').update(phrase).digest('hex'));
  });

  it('picks the entries with the smallest sha256(seed:entry), re-checkable by hand', () => {
    const seed = seedOf('fictional seed phrase');
    const entries = ['a'.repeat(64), 'b'.repeat(64), 'c'.repeat(64), 'd'.repeat(64)];
    const byScore = [...entries].sort((x, y) => (drawScore(seed, x) < drawScore(seed, y) ? -1 : 1));
    expect(drawWinners(seed, entries, 2)).toEqual(byScore.slice(0, 2));
    expect(drawWinners(seed, entries, 10)).toEqual(byScore);
    expect(drawWinners(seed, entries, 0)).toEqual([]);
  });

  it('property: same seed and entries give the same winners, whatever the order entries arrived in', () => {
    fc.assert(
      fc.property(
        hex64,
        fc.uniqueArray(hex64, { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 1, max: 10 }),
        (seed, entries, n) => {
          const shuffled = [...entries].reverse();
          const duplicated = [...entries, ...entries.slice(0, 3)];
          const winners = drawWinners(seed, entries, n);
          expect(drawWinners(seed, shuffled, n)).toEqual(winners);
          expect(drawWinners(seed, duplicated, n)).toEqual(winners);
          expect(winners).toHaveLength(Math.min(n, entries.length));
          expect(new Set(winners).size).toBe(winners.length);
          for (const w of winners) expect(entries).toContain(w);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('property: a different seed usually gives a different order (not a fixed ranking)', () => {
    const entries = Array.from({ length: 20 }, (_, i) => createHash('sha256').update(`entry ${i}`).digest('hex'));
    const firsts = new Set(Array.from({ length: 30 }, (_, i) => drawWinners(seedOf(`seed ${i}`), entries, 1)[0]));
    expect(firsts.size).toBeGreaterThan(5);
  });

  it('one entry per person: contacts compare without case, spacing or the +44 prefix', () => {
    expect(normaliseContact(' Amina@Example.INVALID ')).toBe('amina@example.invalid');
    expect(normaliseContact('+44 7700 900123')).toBe(normaliseContact('07700-900-123'));
    expect(entryHash(key, '07700 900123')).toBe(entryHash(key, '+447700900123'));
    expect(entryHash(key, '07700 900123')).not.toBe(entryHash(key, '07700 900124'));
    expect(entryHash(key, 'x@example.invalid')).not.toBe(entryHash(Buffer.alloc(32, 1), 'x@example.invalid'));
    expect(sortedEntries(['b', 'a', 'b'])).toEqual(['a', 'b']);
  });
});
