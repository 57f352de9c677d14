import { z } from 'zod';
import { listQuery, pageOf } from '../../http/paging';

export const programmeView = z.object({
  slug: z.string(),
  name: z.string(),
  city: z.string(),
  defaultLocale: z.string(),
  locales: z.array(z.string()),
  map: z.object({
    centre: z.object({ lat: z.number(), lng: z.number() }),
    zoom: z.number(),
    tileUrl: z.string().nullable(),
  }),
});
export const workPackagesQuery = listQuery(['code', 'name'], 'code').extend({
  lead: z.string().trim().min(1).max(100).optional().describe('lead partner (slug)'),
});
export const workPackagesPage = pageOf(
  z.object({
    id: z.string(),
    slug: z.string(),
    code: z.string(),
    name: z.string(),
    description: z.string(),
    lead: z.object({ id: z.string(), slug: z.string(), name: z.string() }),
  }),
);
