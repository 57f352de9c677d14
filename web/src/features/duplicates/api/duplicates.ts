import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { getJson, sendJson } from '../../../lib/api';
import { idSchema } from '../../../lib/schemas';

export const duplicateEntities = ['micro_asset', 'partner'] as const;
export type DuplicateEntity = (typeof duplicateEntities)[number];

const partySchema = z.object({
  id: idSchema,
  name: z.string(),
  slug: z.string().nullish(),
  kind: z.string(),
  createdAt: z.string(),
});
export type Party = z.infer<typeof partySchema>;

const pairSchema = z.object({
  a: partySchema,
  b: partySchema,
  similarity: z.number(),
  area: z.object({ id: idSchema, slug: z.string(), name: z.string() }).nullable(),
  why: z.array(z.string()),
  suggestedKeepId: idSchema,
});
export type DuplicatePair = z.infer<typeof pairSchema>;

const duplicatesSchema = z.object({ entity: z.string(), threshold: z.number(), items: z.array(pairSchema) });

export const duplicatesKey = (entity: DuplicateEntity) => ['duplicates', entity] as const;

/** Likely duplicate pairs, most alike first (the server sends at most 500; the page pages and searches them). */
export function useDuplicates(entity: DuplicateEntity) {
  return useQuery({
    queryKey: duplicatesKey(entity),
    queryFn: () => getJson(`/api/v1/duplicates?entity=${entity}&limit=500`, duplicatesSchema),
  });
}

const mergeSchema = z.object({
  mergeId: z.number(),
  entity: z.string(),
  keptId: idSchema,
  mergedId: idSchema,
  moved: z.record(z.string(), z.number()),
});
export type MergeResult = z.infer<typeof mergeSchema>;

/** Merges one record into another: its references move to the kept one and it is hidden from lists. */
export function mergeDuplicates(body: { entity: DuplicateEntity; keepId: string; mergeId: string }) {
  return sendJson('POST', '/api/v1/duplicates/merge', body, mergeSchema);
}

const partnerSchema = z.object({
  id: idSchema,
  slug: z.string(),
  name: z.string(),
  kind: z.string(),
  website: z.string().nullish(),
  description: z.string().nullish(),
});

const assetSchema = z.object({
  id: idSchema,
  name: z.string(),
  kind: z.string(),
  description: z.string().nullish(),
  area: z.object({ name: z.string() }).nullish(),
  provenance: z.string(),
  visibility: z.string(),
  partner: z.object({ name: z.string() }),
  createdAt: z.string(),
});

export type RecordDetail =
  | { entity: 'partner'; record: z.infer<typeof partnerSchema> }
  | { entity: 'micro_asset'; record: z.infer<typeof assetSchema> };

/** The full record, for the side-by-side comparison. */
export function useRecordDetail(entity: DuplicateEntity, id: string) {
  return useQuery({
    queryKey: ['duplicate-record', entity, id],
    queryFn: async (): Promise<RecordDetail> =>
      entity === 'partner'
        ? { entity, record: await getJson(`/api/v1/partners/${encodeURIComponent(id)}`, partnerSchema) }
        : { entity, record: await getJson(`/api/v1/micro-assets/${encodeURIComponent(id)}`, assetSchema) },
  });
}
