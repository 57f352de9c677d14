import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { getJson, sendJson } from '../../../lib/api';
import { listSchema, listUrl, type ListQuery } from '../../../lib/list';
import { uploadFile } from './upload';

/** Interviews, the codebook, coded segments and themes. */
export const quoteConsents = ['none', 'anonymised', 'attributed'] as const;
export type QuoteConsent = (typeof quoteConsents)[number];

export const interviewSchema = z.object({
  id: z.string(),
  title: z.string(),
  intervieweeLabel: z.string(),
  interviewedOn: z.string(),
  language: z.string(),
  partner: z.object({ id: z.string(), name: z.string() }),
  researcher: z.object({ id: z.string(), displayName: z.string() }).nullable(),
  consentRecorded: z.boolean(),
  consentOn: z.string().nullable(),
  quoteConsent: z.enum(quoteConsents),
  status: z.enum(['draft', 'complete']),
  audio: z.object({ type: z.string(), size: z.number() }).nullable(),
  segments: z.number(),
  version: z.number(),
});
export type Interview = z.infer<typeof interviewSchema>;
const interviewDetailSchema = interviewSchema.extend({
  transcript: z.string(),
  codedSegments: z.array(
    z.object({
      id: z.string(),
      codeId: z.string(),
      code: z.string(),
      theme: z.string().nullable(),
      start: z.number(),
      end: z.number(),
      text: z.string(),
    }),
  ),
});
export type InterviewDetail = z.infer<typeof interviewDetailSchema>;
export const interviewFilterKeys = ['status'] as const;

export function useInterviews(query: ListQuery) {
  return useQuery({
    queryKey: ['interviews', query],
    queryFn: () => getJson(listUrl('/api/v1/research/interviews', query), listSchema(interviewSchema)),
    placeholderData: keepPreviousData,
  });
}

export function useInterview(id: string) {
  return useQuery({
    queryKey: ['interview', id],
    queryFn: () => getJson(`/api/v1/research/interviews/${encodeURIComponent(id)}`, interviewDetailSchema),
  });
}

export function createInterview(body: Record<string, unknown>) {
  return sendJson('POST', '/api/v1/research/interviews', body, interviewDetailSchema);
}

export function updateInterview(id: string, body: Record<string, unknown>) {
  return sendJson('PATCH', `/api/v1/research/interviews/${encodeURIComponent(id)}`, body, interviewDetailSchema);
}

export function applyCode(id: string, body: { code: string; start: number; end: number }) {
  return sendJson(
    'POST',
    `/api/v1/research/interviews/${encodeURIComponent(id)}/segments`,
    body,
    interviewDetailSchema,
  );
}

export function removeSegment(id: string, segmentId: string) {
  return sendJson(
    'DELETE',
    `/api/v1/research/interviews/${encodeURIComponent(id)}/segments/${encodeURIComponent(segmentId)}`,
    undefined,
    interviewDetailSchema,
  );
}

export function uploadInterviewAudio(id: string, file: File) {
  return uploadFile(`/api/v1/research/interviews/${encodeURIComponent(id)}/audio`, file, interviewDetailSchema);
}

const codebookSchema = z.object({
  partnerId: z.string(),
  themes: z.array(z.object({ id: z.string(), name: z.string(), description: z.string() })),
  codes: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      description: z.string(),
      themeId: z.string().nullable(),
      uses: z.number(),
    }),
  ),
});
export type Codebook = z.infer<typeof codebookSchema>;

const partnerParam = (partner?: string) => (partner ? `?partner=${encodeURIComponent(partner)}` : '');

export function useCodebook(partner?: string) {
  return useQuery({
    queryKey: ['codebook', partner ?? 'mine'],
    queryFn: () => getJson(`/api/v1/research/codebook${partnerParam(partner)}`, codebookSchema),
  });
}

export function addTheme(body: { name: string; description?: string }) {
  return sendJson('POST', '/api/v1/research/codebook/themes', body, codebookSchema);
}

export function addCode(body: { name: string; theme?: string | null; description?: string }) {
  return sendJson('POST', '/api/v1/research/codebook/codes', body, codebookSchema);
}

const themesSchema = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      description: z.string(),
      codes: z.array(z.object({ id: z.string(), name: z.string(), uses: z.number() })),
      interviews: z.number(),
      segments: z.number(),
      quotes: z.array(z.object({ text: z.string(), attribution: z.string().nullable() })),
    }),
  ),
});
export type Themes = z.infer<typeof themesSchema>;

export function useThemes() {
  return useQuery({ queryKey: ['research-themes'], queryFn: () => getJson('/api/v1/research/themes', themesSchema) });
}
