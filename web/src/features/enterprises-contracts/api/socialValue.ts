import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { getJson, sendJson } from '../../../lib/api';

/** The city's social-value measures catalogue, and the measures recorded against an award. */
export const measureUnits = ['count', 'gbp', 'hours', 'percent'] as const;
const measureSchema = z.object({
  code: z.string(),
  label: z.record(z.string(), z.string()),
  unit: z.enum(measureUnits),
  description: z.string(),
  active: z.boolean(),
  version: z.number(),
});
export type Measure = z.infer<typeof measureSchema>;

export const useMeasures = () =>
  useQuery({
    queryKey: ['social-value-measures'],
    queryFn: () => getJson('/api/v1/enterprises/social-value/measures', z.object({ items: z.array(measureSchema) })),
  });

export const putMeasure = (code: string, body: Record<string, unknown>) =>
  sendJson('PUT', `/api/v1/enterprises/social-value/measures/${encodeURIComponent(code)}`, body, measureSchema);

const awardSchema = z.object({
  id: z.string(),
  amount: z.number(),
  measures: z.array(z.object({ code: z.string(), value: z.number(), note: z.string() })),
});
export type AwardMeasures = z.infer<typeof awardSchema>;

export const useAward = (id: string) =>
  useQuery({
    queryKey: ['award', id],
    queryFn: () => getJson(`/api/v1/enterprises/awards/${encodeURIComponent(id)}`, awardSchema),
  });

export const recordAwardMeasures = (id: string, measures: { code: string; value: number; note?: string }[]) =>
  sendJson('PUT', `/api/v1/enterprises/awards/${encodeURIComponent(id)}/measures`, { measures }, awardSchema);

/** A measure's name in the reader's language, else English, else its code. */
export const measureName = (m: Measure, lang: string) => m.label[lang] ?? m.label.en ?? m.code;
