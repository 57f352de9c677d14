import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { getJson } from '../../../lib/api';
import { listSchema, listUrl, type ListQuery } from '../../../lib/list';
import { idSchema } from '../../../lib/schemas';

const refSchema = z.object({ id: idSchema, slug: z.string(), name: z.string() });
/** null: fewer than 5, suppressed by the server */
const countSchema = z.number().nullable();

const areaCountsSchema = z.object({
  area: z.object({ id: idSchema, slug: z.string(), name: z.string(), kind: z.string() }),
  microAssets: z.object({
    byCategory: z.array(z.object({ category: z.string(), count: countSchema })),
    total: countSchema,
  }),
});

export type AreaCounts = z.infer<typeof areaCountsSchema>;

/** The area (by slug or id) and its micro-assets by category, small cells suppressed. */
export function useAreaCounts(slug: string) {
  return useQuery({
    queryKey: ['area-counts', slug],
    queryFn: () => getJson(`/api/v1/areas/${encodeURIComponent(slug)}/micro-asset-counts`, areaCountsSchema),
  });
}

export const reaches = ['area', 'location', 'macro_asset', 'programme'] as const;
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

const reachingSchema = z.object({
  id: idSchema,
  title: z.string(),
  kind: z.string(),
  status: z.string(),
  quantity: z.number(),
  closesOn: z.string().nullable(),
  area: refSchema.nullable(),
  macroAsset: refSchema.nullable(),
  publisher: refSchema,
  occupations: z.array(z.object({ code: z.string(), label: z.string() })).default([]),
  reach: z.string(),
});

export type ReachingOpportunity = z.infer<typeof reachingSchema>;

export const reachFilterKeys = ['kind', 'status'] as const;

/** Opportunities that reach the area: set in it, located in it, published by a macro-asset in it, or programme-wide. */
export function useAreaOpportunities(slug: string, query: ListQuery) {
  return useQuery({
    queryKey: ['area-opportunities', slug, query],
    queryFn: () =>
      getJson(listUrl(`/api/v1/areas/${encodeURIComponent(slug)}/opportunities`, query), listSchema(reachingSchema)),
    placeholderData: keepPreviousData,
  });
}

const talentSchema = z.object({
  hiddenTalent: z.array(
    z.object({
      occupation: z.object({ code: z.string(), label: z.string() }),
      supply: countSchema,
      areas: z.array(z.object({ area: refSchema, count: countSchema })).default([]),
    }),
  ),
});

export type LocalTalent = { code: string; label: string; count: number | null };

/**
 * Local skills no open opportunity asks for, in one area. The gaps endpoint has no area filter; it breaks each
 * skill down by area (suppressed), so the area's own cells are picked out here.
 */
export function useAreaHiddenTalent(areaId: string | undefined, enabled: boolean) {
  return useQuery({
    queryKey: ['gaps', 'hidden-talent'],
    queryFn: () => getJson('/api/v1/gaps', talentSchema),
    enabled: enabled && Boolean(areaId),
    select: (data): LocalTalent[] =>
      data.hiddenTalent.flatMap((talent) => {
        const here = talent.areas.find((cell) => cell.area.id === areaId);
        return here ? [{ code: talent.occupation.code, label: talent.occupation.label, count: here.count }] : [];
      }),
  });
}
