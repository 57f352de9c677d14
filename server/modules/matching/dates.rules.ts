/** Calendar dates as ISO strings (YYYY-MM-DD), compared as text; month arithmetic clamps to the month's end. */

export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const monthIndex = y * 12 + (m - 1) + months;
  const year = Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

export function isValidDate(date: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return false;
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date;
}

/** Whether a dated entry is in force on a day: a null start means "in force, start not given"; a month means its 1st. */
export function inForce(entry: { validFrom: string | null; validTo?: string | undefined }, today: string): boolean {
  if (entry.validTo !== undefined && entry.validTo <= today) return false;
  if (entry.validFrom === null) return true;
  const from = entry.validFrom.length === 7 ? `${entry.validFrom}-01` : entry.validFrom;
  return from <= today;
}

export const monthsBetween = (from: string, to: string): number => {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
};
