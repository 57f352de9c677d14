import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { getJson } from '../../../lib/api';
import { idSchema } from '../../../lib/schemas';

const areaRefSchema = z.object({ id: idSchema, slug: z.string(), name: z.string() });
/** Counts under 5 arrive as null (suppressed). */
const countSchema = z.number().nullable();

const candidateSchema = z.object({
  microAsset: z.object({
    id: idSchema,
    name: z.string(),
    kind: z.string(),
    category: z.string(),
    owner: z.object({ type: z.string() }),
  }),
  score: z.number(),
  reasons: z.array(z.string()).default([]),
});

const linkedOpportunitySchema = z.object({
  opportunity: z.object({
    id: idSchema,
    title: z.string(),
    kind: z.string(),
    status: z.string(),
    quantity: z.number().nullish(),
    closesOn: z.string().nullish(),
    occupations: z.array(z.object({ code: z.string(), label: z.string() })).default([]),
  }),
  supply: z.object({
    total: countSchema,
    byArea: z.array(z.object({ area: areaRefSchema, count: countSchema })).default([]),
  }),
  candidates: z.array(candidateSchema).default([]),
  gap: z.boolean(),
});

export const linksSchema = z.object({
  macroAsset: z.object({ id: idSchema, slug: z.string(), name: z.string() }),
  opportunities: z.array(linkedOpportunitySchema),
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int(),
  gaps: z.object({
    trainingNeeds: z.array(z.object({ opportunityId: idSchema, title: z.string(), quantity: z.number().nullish() })),
  }),
});

export type Links = z.infer<typeof linksSchema>;
export type LinkedOpportunity = z.infer<typeof linkedOpportunitySchema>;
export type Candidate = z.infer<typeof candidateSchema>;

/** What the neighbourhood can supply for each of a macro-asset's opportunities, and what it cannot. */
export function useMacroAssetLinks(idOrSlug: string, page = 1) {
  return useQuery({
    queryKey: ['macro-asset-links', idOrSlug, page],
    queryFn: () =>
      getJson(`/api/v1/macro-assets/${encodeURIComponent(idOrSlug)}/links?page=${page}&pageSize=10`, linksSchema),
    placeholderData: keepPreviousData,
  });
}
