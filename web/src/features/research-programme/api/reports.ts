import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { getJson, sendJson } from '../../../lib/api';
import { listSchema, listUrl, type ListQuery } from '../../../lib/list';
import { uploadFile } from './upload';

/** Community-partner reports from local meetings. */
export const reportSchema = z.object({
  id: z.string(),
  meetingTitle: z.string(),
  metOn: z.string(),
  kind: z.enum(['written', 'spoken']),
  body: z.string(),
  ideas: z.array(z.string()),
  needs: z.array(z.string()),
  skills: z.array(z.string()),
  area: z.object({ id: z.string(), name: z.string() }).nullable(),
  partner: z.object({ id: z.string(), name: z.string() }),
  reporter: z.string().nullable(),
  audio: z.object({ type: z.string(), size: z.number() }).nullable(),
  createdAt: z.string(),
});
export type Report = z.infer<typeof reportSchema>;
export const reportFilterKeys = ['kind'] as const;

export function useReports(query: ListQuery) {
  return useQuery({
    queryKey: ['community-reports', query],
    queryFn: () => getJson(listUrl('/api/v1/research/community-reports', query), listSchema(reportSchema)),
    placeholderData: keepPreviousData,
  });
}

export function createReport(body: Record<string, unknown>) {
  return sendJson('POST', '/api/v1/research/community-reports', body, reportSchema);
}

export function uploadReportAudio(id: string, file: File) {
  return uploadFile(`/api/v1/research/community-reports/${encodeURIComponent(id)}/audio`, file, reportSchema);
}
