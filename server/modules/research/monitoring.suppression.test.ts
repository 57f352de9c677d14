import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suppressAgainstTotal } from './monitoring.suppression';

describe('suppressAgainstTotal', () => {
  it('hides a second cell when one hidden cell could be worked out from the published total', () => {
    // total 8 is public: 7 shown would give away the 1
    expect(suppressAgainstTotal([7, 1])).toEqual({ counts: [null, null], totalHidden: false });
    expect(suppressAgainstTotal([20, 9, 2])).toEqual({ counts: [20, null, null], totalHidden: false });
  });

  it('hides more cells until the hidden ones hold at least 5', () => {
    expect(suppressAgainstTotal([30, 6, 1, 1])).toEqual({ counts: [30, null, null, null], totalHidden: false });
    expect(suppressAgainstTotal([3, 3, 10])).toEqual({ counts: [null, null, 10], totalHidden: false });
  });

  it('leaves a breakdown without small cells alone, and zero stays zero', () => {
    expect(suppressAgainstTotal([5, 0, 12])).toEqual({ counts: [5, 0, 12], totalHidden: false });
    expect(suppressAgainstTotal([])).toEqual({ counts: [], totalHidden: false });
  });

  it('says the total must go when it is itself under 5', () => {
    expect(suppressAgainstTotal([3])).toEqual({ counts: [null], totalHidden: true });
    expect(suppressAgainstTotal([2, 1, 0])).toEqual({ counts: [null, null, 0], totalHidden: true });
  });

  it('never lets a hidden cell be derived from the total and the shown cells', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 40 }), { maxLength: 8 }), (counts) => {
        const { counts: out, totalHidden } = suppressAgainstTotal(counts);
        const hidden = counts.filter((_, i) => out[i] === null);
        // every cell of 1-4 is hidden; shown cells are exact
        counts.forEach((n, i) => {
          if (n > 0 && n < 5) expect(out[i]).toBeNull();
          if (out[i] !== null) expect(out[i]).toBe(n);
        });
        if (totalHidden) expect(counts.reduce((s, n) => s + n, 0)).toBeLessThan(5);
        else if (hidden.length > 0) {
          expect(hidden.length).toBeGreaterThanOrEqual(2);
          expect(hidden.reduce((s, n) => s + n, 0)).toBeGreaterThanOrEqual(5);
        }
      }),
    );
  });
});
