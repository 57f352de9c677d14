import { z } from 'zod';
import { listQuery, pageOf } from '../../http/paging';

const ref = z.object({ id: z.string(), slug: z.string(), name: z.string() });
const point = z.object({ lat: z.number(), lng: z.number() });

export const areasQuery = listQuery(['name', 'kind'], 'name');
export const areaView = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  kind: z.string(),
  code: z.string().nullable(),
  description: z.string(),
  centre: point.nullable(),
  boundary: z.unknown(),
});
export const areasPage = pageOf(areaView);

export const sitesQuery = listQuery(['name', 'kind'], 'name').extend({ area: z.string().max(100).optional() });
export const siteView = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  kind: z.string(),
  lat: z.number(),
  lng: z.number(),
  description: z.string(),
  area: ref.nullable(),
});
export const sitesPage = pageOf(siteView);
