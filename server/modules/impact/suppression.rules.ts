/**
 * Small-number and secondary suppression for a published table with row, column and grand totals (DESIGN.md §6).
 * Primary: every cell or total of 1 to threshold - 1 (the privacy module's 5: 1 to 4) is withheld. Secondary: while any withheld figure could be worked out
 * exactly from the published ones (it is fixed by the row and column sums), withhold one more: the smallest
 * positive figure shown in the same row or column. Only positive figures are ever withheld, so every withheld
 * figure can move a little either way without breaking any published total: none can be worked out.
 */
export interface PublishedTable {
  cells: (number | null)[][];
  rowTotals: (number | null)[];
  columnTotals: (number | null)[];
  total: number | null;
}

type Pos = [number, number];

/** The table with its margins: rows×columns of cells, a totals column on the right and a totals row below. */
function extend(cells: readonly (readonly number[])[], columns: number): number[][] {
  const rows = cells.map((r) => [...r, r.reduce((s, v) => s + v, 0)]);
  const totals = Array.from({ length: columns + 1 }, (_, j) => rows.reduce((s, r) => s + r[j]!, 0));
  return [...rows, totals];
}

/** The sum constraints of the extended table, each a list of [position, coefficient]. */
function constraints(r: number, c: number): [Pos, number][][] {
  const eqs: [Pos, number][][] = [];
  for (let i = 0; i <= r; i++)
    eqs.push([...Array.from({ length: c }, (_, j) => [[i, j] as Pos, 1] as [Pos, number]), [[i, c], -1]]);
  for (let j = 0; j <= c; j++)
    eqs.push([...Array.from({ length: r }, (_, i) => [[i, j] as Pos, 1] as [Pos, number]), [[r, j], -1]]);
  return eqs;
}

/** Hidden positions fixed by the published sums: their unit vector lies in the row space of the hidden columns. */
export function determined(r: number, c: number, hidden: readonly Pos[]): Pos[] {
  const index = new Map(hidden.map((p, k) => [`${p[0]},${p[1]}`, k]));
  const m = constraints(r, c)
    .map((eq) => {
      const row = new Array<number>(hidden.length).fill(0);
      for (const [[i, j], coef] of eq) {
        const k = index.get(`${i},${j}`);
        if (k !== undefined) row[k]! += coef;
      }
      return row;
    })
    .filter((row) => row.some((v) => v !== 0));
  const pivots: number[] = [];
  let rank = 0;
  for (let col = 0; col < hidden.length && rank < m.length; col++) {
    const p = m.findIndex((row, i) => i >= rank && Math.abs(row[col]!) > 1e-9);
    if (p < 0) continue;
    [m[rank], m[p]] = [m[p]!, m[rank]!];
    const pivot = m[rank]!;
    const f = pivot[col]!;
    for (let k = 0; k < pivot.length; k++) pivot[k]! /= f;
    for (let i = 0; i < m.length; i++)
      if (i !== rank && Math.abs(m[i]![col]!) > 1e-9) {
        const g = m[i]![col]!;
        for (let k = 0; k < pivot.length; k++) m[i]![k]! -= g * pivot[k]!;
      }
    pivots.push(col);
    rank++;
  }
  return pivots.filter((col, i) => m[i]!.every((v, k) => k === col || Math.abs(v) < 1e-9)).map((col) => hidden[col]!);
}

export function suppressTable(cells: readonly (readonly number[])[], threshold: number): PublishedTable {
  const r = cells.length;
  const c = cells[0]?.length ?? 0;
  const e = extend(cells, c);
  const hidden = new Set<string>();
  const key = (i: number, j: number) => `${i},${j}`;
  e.forEach((row, i) => row.forEach((v, j) => v > 0 && v < threshold && hidden.add(key(i, j))));
  const positions = () => [...hidden].map((k) => k.split(',').map(Number) as Pos);
  for (;;) {
    const fixed = determined(r, c, positions());
    if (!fixed.length) break;
    const [fi, fj] = fixed[0]!;
    const shown = (i: number, j: number) => e[i]![j]! > 0 && !hidden.has(key(i, j));
    const lines: Pos[] = [...e[fi]!.map((_, j) => [fi, j] as Pos), ...e.map((_, i) => [i, fj] as Pos)].filter(
      ([i, j]) => shown(i, j),
    );
    const anywhere = e.flatMap((row, i) => row.map((_, j) => [i, j] as Pos)).filter(([i, j]) => shown(i, j));
    const pool = lines.length ? lines : anywhere;
    if (!pool.length) break;
    // inner cells before totals, then the smallest: withhold as little as possible
    const rank = ([i, j]: Pos) => (i === r || j === c ? 1e15 : 0) + e[i]![j]!;
    const [ni, nj] = pool.reduce((best, p) => (rank(p) < rank(best) ? p : best));
    hidden.add(key(ni, nj));
  }
  const out = e.map((row, i) => row.map((v, j) => (hidden.has(key(i, j)) ? null : v)));
  return {
    cells: out.slice(0, r).map((row) => row.slice(0, c)),
    rowTotals: out.slice(0, r).map((row) => row[c]!),
    columnTotals: out[r]!.slice(0, c),
    total: out[r]![c]!,
  };
}
