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

/** Outline badges in dark shades: each meets 4.5:1 against the white card at the badge's small size. */
export const statusColor = {
  on_track: '#0b6e4f',
  at_risk: '#8a4b00',
  behind: '#b02525',
  no_target: '#495057',
} as const;
