import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { getJson, request, sendJson } from '../../../lib/api';
import { listSchema, listUrl, type ListQuery } from '../../../lib/list';
import { idSchema, partnerRefSchema } from '../../../lib/schemas';

export const pipelineStages = [
  'identified',
  'assessed',
  'language-training',
  'language-passed',
  'exams',
  'registered',
  'interim-work',
  'applied',
  'interviewed',
  'offered',
  'employed',
  'withdrawn',
] as const;
export type PipelineStage = (typeof pipelineStages)[number];
export const candidateStatuses = ['pending', 'active', 'withdrawn'] as const;
export const rightToWorkStatuses = [
  'full',
  'restricted-visa',
  'asylum-seeker-permitted',
  'asylum-seeker',
  'none',
  'unknown',
] as const;
export const immigrationStatuses = [
  'british_citizen',
  'settled',
  'refugee',
  'humanitarian_protection',
  'asylum_seeker',
  'work_visa',
  'other',
] as const;
export const consentPurposes = ['contact', 'referral', 'matching', 'publicity'] as const;

export const candidateSummarySchema = z.object({
  id: idSchema,
  reference: z.string(),
  fullName: z.string(),
  status: z.enum(candidateStatuses),
  source: z.string(),
  partner: partnerRefSchema,
  caseworker: z.object({ id: idSchema, displayName: z.string() }).nullable(),
  area: z.object({ id: idSchema, slug: z.string(), name: z.string() }).nullable(),
  borough: z.string().nullable(),
  occupations: z.array(z.string()),
  rightToWork: z.string(),
  possibleDuplicates: z.number(),
  stage: z.enum(pipelineStages),
  createdAt: z.string(),
});
export type CandidateSummary = z.infer<typeof candidateSummarySchema>;

const scores = z.object({ listening: z.number(), reading: z.number(), writing: z.number(), speaking: z.number() });
export const candidateDetailSchema = candidateSummarySchema.extend({
  preferredName: z.string().nullable(),
  dateOfBirth: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  rightToWorkCheckedOn: z.string().nullable(),
  immigrationStatus: z.string().nullable(),
  qualifications: z.array(
    z.object({
      id: idSchema,
      occupation: z.object({ code: z.string(), label: z.string() }),
      country: z.string().nullable(),
      institution: z.string().nullable(),
      year: z.number().nullable(),
      yearsOfPractice: z.number().nullable(),
    }),
  ),
  languages: z.array(z.object({ language: z.string(), level: z.string().nullable() })),
  englishTests: z.array(
    z.object({
      id: idSchema,
      test: z.enum(['ielts', 'oet']),
      variant: z.string(),
      date: z.string(),
      scores,
      overall: z.number().nullable(),
      expiresOn: z.string().nullable(),
    }),
  ),
  consents: z.record(z.string(), z.boolean()),
  duplicates: z.array(z.object({ id: idSchema, reason: z.string() })),
  notes: z.string(),
  version: z.number(),
});
export type CandidateDetail = z.infer<typeof candidateDetailSchema>;

export const candidateFilterKeys = ['status', 'stage', 'occupation', 'area'] as const;

export function useCandidates(query: ListQuery) {
  return useQuery({
    queryKey: ['candidates', query],
    queryFn: () => getJson(listUrl('/api/v1/matching/candidates', query), listSchema(candidateSummarySchema)),
    placeholderData: keepPreviousData,
  });
}

export function useCandidate(id: string) {
  return useQuery({
    queryKey: ['candidate', id],
    queryFn: () => getJson(`/api/v1/matching/candidates/${encodeURIComponent(id)}`, candidateDetailSchema),
  });
}

const createdSchema = z.object({
  id: idSchema,
  reference: z.string(),
  possibleDuplicates: z.array(z.object({ id: idSchema, reference: z.string(), reason: z.string() })),
});
export type CreatedCandidate = z.infer<typeof createdSchema>;

export function createCandidate(body: Record<string, unknown>): Promise<CreatedCandidate> {
  return sendJson('POST', '/api/v1/matching/candidates', body, createdSchema);
}

export function updateCandidate(id: string, body: Record<string, unknown>): Promise<CandidateDetail> {
  return sendJson('PATCH', `/api/v1/matching/candidates/${encodeURIComponent(id)}`, body, candidateDetailSchema);
}

export async function selfRefer(body: Record<string, unknown>): Promise<void> {
  await request('POST', '/api/v1/matching/self-referrals', body);
}
