import { z } from 'zod';

export const monitoringQuery = z.object({
  form: z.string().min(1).max(100).describe('questionnaire id'),
  from: z.string().max(10).optional().describe('first day, YYYY-MM-DD'),
  to: z.string().max(10).optional().describe('last day (inclusive), YYYY-MM-DD'),
});

const count = z.number().int().nullable().describe('null: fewer than 5, suppressed');
const group = z.object({ key: z.string().nullable(), label: z.string().nullable(), total: count, complete: count });

export const monitoringView = z.object({
  form: z.object({ id: z.string(), title: z.string(), anonymous: z.boolean() }),
  total: count,
  complete: count,
  partial: count,
  completionRate: z.number().nullable().describe('complete / total, 0..1'),
  byArea: z.array(group),
  byResearcher: z.array(group).describe('fieldwork: exact unless the totals are under 5 and hidden'),
  byLanguage: z.array(group),
  byChannel: z.array(group).describe('fieldwork: exact unless the totals are under 5 and hidden'),
  byDay: z.array(group),
  dropOff: z
    .array(z.object({ path: z.string().nullable(), label: z.string().nullable(), count: z.number().int() }))
    .describe('partial responses by the question where they stopped (path null: after the last question)'),
  dropOffSample: z.number().int().describe('how many partial responses the drop-off was computed from'),
});
