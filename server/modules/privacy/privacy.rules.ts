/**
 * Small-cell suppression for every published number (DESIGN.md §6): a count of 1 to 4 could single
 * someone out, so it is shown as null, meaning "fewer than 5". Zero stays zero: nobody can be identified by it.
 */
export const smallCellThreshold = 5;

export function suppressSmall(count: number): number | null {
  return count > 0 && count < smallCellThreshold ? null : count;
}

export interface SuppressedCells<K> {
  cells: { key: K; count: number | null }[];
  total: number | null;
}

/**
 * Suppresses a breakdown and its total together, so no hidden cell can be worked out by subtraction.
 * Cells of 1 to 4 are hidden. If the hidden cells could then be recovered from the total (only one is hidden,
 * or together they hold fewer than 5), the total is hidden too: the shown cells stay exact and useful.
 */
export function suppressCells<K>(cells: readonly { key: K; count: number }[]): SuppressedCells<K> {
  const shown = cells.map((c) => ({ key: c.key, count: suppressSmall(c.count) }));
  const hidden = cells.filter((_, i) => shown[i]!.count === null).map((c) => c.count);
  const hiddenSum = hidden.reduce((sum, n) => sum + n, 0);
  const exposed = hidden.length === 1 || (hidden.length > 0 && hiddenSum < smallCellThreshold);
  const total = cells.reduce((sum, c) => sum + c.count, 0);
  return { cells: shown, total: exposed ? null : suppressSmall(total) };
}
