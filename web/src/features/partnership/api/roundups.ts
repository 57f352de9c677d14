import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { getJson, sendJson } from '../../../lib/api';
import { listSchema, listUrl, type ListQuery } from '../../../lib/list';

const roundupSchema = z.object({
  id: z.string(),
  weekStart: z.string(),
  status: z.enum(['draft', 'approved', 'sent']),
  intro: z.string(),
  highlights: z.array(z.string()),
  draftedAt: z.string(),
  approvedAt: z.string().nullable(),
  sentAt: z.string().nullable(),
  version: z.number(),
});
export type Roundup = z.infer<typeof roundupSchema>;
export const roundupDetailSchema = roundupSchema.extend({
  deliveries: z.array(
    z.object({
      email: z.string(),
      partner: z.string(),
      language: z.string(),
      status: z.string(),
      error: z.string().nullable(),
    }),
  ),
});
export type RoundupDetail = z.infer<typeof roundupDetailSchema>;

export function useRoundups(query: ListQuery) {
  return useQuery({
    queryKey: ['roundups', query],
    queryFn: () => getJson(listUrl('/api/v1/roundups', query), listSchema(roundupSchema)),
    placeholderData: keepPreviousData,
  });
}

export function useRoundup(id: string) {
  return useQuery({
    queryKey: ['roundup', id],
    queryFn: () => getJson(`/api/v1/roundups/${encodeURIComponent(id)}`, roundupDetailSchema),
  });
}

export const draftRoundupNow = (day?: string) =>
  sendJson(
    'POST',
    '/api/v1/roundups/draft',
    day ? { day } : {},
    z.object({ created: z.boolean(), roundup: roundupSchema }),
  );
export const editRoundup = (id: string, body: { intro: string; highlights: string[]; version: number }) =>
  sendJson('PATCH', `/api/v1/roundups/${encodeURIComponent(id)}`, body, roundupDetailSchema);
export const approveRoundup = (id: string, version: number) =>
  sendJson('POST', `/api/v1/roundups/${encodeURIComponent(id)}/approve`, { version }, roundupDetailSchema);
export const sendRoundup = (id: string, version: number) =>
  sendJson('POST', `/api/v1/roundups/${encodeURIComponent(id)}/send`, { version }, roundupDetailSchema);
