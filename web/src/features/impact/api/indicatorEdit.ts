import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { getJson, sendJson } from '../../../lib/api';
import { indicatorSchema } from './impact';

/** An indicator's definition and targets as the edit form holds them, the source catalogue, and the update. */
const target = z.object({ start: z.string(), end: z.string(), target: z.number() });
export type TargetRow = z.infer<typeof target>;
const definitionSchema = indicatorSchema
  .pick({
    code: true,
    name: true,
    definition: true,
    unit: true,
    period: true,
    baseline: true,
    method: true,
    published: true,
    headline: true,
  })
  .extend({
    workPackage: z.string().optional(),
    macroAsset: z.string().optional(),
    query: z.unknown().optional(),
    position: z.number(),
    targets: z.array(target),
    version: z.number(),
  });
export type IndicatorDefinition = z.infer<typeof definitionSchema>;

export function useIndicatorDefinition(code: string) {
  return useQuery({
    queryKey: ['impact-indicator-definition', code],
    queryFn: () => getJson(`/api/v1/impact/indicators/${encodeURIComponent(code)}/definition`, definitionSchema),
    gcTime: 0,
  });
}

const sourceSchema = z.object({
  name: z.string(),
  label: z.string(),
  dates: z.array(z.string()),
  fields: z.array(z.object({ name: z.string(), type: z.string(), aggregateSafe: z.boolean() })),
});
export type Source = z.infer<typeof sourceSchema>;

export function useSources() {
  return useQuery({
    queryKey: ['impact-sources'],
    queryFn: () => getJson('/api/v1/impact/sources', z.object({ items: z.array(sourceSchema) })),
    staleTime: 10 * 60_000,
  });
}

export const saveIndicator = (code: string, body: Omit<IndicatorDefinition, 'code'>) =>
  sendJson('PUT', `/api/v1/impact/indicators/${encodeURIComponent(code)}`, body, z.object({ version: z.number() }));
