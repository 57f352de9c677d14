import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { getJson, sendJson } from '../../../lib/api';
import { listSchema, listUrl, type ListQuery } from '../../../lib/list';
import { idSchema, partnerRefSchema } from '../../../lib/schemas';

export const opportunityKinds = [
  'vacancy',
  'training_place',
  'work_placement',
  'contract',
  'grant',
  'volunteering',
  'space',
] as const;
export const opportunityStatuses = ['draft', 'open', 'closed', 'filled', 'cancelled'] as const;
export const englishLevels = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export const legalGates = [
  'right_to_work',
  'dbs_basic',
  'dbs_enhanced',
  'professional_registration',
  'driving_licence',
] as const;

const refSchema = z.object({ id: idSchema, slug: z.string(), name: z.string() });

export const opportunitySchema = z.object({
  id: idSchema,
  kind: z.string(),
  title: z.string(),
  description: z.string().nullish(),
  publisher: z.object({ partner: partnerRefSchema, macroAsset: refSchema.nullish() }),
  occupations: z.array(z.object({ code: z.string(), label: z.string() })).default([]),
  qualifications: z.array(z.string()).default([]),
  englishLevel: z.string().nullish(),
  legalGates: z.array(z.string()).default([]),
  area: refSchema.nullish(),
  location: z.object({ lat: z.number(), lng: z.number() }).nullish(),
  quantity: z.number().nullish(),
  value: z
    .union([z.string(), z.number()])
    .nullish()
    .transform((v) => (v === null || v === undefined ? null : String(v))),
  opensOn: z.string().nullish(),
  closesOn: z.string().nullish(),
  status: z.string(),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export type Opportunity = z.infer<typeof opportunitySchema>;

/** The list's filters, kept in the address bar with page, sort and q. */
export const opportunityFilterKeys = ['kind', 'status', 'macroAsset', 'area', 'occupation'] as const;

const opportunityListSchema = listSchema(opportunitySchema);

export function useOpportunities(query: ListQuery) {
  return useQuery({
    queryKey: ['opportunities', query],
    queryFn: () => getJson(listUrl('/api/v1/opportunities', query), opportunityListSchema),
    placeholderData: keepPreviousData,
  });
}

export const opportunityKey = (id: string) => ['opportunity', id] as const;

export function useOpportunity(id: string, enabled = true) {
  return useQuery({
    queryKey: opportunityKey(id),
    queryFn: () => getJson(`/api/v1/opportunities/${encodeURIComponent(id)}`, opportunitySchema),
    enabled,
  });
}

const historySchema = z.object({
  items: z.array(
    z.object({
      version: z.number(),
      at: z.string(),
      actor: z.object({ email: z.string() }).nullish(),
      change: z.string(),
      before: z.unknown(),
      after: z.unknown(),
    }),
  ),
});

export type HistoryEntry = z.infer<typeof historySchema>['items'][number];

export function useOpportunityHistory(id: string) {
  return useQuery({
    queryKey: ['opportunity-history', id],
    queryFn: () => getJson(`/api/v1/opportunities/${encodeURIComponent(id)}/history`, historySchema),
  });
}

export type OpportunityBody = Record<string, unknown>;

/** POST answers 201 with the new opportunity's id. */
export function createOpportunity(body: OpportunityBody): Promise<{ id: string }> {
  return sendJson('POST', '/api/v1/opportunities', body, z.object({ id: idSchema }));
}

/** PATCH carries the version the form was loaded from; the server answers 409 if someone changed it since. */
export function updateOpportunity(id: string, body: OpportunityBody & { version: number }): Promise<Opportunity> {
  return sendJson('PATCH', `/api/v1/opportunities/${encodeURIComponent(id)}`, body, opportunitySchema);
}
