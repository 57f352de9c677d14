/**
 * Pure rules for an indicator's time series: periods, rolling monthly figures up into them, and the status
 * (on track, at risk, behind) of the result so far against what the targets expect by now.
 */
export type PeriodKind = 'month' | 'quarter' | 'year' | 'programme';
export type Status = 'on_track' | 'at_risk' | 'behind' | 'no_target';

export interface Period {
  start: string;
  end: string;
}
export interface Target extends Period {
  target: number;
}

const day = 86_400_000;
const toMs = (d: string) => Date.parse(`${d}T00:00:00Z`);
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
export const monthKey = (d: string) => d.slice(0, 7);

/** The periods of a kind covering [start, end], calendar-aligned and clipped to the range. */
export function periodsOf(kind: PeriodKind, start: string, end: string): Period[] {
  if (kind === 'programme') return [{ start, end }];
  const months = kind === 'month' ? 1 : kind === 'quarter' ? 3 : 12;
  const out: Period[] = [];
  const s = new Date(toMs(start));
  let y = s.getUTCFullYear();
  let m = Math.floor(s.getUTCMonth() / months) * months;
  for (;;) {
    const pStart = iso(Date.UTC(y, m, 1));
    if (pStart > end) break;
    const pEnd = iso(Date.UTC(y, m + months, 1) - day);
    out.push({ start: pStart < start ? start : pStart, end: pEnd > end ? end : pEnd });
    m += months;
    if (m >= 12) {
      y += Math.floor(m / 12);
      m %= 12;
    }
  }
  return out;
}

/** Sums monthly figures (keyed 'YYYY-MM') into periods; a month counts towards the period holding its first day. */
export function rollUp(monthly: ReadonlyMap<string, number>, periods: readonly Period[]): number[] {
  return periods.map((p) => {
    let sum = 0;
    for (const [month, v] of monthly) if (month >= monthKey(p.start) && month <= monthKey(p.end)) sum += v;
    return sum;
  });
}

/** What the targets expect by asOf: whole targets of periods already ended, pro rata for the one under way. */
export function expectedBy(targets: readonly Target[], asOf: string): number {
  let expected = 0;
  for (const t of targets) {
    if (asOf >= t.end) expected += t.target;
    else if (asOf >= t.start) {
      const elapsed = (toMs(asOf) - toMs(t.start) + day) / (toMs(t.end) - toMs(t.start) + day);
      expected += t.target * elapsed;
    }
  }
  return expected;
}

/** Status thresholds, highest first: the share of the expected result reached so far. */
export const statusTable: readonly { atLeast: number; status: Status }[] = [
  { atLeast: 0.9, status: 'on_track' },
  { atLeast: 0.7, status: 'at_risk' },
  { atLeast: 0, status: 'behind' },
];

export function statusFor(actual: number, expected: number, hasTarget: boolean): Status {
  if (!hasTarget) return 'no_target';
  if (expected <= 0) return 'on_track';
  const share = actual / expected;
  return statusTable.find((row) => share >= row.atLeast)!.status;
}

export interface SeriesPoint extends Period {
  value: number;
  target: number | null;
  cumulative: number;
}

export interface Figure {
  value: number;
  target: number | null;
  expected: number;
  status: Status;
  series: SeriesPoint[];
}

/**
 * An indicator's figure as of a day: its series over the targets' range (or the data's, with no target),
 * the result to date, the total target and the status.
 */
export function figureFor(
  kind: PeriodKind,
  monthly: ReadonlyMap<string, number>,
  targets: readonly Target[],
  asOf: string,
  range: Period,
): Figure {
  const periods = periodsOf(kind, range.start, range.end);
  const values = rollUp(monthly, periods);
  let cumulative = 0;
  const series = periods.map((p, i) => {
    cumulative += values[i]!;
    const t = targets.filter((x) => x.start <= p.end && x.end >= p.start).reduce((s, x) => s + x.target, 0);
    return { ...p, value: values[i]!, target: targets.length ? t : null, cumulative };
  });
  const toDate = series.filter((p) => p.start <= asOf).reduce((s, p) => s + p.value, 0);
  const hasTarget = targets.length > 0;
  const expected = expectedBy(targets, asOf);
  return {
    value: toDate,
    target: hasTarget ? targets.reduce((s, t) => s + t.target, 0) : null,
    expected,
    status: statusFor(toDate, expected, hasTarget),
    series,
  };
}
