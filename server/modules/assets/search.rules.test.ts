import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeResults, parseTypes, rank, subtitle } from './search.rules';

describe('search rules', () => {
  it('scores in 0..1, rising with either similarity', () => {
    const s = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(
      fc.property(s, s, s, (a, b, c) => {
        const r = rank(a, b);
        expect(r).toBeGreaterThanOrEqual(0);
        expect(r).toBeLessThanOrEqual(1);
        if (c >= a) expect(rank(c, b)).toBeGreaterThanOrEqual(r);
        if (c >= b) expect(rank(a, c)).toBeGreaterThanOrEqual(r);
      }),
    );
    expect(rank(Number.NaN, 2)).toBe(0.3);
  });

  it('ranks the whole-name match above a longer name with the same word', () => {
    expect(rank(1, 1)).toBeGreaterThan(rank(1, 0.35));
  });

  it('merges lists best first, cut to the limit', () => {
    const r = (type: string, id: string, score: number) => ({ type, id, title: id, score });
    const merged = mergeResults([[r('area', 'a', 0.9), r('area', 'b', 0.2)], [r('macro_asset', 'm', 0.9)], []], 2);
    expect(merged.map((m) => m.id)).toEqual(['m', 'a']);
  });

  it('lets no type take more than half the answer when several have results', () => {
    const many = Array.from({ length: 10 }, (_, i) => ({
      type: 'occupation',
      id: `o${i}`,
      title: `o${i}`,
      score: 0.9,
    }));
    const few = [{ type: 'opportunity', id: 'v', title: 'v', score: 0.3 }];
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), (limit) => {
        const merged = mergeResults([many, few], limit);
        expect(merged.length).toBeLessThanOrEqual(limit);
        expect(merged.filter((m) => m.type === 'occupation').length).toBeLessThanOrEqual(Math.ceil(limit / 2));
        if (limit >= 2) expect(merged.map((m) => m.id)).toContain('v');
      }),
    );
    expect(mergeResults([many], 4)).toHaveLength(4);
  });

  it('reads types and names unknown ones', () => {
    expect(parseTypes('area, partner')).toEqual({ types: ['area', 'partner'] });
    expect(parseTypes('resident')).toEqual({ problem: expect.stringContaining('resident') });
    expect(subtitle('training_place', null, 'Trust')).toBe('training place · Trust');
  });
});
