import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { getJson, sendJson } from '../../../lib/api';
import { listSchema, listUrl, type ListQuery } from '../../../lib/list';
import { idSchema } from '../../../lib/schemas';

/** Categories and the kinds in each (the server and database enforce the same pairs). */
export const microAssetKinds: Record<string, string[]> = {
  human: ['skill', 'qualification', 'talent', 'idea'],
  community: ['group', 'network', 'social_enterprise'],
  physical: ['building', 'green_space', 'blue_space'],
  financial: ['financial'],
};

const refSchema = z.object({ id: idSchema, slug: z.string(), name: z.string() });

export const microAssetSchema = z.object({
  id: idSchema,
  category: z.string(),
  kind: z.string(),
  name: z.string(),
  description: z.string().nullish(),
  occupation: z.object({ code: z.string(), label: z.string() }).nullish(),
  owner: z.object({
    type: z.string(),
    partner: refSchema.nullish(),
    area: refSchema.nullish(),
    resident: z.object({ id: idSchema, reference: z.string() }).nullish(),
  }),
  area: refSchema.nullish(),
  location: z.object({ lat: z.number(), lng: z.number() }).nullish(),
  provenance: z.string(),
  sourceRef: z.string().nullish(),
  visibility: z.string(),
  sensitive: z.boolean(),
  partner: refSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
});

export type MicroAsset = z.infer<typeof microAssetSchema>;

export const ownerTypes = ['resident', 'partner', 'area'] as const;
export const provenances = ['questionnaire', 'interview', 'partner_report', 'self_registration', 'import'] as const;
export const visibilities = ['public', 'partners', 'private'] as const;

export const microAssetFilterKeys = ['category', 'kind', 'area', 'owner'] as const;

const microAssetListSchema = listSchema(microAssetSchema);

export function useMicroAssets(query: ListQuery) {
  return useQuery({
    queryKey: ['micro-assets', query],
    queryFn: () => getJson(listUrl('/api/v1/micro-assets', query), microAssetListSchema),
    placeholderData: keepPreviousData,
  });
}

export const microAssetPath = (id: string) => `/assets/micro-assets/${encodeURIComponent(id)}`;

export const microAssetKey = (id: string) => ['micro-asset', id] as const;

export function useMicroAsset(id: string) {
  return useQuery({
    queryKey: microAssetKey(id),
    queryFn: () => getJson(`/api/v1/micro-assets/${encodeURIComponent(id)}`, microAssetSchema),
  });
}

export type MicroAssetBody = Record<string, unknown>;

/** POST answers 201 with the new micro-asset's id. */
export function createMicroAsset(body: MicroAssetBody): Promise<{ id: string }> {
  return sendJson('POST', '/api/v1/micro-assets', body, z.object({ id: idSchema }));
}

/** PATCH carries the updatedAt the form was loaded from; the server answers 409 if someone changed it since. */
export function updateMicroAsset(id: string, body: MicroAssetBody & { updatedAt: string }): Promise<MicroAsset> {
  return sendJson('PATCH', `/api/v1/micro-assets/${encodeURIComponent(id)}`, body, microAssetSchema);
}
