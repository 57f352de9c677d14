import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { getJson } from './api';
import { listSchema } from './list';
import { idSchema } from './schemas';

export const areaSchema = z.object({
  id: idSchema,
  slug: z.string(),
  name: z.string(),
  kind: z.string(),
  centre: z.object({ lat: z.number(), lng: z.number() }).nullish(),
  boundary: z.unknown(),
});

export type Area = z.infer<typeof areaSchema>;

/** Every area of the programme (a city pack has a dozen or so): for filters and for focusing the map. */
export const areasQuery = queryOptions({
  queryKey: ['areas', 'all'],
  queryFn: async () => (await getJson('/api/v1/areas?pageSize=100&sort=name', listSchema(areaSchema))).items,
  staleTime: 10 * 60_000,
});

export function useAreas(enabled = true) {
  return useQuery({ ...areasQuery, enabled });
}
