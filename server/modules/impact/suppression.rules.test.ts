import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suppressTable, type PublishedTable } from './suppression.rules';

/**
 * The attacker: from the published table alone (cells, row and column totals, grand total), with exact rational
 * arithmetic, which withheld figures are fixed by the sums? For each withheld figure it also builds a different
 * table that publishes exactly the same figures and keeps every count non-negative: proof it cannot be worked out.
 */
type Q = { n: bigint; d: bigint };
const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? (a < 0n ? -a : a) : gcd(b, a % b));
const q = (n: bigint, d = 1n): Q => {
  const g = gcd(n, d) || 1n;
  const s = d < 0n ? -1n : 1n;
  return { n: (s * n) / g, d: (s * d) / g };
};
const sub = (a: Q, b: Q) => q(a.n * b.d - b.n * a.d, a.d * b.d);
const mul = (a: Q, b: Q) => q(a.n * b.n, a.d * b.d);
const div = (a: Q, b: Q) => q(a.n * b.d, a.d * b.n);
const zero = (a: Q) => a.n === 0n;

function attack(t: PublishedTable, truth: number[][]) {
  const r = t.cells.length;
  const c = t.cells[0]!.length;
  const grid = [...t.cells.map((row, i) => [...row, t.rowTotals[i]!]), [...t.columnTotals, t.total]];
  const real = truth.map((row) => [...row, row.reduce((s, v) => s + v, 0)]);
  real.push(Array.from({ length: c + 1 }, (_, j) => real.reduce((s, row) => s + row[j]!, 0)));
  const hidden: [number, number][] = [];
  grid.forEach((row, i) => row.forEach((v, j) => v === null && hidden.push([i, j])));
  const idx = (i: number, j: number) => hidden.findIndex(([a, b]) => a === i && b === j);
  const eqs: Q[][] = [];
  const line = (cellsOf: [number, number][], totalAt: [number, number]) => {
    const row = hidden.map(() => q(0n));
    for (const [i, j] of cellsOf) if (idx(i, j) >= 0) row[idx(i, j)] = q(1n);
    if (idx(...totalAt) >= 0) row[idx(...totalAt)] = q(-1n);
    eqs.push(row);
  };
  for (let i = 0; i <= r; i++)
    line(
      Array.from({ length: c }, (_, j) => [i, j]),
      [i, c],
    );
  for (let j = 0; j <= c; j++)
    line(
      Array.from({ length: r }, (_, i) => [i, j]),
      [r, j],
    );
  // reduced row echelon form
  const pivots: number[] = [];
  let rank = 0;
  for (let col = 0; col < hidden.length; col++) {
    const p = eqs.findIndex((row, i) => i >= rank && !zero(row[col]!));
    if (p < 0) continue;
    [eqs[rank], eqs[p]] = [eqs[p]!, eqs[rank]!];
    const f = eqs[rank]![col]!;
    eqs[rank] = eqs[rank]!.map((v) => div(v, f));
    for (let i = 0; i < eqs.length; i++)
      if (i !== rank && !zero(eqs[i]![col]!)) {
        const g = eqs[i]![col]!;
        eqs[i] = eqs[i]!.map((v, k) => sub(v, mul(g, eqs[rank]![k]!)));
      }
    pivots.push(col);
    rank++;
  }
  return hidden.map(([i, j], k) => {
    // a direction that keeps every published sum: free variable f = 1, pivots follow
    const pivotRow = pivots.indexOf(k);
    const free = pivotRow < 0 ? k : eqs[pivotRow]!.findIndex((v, f) => f !== k && !pivots.includes(f) && !zero(v));
    if (free < 0) return { at: [i, j], derivable: true };
    const v = hidden.map(() => q(0n));
    v[free] = q(1n);
    pivots.forEach((col, row) => (v[col] = sub(q(0n), eqs[row]![free]!)));
    const x = hidden.map(([a, b]) => q(BigInt(real[a]![b]!)));
    // the largest step that keeps every withheld figure non-negative, halved
    let step: Q | null = null;
    v.forEach((d, m) => {
      if (d.n < 0n) {
        const s = div(x[m]!, q(-d.n, d.d));
        if (!step || s.n * step.d < step.n * s.d) step = s;
      }
    });
    const eps = step ? mul(step, q(1n, 2n)) : q(1n);
    const other = x.map((xv, m) => q(xv.n * eps.d * v[m]!.d + eps.n * v[m]!.n * xv.d, xv.d * eps.d * v[m]!.d));
    const stillValid = other.every((o) => o.n >= 0n) && !zero(sub(other[k]!, x[k]!));
    return { at: [i, j], derivable: !stillValid };
  });
}

const table = fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 })).chain(([r, c]) =>
  fc.array(
    fc.array(fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 40 })), { minLength: c, maxLength: c }),
    {
      minLength: r,
      maxLength: r,
    },
  ),
);

describe('small-number and secondary suppression of a table with totals', () => {
  it('withholds 1 to 4 and whatever would let them be worked out', () => {
    const t = suppressTable(
      [
        [10, 3, 12],
        [8, 9, 20],
      ],
      5,
    );
    expect(t.cells[0]![1]).toBeNull();
    expect(
      t.cells.flat().filter((v) => v === null).length + t.rowTotals.filter((v) => v === null).length,
    ).toBeGreaterThan(1);
  });

  it('over random tables: no figure of 1 to 4 is shown, shown figures are true, and no withheld one can be derived', () => {
    fc.assert(
      fc.property(table, (cells) => {
        const t = suppressTable(cells, 5);
        const shown = [...t.cells.flat(), ...t.rowTotals, ...t.columnTotals, t.total];
        expect(shown.every((v) => v === null || v === 0 || v >= 5)).toBe(true);
        t.cells.forEach((row, i) => row.forEach((v, j) => v === null || expect(v).toBe(cells[i]![j])));
        for (const result of attack(t, cells))
          expect(result, `cell ${result.at} of ${JSON.stringify(cells)}`).toMatchObject({ derivable: false });
      }),
      { numRuns: 300 },
    );
  });

  it('the attacker does find a figure withheld on its own (primary suppression only)', () => {
    const naive: PublishedTable = {
      cells: [
        [10, null, 12],
        [8, 9, 20],
      ],
      rowTotals: [25, 37],
      columnTotals: [18, 12, 32],
      total: 62,
    };
    expect(
      attack(naive, [
        [10, 3, 12],
        [8, 9, 20],
      ]),
    ).toEqual([{ at: [0, 1], derivable: true }]);
  });
});
