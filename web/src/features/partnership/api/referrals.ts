import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { getJson, sendJson } from '../../../lib/api';
import { listSchema, listUrl, type ListQuery } from '../../../lib/list';

export const referralStatuses = ['sent', 'accepted', 'declined', 'completed'] as const;
const ref = z.object({ id: z.string(), slug: z.string(), name: z.string() });
const wpRef = ref.extend({ code: z.string() });

export const referralSchema = z.object({
  id: z.string(),
  status: z.enum(referralStatuses),
  resident: z.object({
    id: z.string(),
    reference: z.string(),
    displayName: z.string(),
    languages: z.array(z.string()),
    area: z.string().nullable(),
  }),
  reason: z.string(),
  declineReason: z.string().nullable(),
  from: z.object({ partner: ref, workPackage: wpRef.nullable() }),
  to: z.object({ partner: ref, workPackage: wpRef }),
  sentAt: z.string(),
  respondedAt: z.string().nullable(),
  completedAt: z.string().nullable(),
  responseHours: z.number(),
  waitingListNotice: z.string().nullable(),
  version: z.number(),
});
export type Referral = z.infer<typeof referralSchema>;
export const referralFilterKeys = ['box', 'status', 'workPackage'] as const;

export function useReferrals(query: ListQuery) {
  return useQuery({
    queryKey: ['referrals', query],
    queryFn: () => getJson(listUrl('/api/v1/referrals', query), listSchema(referralSchema)),
    placeholderData: keepPreviousData,
  });
}

export function useReferral(id: string) {
  return useQuery({
    queryKey: ['referral', id],
    queryFn: () => getJson(`/api/v1/referrals/${encodeURIComponent(id)}`, referralSchema),
  });
}

export const sendReferral = (body: Record<string, unknown>) =>
  sendJson('POST', '/api/v1/referrals', body, referralSchema);

export const respondToReferral = (id: string, body: { action: string; reason?: string; version: number }) =>
  sendJson('POST', `/api/v1/referrals/${encodeURIComponent(id)}/response`, body, referralSchema);

const activitySchema = z.object({
  id: z.string(),
  kind: z.string(),
  summary: z.string(),
  visibility: z.string(),
  occurredAt: z.string(),
  partner: ref.nullable(),
  workPackage: wpRef.nullable(),
});
export type ActivityItem = z.infer<typeof activitySchema>;
export const activityKinds = [
  'asset',
  'opportunity',
  'response',
  'match',
  'placement',
  'award',
  'event',
  'meeting',
  'task',
  'referral',
  'indicator',
  'story',
] as const;
export const activityFilterKeys = ['kind', 'workPackage', 'partner'] as const;

export function useActivity(query: ListQuery) {
  return useQuery({
    queryKey: ['activity', query],
    queryFn: () => getJson(listUrl('/api/v1/activity', query), listSchema(activitySchema)),
    placeholderData: keepPreviousData,
  });
}
