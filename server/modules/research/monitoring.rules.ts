import { exportColumns } from './forms.rules';
import { isCalendarDay } from './research-cohorts.rules';
import type { FormSchema } from './xlsform.types';

/** Pure figures of fieldwork monitoring: completion rate and where partial responses stop. */

/** Share of responses that are complete, 0..1 with 3 decimals; null when there are none. */
export function completionRate(total: number, complete: number): number | null {
  if (total <= 0) return null;
  return Math.round((Math.min(complete, total) / total) * 1000) / 1000;
}

const askedTypes = new Set([
  'text',
  'integer',
  'decimal',
  'select_one',
  'select_multiple',
  'date',
  'time',
  'datetime',
  'geopoint',
  'barcode',
  'acknowledge',
  'image',
  'audio',
  'video',
  'file',
]);

/** The questions a respondent is asked, in form order (no notes, metadata, calculations or hidden fields). */
export function askedQuestions(schema: FormSchema): { path: string; labels: Record<string, string> }[] {
  return exportColumns(schema)
    .filter((c) => askedTypes.has(c.field.type))
    .map((c) => ({ path: c.path, labels: c.field.labels ?? {} }));
}

/**
 * Where a partial response stopped: the first question after the last one answered (the first question when
 * none was answered); null when every question up to the last has an answer (it stopped at the very end).
 */
export function stopQuestion(paths: readonly string[], answers: Readonly<Record<string, string>>): string | null {
  let last = -1;
  paths.forEach((p, i) => {
    if ((answers[p] ?? '').trim() !== '') last = i;
  });
  return paths[last + 1] ?? null;
}

/** Drop-off: partial responses per stopping question, in form order, only questions where some stopped. */
export function dropOff(
  paths: readonly string[],
  partials: readonly Readonly<Record<string, string>>[],
): { path: string | null; count: number }[] {
  const counts = new Map<string | null, number>();
  for (const a of partials) {
    const q = stopQuestion(paths, a);
    counts.set(q, (counts.get(q) ?? 0) + 1);
  }
  const order = [...paths, null];
  return order.filter((p) => counts.has(p)).map((p) => ({ path: p, count: counts.get(p)! }));
}

/** A date range filter from optional ISO days; `to` is inclusive. Returns a problem message when invalid. */
export function dayRange(
  from?: string,
  to?: string,
): { from: Date | null; toExclusive: Date | null } | { problem: string } {
  const day = (s: string) => (isCalendarDay(s) ? new Date(`${s}T00:00:00Z`) : null);
  const f = from ? day(from) : null;
  const t = to ? day(to) : null;
  if ((from && !f) || (to && !t)) return { problem: 'dates must be YYYY-MM-DD' };
  if (f && t && f > t) return { problem: '"from" is after "to"' };
  return { from: f, toExclusive: t ? new Date(t.getTime() + 86_400_000) : null };
}
