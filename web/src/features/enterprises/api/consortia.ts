import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { getJson, sendJson } from '../../../lib/api';
import { listSchema, listUrl, type ListQuery } from '../../../lib/list';

/** Consortia by market and their member enterprises. */
const ref = z.object({ id: z.string(), name: z.string() });
const summarySchema = z.object({
  id: z.string(),
  name: z.string(),
  market: z.string(),
  lead: ref.nullable(),
  capabilities: z.array(z.string()),
  memberCount: z.number(),
});
export type ConsortiumSummary = z.infer<typeof summarySchema>;
const consortiumSchema = summarySchema.extend({
  description: z.string(),
  members: z.array(
    ref.extend({ markets: z.array(z.string()), area: ref.nullable(), role: z.enum(['lead', 'member']) }),
  ),
  version: z.number(),
});
export type Consortium = z.infer<typeof consortiumSchema>;

export function useConsortia(query: ListQuery) {
  return useQuery({
    queryKey: ['consortia', query],
    queryFn: () => getJson(listUrl('/api/v1/consortia', query), listSchema(summarySchema)),
    placeholderData: keepPreviousData,
  });
}
export function useConsortium(id: string) {
  return useQuery({
    queryKey: ['consortium', id],
    queryFn: () => getJson(`/api/v1/consortia/${encodeURIComponent(id)}`, consortiumSchema),
  });
}
export const addConsortiumMember = (id: string, enterprise: string) =>
  sendJson('POST', `/api/v1/consortia/${encodeURIComponent(id)}/members`, { enterprise }, consortiumSchema);
export const removeConsortiumMember = (id: string, enterprise: string) =>
  sendJson(
    'DELETE',
    `/api/v1/consortia/${encodeURIComponent(id)}/members/${encodeURIComponent(enterprise)}`,
    undefined,
    consortiumSchema,
  );
export const updateConsortium = (id: string, body: Record<string, unknown>) =>
  sendJson('PATCH', `/api/v1/consortia/${encodeURIComponent(id)}`, body, consortiumSchema);
