import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { getJson, sendJson } from '../../../lib/api';
import { listSchema } from '../../../lib/list';
import { idSchema } from '../../../lib/schemas';

/** Likely duplicate candidates, side by side, and the merge (server: matching merge.routes). */

const countsSchema = z.object({
  qualifications: z.number(),
  englishTests: z.number(),
  stageMoves: z.number(),
  enrolments: z.number(),
  waitingList: z.number(),
  matches: z.number(),
  placements: z.number(),
});
export const countKeys = countsSchema.keyof().options;

export const duplicateSummarySchema = z.object({
  id: idSchema,
  reference: z.string(),
  fullName: z.string(),
  status: z.string(),
  stage: z.string(),
  version: z.number(),
  dateOfBirth: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  borough: z.string().nullable(),
  rightToWork: z.string(),
  createdAt: z.string(),
  counts: countsSchema,
});
export type DuplicateSummary = z.infer<typeof duplicateSummarySchema>;

const pairSchema = z.object({ a: duplicateSummarySchema, b: duplicateSummarySchema, reasons: z.array(z.string()) });
export type DuplicatePair = z.infer<typeof pairSchema>;

export function useDuplicatePairs(page: number) {
  return useQuery({
    queryKey: ['duplicates', page],
    queryFn: () => getJson(`/api/v1/matching/duplicates?page=${page}&pageSize=25`, listSchema(pairSchema)),
    placeholderData: keepPreviousData,
  });
}

const candidateDuplicatesSchema = z.object({
  items: z.array(z.object({ candidate: duplicateSummarySchema, reasons: z.array(z.string()) })),
});

export function useCandidateDuplicates(id: string) {
  return useQuery({
    queryKey: ['candidate', id, 'duplicates'],
    queryFn: () =>
      getJson(`/api/v1/matching/candidates/${encodeURIComponent(id)}/duplicates`, candidateDuplicatesSchema),
  });
}

export function useComparison(id: string, other: string) {
  return useQuery({
    queryKey: ['candidate', id, 'compare', other],
    queryFn: () =>
      getJson(`/api/v1/matching/candidates/${encodeURIComponent(id)}/compare/${encodeURIComponent(other)}`, pairSchema),
  });
}

const mergeResultSchema = z.object({
  survivor: z.object({ id: idSchema, reference: z.string() }),
  merged: z.object({ id: idSchema, reference: z.string() }),
  moved: z.record(z.string(), z.number()),
  filled: z.array(z.string()),
  conflicts: z.array(
    z.object({ field: z.string(), kept: z.string().nullable(), other: z.string().nullable(), explanation: z.string() }),
  ),
});
export type MergeResult = z.infer<typeof mergeResultSchema>;

/** Merges `merged` into `survivor`; the versions are the ones shown side by side (a stale one is 409). */
export function mergeCandidates(survivor: DuplicateSummary, merged: DuplicateSummary) {
  return sendJson(
    'POST',
    `/api/v1/matching/candidates/${encodeURIComponent(survivor.id)}/merge`,
    { merged: merged.id, version: survivor.version, mergedVersion: merged.version },
    mergeResultSchema,
  );
}
