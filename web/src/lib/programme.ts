import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { getJson } from './api';

export const programmeSchema = z.object({
  slug: z.string(),
  name: z.string(),
  city: z.string(),
  defaultLocale: z.string(),
  locales: z.array(z.string()),
  map: z.object({
    centre: z.object({ lat: z.number(), lng: z.number() }),
    zoom: z.number(),
    // null or absent: no tile server, so maps draw their own shapes on a plain background.
    tileUrl: z.string().nullish(),
    tileAttribution: z.string().nullish(),
  }),
});

export type Programme = z.infer<typeof programmeSchema>;

export const programmeQuery = queryOptions({
  queryKey: ['programme'],
  queryFn: () => getJson('/api/v1/programme', programmeSchema),
  staleTime: Infinity,
});

export function useProgramme() {
  return useQuery(programmeQuery);
}
