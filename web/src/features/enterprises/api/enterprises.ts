import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { ApiError, getJson, refreshCsrfToken, sendJson } from '../../../lib/api';
import { listSchema, listUrl, type ListQuery } from '../../../lib/list';

/** The enterprise directory, change requests and logos (staff and enterprise members). */

export const stages = ['idea', 'start_up', 'established'] as const;
export const turnoverBands = ['unknown', 'none', 'under_10k', '10k_50k', '50k_250k', '250k_1m', 'over_1m'] as const;
const areaRef = z.object({ id: z.string(), name: z.string() }).nullable();

export const enterpriseSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  legalForm: z.string(),
  stage: z.enum(stages),
  markets: z.array(z.string()),
  area: areaRef,
  localJobs: z.number(),
  status: z.enum(['pending', 'approved']),
  listedPublicly: z.boolean(),
  updatedAt: z.string(),
});
export type EnterpriseSummary = z.infer<typeof enterpriseSummarySchema>;
const contactSchema = z.object({
  name: z.string(),
  role: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
});
export const enterpriseSchema = enterpriseSummarySchema.extend({
  sectors: z.array(z.string()),
  productsServices: z.string(),
  turnoverBand: z.enum(turnoverBands),
  socialMission: z.string(),
  membersCount: z.number().nullable(),
  website: z.string().nullable(),
  publicEmail: z.string().nullable(),
  partner: z.object({ id: z.string(), name: z.string() }).nullable(),
  contacts: z.array(contactSchema),
  users: z.array(z.object({ id: z.string(), displayName: z.string(), email: z.string() })),
  hasLogo: z.boolean(),
  pendingChange: z.string().nullable(),
  consortia: z.array(z.object({ id: z.string(), name: z.string(), role: z.string() })),
  createdAt: z.string(),
  version: z.number(),
});
export type Enterprise = z.infer<typeof enterpriseSchema>;
const updateResultSchema = z.object({ enterprise: enterpriseSchema, changeRequest: z.string().nullable() });

export const enterpriseFilterKeys = ['market', 'legalForm', 'stage', 'area', 'status', 'listed'] as const;

export function useEnterprises(query: ListQuery) {
  return useQuery({
    queryKey: ['enterprises', query],
    queryFn: () => getJson(listUrl('/api/v1/enterprises', query), listSchema(enterpriseSummarySchema)),
    placeholderData: keepPreviousData,
  });
}

export function useEnterprise(id: string) {
  return useQuery({
    queryKey: ['enterprise', id],
    queryFn: () => getJson(`/api/v1/enterprises/${encodeURIComponent(id)}`, enterpriseSchema),
  });
}

export const createEnterprise = (body: Record<string, unknown>) =>
  sendJson('POST', '/api/v1/enterprises', body, enterpriseSchema);
export const updateEnterprise = (id: string, body: Record<string, unknown>) =>
  sendJson('PATCH', `/api/v1/enterprises/${encodeURIComponent(id)}`, body, updateResultSchema);
export const approveEnterprise = (id: string, version: number) =>
  sendJson('POST', `/api/v1/enterprises/${encodeURIComponent(id)}/approval`, { version }, enterpriseSchema);

const changeSchema = z.object({
  id: z.string(),
  enterprise: z.object({ id: z.string(), name: z.string() }),
  status: z.enum(['pending', 'approved', 'rejected']),
  changes: z.array(z.object({ field: z.string(), from: z.unknown(), to: z.unknown() })),
  stale: z.boolean(),
  requestedBy: z.string().nullable(),
  requestedAt: z.string(),
  decidedAt: z.string().nullable(),
  note: z.string(),
});
export type ChangeRequest = z.infer<typeof changeSchema>;

export function useChanges(query: ListQuery) {
  return useQuery({
    queryKey: ['enterprise-changes', query],
    queryFn: () => getJson(listUrl('/api/v1/enterprise-changes', query), listSchema(changeSchema)),
    placeholderData: keepPreviousData,
  });
}

export const decideChange = (id: string, action: 'approve' | 'reject', note = '') =>
  sendJson('POST', `/api/v1/enterprise-changes/${encodeURIComponent(id)}/decision`, { action, note }, changeSchema);

/** Uploads a logo as multipart/form-data (the JSON helpers cannot send files). */
export async function uploadLogo(id: string, file: File): Promise<void> {
  const form = new FormData();
  form.append('file', file);
  const response = await fetch(`/api/v1/enterprises/${encodeURIComponent(id)}/logo`, {
    method: 'PUT',
    body: form,
    credentials: 'same-origin',
    headers: { 'x-csrf-token': await refreshCsrfToken(), accept: 'application/json, application/problem+json' },
  });
  if (!response.ok) {
    const problem = (await response.json().catch(() => ({}))) as { code?: string; detail?: string };
    throw new ApiError({ status: response.status, code: problem.code ?? 'error', detail: problem.detail ?? '' });
  }
}

export const logoUrl = (id: string) => `/api/v1/enterprises/${encodeURIComponent(id)}/logo`;
