import type { Indicator } from '../api/impact';

/** A figure in its unit: pounds as currency, counts as whole numbers; null (a suppressed count) as "<5". */
export function formatFigure(value: number | null, unit: Indicator['unit'], language: string): string {
  if (value === null) return '<5';
  if (unit === 'gbp')
    return new Intl.NumberFormat(language, { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 }).format(
      value,
    );
  if (unit === 'percent') return `${new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(value)}%`;
  return new Intl.NumberFormat(language).format(value);
}

export const statusColor = { on_track: 'teal', at_risk: 'yellow', behind: 'red', no_target: 'gray' } as const;
