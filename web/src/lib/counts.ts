/**
 * Published numbers suppress small cells: the server sends null for a count under 5, so no one can be
 * singled out. It must read "<5", never 0 (0 would be a false statement that nobody is there).
 */
export const suppressedCount = '<5';

export function isSuppressed(value: number | null | undefined): boolean {
  return value === null || value === undefined;
}

export function formatCount(value: number | null | undefined, language: string): string {
  if (isSuppressed(value)) return suppressedCount;
  return new Intl.NumberFormat(language).format(value as number);
}

/** Adds counts where a suppressed cell makes the sum a lower bound: "12+" rather than a wrong exact figure. */
export function sumCounts(values: (number | null)[]): { total: number; atLeast: boolean } {
  let total = 0;
  let atLeast = false;
  for (const value of values) {
    if (value === null) atLeast = true;
    else total += value;
  }
  return { total, atLeast };
}
