import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { getJson, sendJson } from '../../../lib/api';
import { listSchema, listUrl, type ListQuery } from '../../../lib/list';
import { idSchema } from '../../../lib/schemas';
import { pipelineStages, type PipelineStage } from './candidates';

export const pipelineItemSchema = z.object({
  id: idSchema,
  reference: z.string(),
  fullName: z.string(),
  status: z.string(),
  stage: z.enum(pipelineStages),
  stageChangedAt: z.string(),
  withdrawnReason: z.string().nullable(),
  rightToWork: z.string(),
  area: z.object({ slug: z.string(), name: z.string() }).nullable(),
  caseworker: z.string().nullable(),
  version: z.number(),
});
export type PipelineItem = z.infer<typeof pipelineItemSchema>;

const pipelinePageSchema = listSchema(pipelineItemSchema).extend({
  stages: z.array(z.object({ stage: z.enum(pipelineStages), count: z.number() })),
});

export const pipelineFilterKeys = ['stage', 'occupation', 'area'] as const;

export function usePipeline(query: ListQuery) {
  return useQuery({
    queryKey: ['pipeline', query],
    queryFn: () => getJson(listUrl('/api/v1/matching/pipeline', query), pipelinePageSchema),
    placeholderData: keepPreviousData,
  });
}

/** The CSV export link for the same filters and sort (every row, no paging). */
export function pipelineCsvUrl(query: ListQuery): string {
  const params = new URLSearchParams();
  for (const key of ['q', 'sort', ...pipelineFilterKeys]) {
    const value = query[key];
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `/api/v1/matching/pipeline.csv?${search}` : '/api/v1/matching/pipeline.csv';
}

const movedSchema = z.object({ id: idSchema, stage: z.enum(pipelineStages), version: z.number() });

export function moveCandidate(id: string, from: PipelineStage, to: PipelineStage, reason?: string) {
  return sendJson(
    'POST',
    `/api/v1/matching/candidates/${encodeURIComponent(id)}/stage`,
    { from, to, ...(reason ? { reason } : {}) },
    movedSchema,
  );
}

const historySchema = z.object({
  stage: z.enum(pipelineStages),
  moves: z.array(
    z.object({
      id: idSchema,
      from: z.enum(pipelineStages),
      to: z.enum(pipelineStages),
      reason: z.string().nullable(),
      movedBy: z.string().nullable(),
      movedAt: z.string(),
    }),
  ),
});

export function useStageHistory(id: string) {
  return useQuery({
    queryKey: ['candidate', id, 'stage'],
    queryFn: () => getJson(`/api/v1/matching/candidates/${encodeURIComponent(id)}/stage`, historySchema),
  });
}

export const placementSchema = z.object({
  id: idSchema,
  provider: z.string(),
  role: z.string(),
  startsOn: z.string(),
  endsOn: z.string().nullable(),
  hoursPerWeek: z.number().nullable(),
  status: z.enum(['planned', 'active', 'ended']),
  notes: z.string(),
  version: z.number(),
});
export type Placement = z.infer<typeof placementSchema>;

export function usePlacements(id: string) {
  return useQuery({
    queryKey: ['candidate', id, 'placements'],
    queryFn: () =>
      getJson(
        `/api/v1/matching/candidates/${encodeURIComponent(id)}/placements`,
        z.object({ items: z.array(placementSchema) }),
      ),
  });
}

export function createPlacement(id: string, body: Record<string, unknown>) {
  return sendJson('POST', `/api/v1/matching/candidates/${encodeURIComponent(id)}/placements`, body, placementSchema);
}

const fairnessSchema = z.object({
  asOf: z.string(),
  threshold: z.number(),
  tables: z.array(
    z.object({
      dimension: z.enum(['sex', 'ageBand', 'ethnicity']),
      groups: z.array(z.string()),
      outcomes: z.array(
        z.object({ outcome: z.string(), counts: z.array(z.number().nullable()), total: z.number().nullable() }),
      ),
    }),
  ),
});
export type FairnessReport = z.infer<typeof fairnessSchema>;

export function useFairness() {
  return useQuery({
    queryKey: ['matching', 'fairness'],
    queryFn: () => getJson('/api/v1/matching/fairness', fairnessSchema),
  });
}
