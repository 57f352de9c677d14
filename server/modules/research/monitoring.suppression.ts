import { smallCellThreshold, suppressCells } from '../privacy/privacy.service';

export interface Suppressed {
  counts: (number | null)[];
  /** the total cannot be published: even with every cell hidden it would give them away (it is under 5) */
  totalHidden: boolean;
}

/**
 * Suppression of a breakdown whose total is published anyway (monitoring always shows how many responses):
 * cells of 1 to 4 are hidden (the privacy module's suppressCells), and while the hidden ones could still be
 * worked out from the total by subtraction (only one hidden, or together fewer than 5), the smallest shown
 * cell is hidden too. When even that cannot protect them (the total is under 5), the total must go as well.
 */
export function suppressAgainstTotal(counts: readonly number[]): Suppressed {
  const out = suppressCells(counts.map((count, key) => ({ key, count }))).cells.map((c) => c.count);
  const exposed = () => {
    const hidden = counts.filter((_, i) => out[i] === null);
    const sum = hidden.reduce((s, n) => s + n, 0);
    return hidden.length === 1 || (hidden.length > 0 && sum < smallCellThreshold);
  };
  while (exposed()) {
    let next = -1;
    counts.forEach((n, i) => {
      if (out[i] !== null && n > 0 && (next < 0 || n < counts[next]!)) next = i;
    });
    if (next < 0) return { counts: out, totalHidden: true };
    out[next] = null;
  }
  return { counts: out, totalHidden: false };
}
