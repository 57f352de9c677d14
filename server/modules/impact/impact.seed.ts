import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Deps } from '../../deps';
import type { RequestContext } from '../../http/context';
import { definitionSchema } from './definition.rules';
import { addManualResult } from './drill.service';
import { createIndicatorBody } from './impact.schemas';
import { createIndicator } from './indicators.service';
import { periodsOf, type PeriodKind } from './series.rules';

/** A city pack's indicators.json: headline indicators with a programme target, split evenly over its periods. */
const packIndicator = createIndicatorBody.omit({ targets: true, method: true, query: true }).extend({
  target: z.number().min(0),
  query: definitionSchema.optional(),
  demoResults: z
    .array(z.strictObject({ daysAgo: z.number().int().min(0), value: z.number().min(0), evidenceUrl: z.url() }))
    .default([]),
});
const indicatorsPack = z.object({
  about: z.string().optional(),
  programmeYears: z.number().int().min(1).max(10),
  indicators: z.array(packIndicator).min(1),
});
export type IndicatorsPack = z.infer<typeof indicatorsPack>;

export function readIndicatorsPack(packDir: string): IndicatorsPack | null {
  const file = join(packDir, 'indicators.json');
  if (!existsSync(file)) return null;
  const parsed = indicatorsPack.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success)
    throw new Error(`indicators.json: ${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

/** A total target split over periods: whole numbers, the remainder on the last period. */
export function splitTarget(kind: PeriodKind, start: string, end: string, total: number) {
  const periods = periodsOf(kind === 'month' || kind === 'quarter' ? 'year' : kind, start, end);
  const each = Math.floor(total / periods.length);
  return periods.map((p, i) => ({ ...p, target: i === periods.length - 1 ? total - each * i : each }));
}

const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * 86_400_000).toISOString().slice(0, 10);

export async function seedIndicators(
  deps: Deps,
  ctx: RequestContext,
  pack: IndicatorsPack,
  demo: boolean,
  now = new Date(),
) {
  const start = `${now.getUTCFullYear() - 1}-01-01`;
  const end = `${now.getUTCFullYear() - 2 + pack.programmeYears}-12-31`;
  for (const [position, i] of pack.indicators.entries()) {
    const { target, demoResults, query, ...rest } = i;
    await createIndicator(deps, ctx, {
      ...rest,
      position,
      method: query ? 'computed' : 'manual',
      ...(query ? { query } : {}),
      targets: splitTarget(i.period, start, end, target),
    });
    if (!demo) continue;
    for (const r of demoResults) {
      const day = daysBefore(now, r.daysAgo);
      await addManualResult(deps, ctx, i.code, {
        periodStart: day,
        periodEnd: day,
        value: r.value,
        evidence: { url: r.evidenceUrl },
        note: 'Demo result (fictional evidence link)',
      });
    }
  }
  return pack.indicators.length;
}
