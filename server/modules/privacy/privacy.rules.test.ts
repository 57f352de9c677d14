import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suppressCells, suppressSmall } from './privacy.rules';

describe('small-cell suppression', () => {
  it('hides 1 to 4, keeps 0 and 5 or more', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 120].map(suppressSmall)).toEqual([0, null, null, null, null, 5, 6, 120]);
    fc.assert(
      fc.property(fc.nat(), (n) => {
        const shown = suppressSmall(n);
        expect(shown === null ? n >= 1 && n <= 4 : shown === n).toBe(true);
      }),
    );
  });

  it('shows a breakdown with nothing small as it is', () => {
    expect(
      suppressCells([
        { key: 'a', count: 5 },
        { key: 'b', count: 0 },
        { key: 'c', count: 9 },
      ]),
    ).toEqual({
      cells: [
        { key: 'a', count: 5 },
        { key: 'b', count: 0 },
        { key: 'c', count: 9 },
      ],
      total: 14,
    });
  });

  it('hides the total when a single hidden cell could be recovered from it', () => {
    const out = suppressCells([
      { key: 'a', count: 3 },
      { key: 'b', count: 7 },
      { key: 'c', count: 20 },
    ]);
    expect(out).toEqual({
      cells: [
        { key: 'a', count: null },
        { key: 'b', count: 7 },
        { key: 'c', count: 20 },
      ],
      total: null,
    });
    const two = suppressCells([
      { key: 'a', count: 3 },
      { key: 'b', count: 4 },
      { key: 'c', count: 20 },
    ]);
    expect(two.total).toBe(27);
  });

  it('hides the total when nothing else can protect a small cell', () => {
    expect(suppressCells([{ key: 'a', count: 4 }])).toEqual({ cells: [{ key: 'a', count: null }], total: null });
    expect(suppressCells([{ key: 'a', count: 5 }])).toEqual({ cells: [{ key: 'a', count: 5 }], total: 5 });
  });

  it('never lets a hidden cell be worked out from the total and the shown cells', () => {
    const cells = fc
      .array(fc.nat({ max: 30 }), { maxLength: 12 })
      .map((ns) => ns.map((count, i) => ({ key: i, count })));
    fc.assert(
      fc.property(cells, (input) => {
        const out = suppressCells(input);
        out.cells.forEach((c, i) => {
          // every small cell is hidden, and a shown cell is exact
          if (input[i]!.count >= 1 && input[i]!.count <= 4) expect(c.count).toBeNull();
          if (c.count !== null) expect(c.count).toBe(input[i]!.count);
        });
        const hidden = out.cells.flatMap((c, i) => (c.count === null ? [input[i]!.count] : []));
        if (out.total !== null && hidden.length > 0) {
          // more than one hidden cell, holding at least 5 between them (so none can be pinned down)
          expect(hidden.length).toBeGreaterThan(1);
          expect(hidden.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(5);
        }
        if (out.total !== null) expect(out.total).toBe(input.reduce((a, c) => a + c.count, 0));
      }),
    );
  });
});
