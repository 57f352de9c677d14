import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { getJson } from '../../../lib/api';
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

export const microAssetFilterKeys = ['category', 'kind', 'area'] as const;

const microAssetListSchema = listSchema(microAssetSchema);

export function useMicroAssets(query: ListQuery) {
  return useQuery({
    queryKey: ['micro-assets', query],
    queryFn: () => getJson(listUrl('/api/v1/micro-assets', query), microAssetListSchema),
    placeholderData: keepPreviousData,
  });
}
