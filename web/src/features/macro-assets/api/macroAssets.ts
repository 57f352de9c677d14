import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { getJson } from '../../../lib/api';
import { listSchema, listUrl, type ListQuery } from '../../../lib/list';
import { idSchema, partnerRefSchema } from '../../../lib/schemas';

export const macroAssetKinds = ['hospital', 'housing', 'green_blue_infrastructure', 'university', 'transport', 'other'];

const pointSchema = z.object({ lat: z.number(), lng: z.number() });
const moneySchema = z
  .union([z.string(), z.number()])
  .nullish()
  .transform((value) => (value === null || value === undefined ? null : String(value)));

export const macroAssetSchema = z.object({
  id: idSchema,
  slug: z.string(),
  name: z.string(),
  kind: z.string(),
  status: z.string(),
  investmentValue: moneySchema,
  location: pointSchema.nullish(),
  boundary: z.unknown(),
  group: z.string().nullish(),
  phases: z.array(z.object({ name: z.string(), start: z.string(), end: z.string().nullish() })).default([]),
  description: z.string().nullish(),
  owner: partnerRefSchema,
});

export type MacroAsset = z.infer<typeof macroAssetSchema>;

/** The filters the macro-asset list puts in the address bar, on top of page, sort and q. */
export const macroAssetFilterKeys = ['kind'] as const;

const macroAssetListSchema = listSchema(macroAssetSchema);

export function useMacroAssets(query: ListQuery) {
  return useQuery({
    queryKey: ['macro-assets', query],
    queryFn: () => getJson(listUrl('/api/v1/macro-assets', query), macroAssetListSchema),
    placeholderData: keepPreviousData,
  });
}

export function useMacroAsset(idOrSlug: string) {
  return useQuery({
    queryKey: ['macro-asset', idOrSlug],
    queryFn: () => getJson(`/api/v1/macro-assets/${encodeURIComponent(idOrSlug)}`, macroAssetSchema),
  });
}
