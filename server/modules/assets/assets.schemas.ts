import { z } from 'zod';
import { listQuery, pageOf } from '../../http/paging';

export const macroAssetKinds = [
  'hospital',
  'housing',
  'green_blue_infrastructure',
  'university',
  'transport',
  'other',
] as const;

export const macroAssetsQuery = listQuery(['name', 'kind', 'status', 'investmentValue'], 'name').extend({
  kind: z.enum(macroAssetKinds).optional(),
});
export const macroAssetView = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  kind: z.string(),
  status: z.string(),
  investmentValue: z.string().nullable().describe('pounds sterling, exact decimal as a string'),
  location: z.object({ lat: z.number(), lng: z.number() }).nullable(),
  boundary: z.unknown(),
  group: z.string().nullable(),
  phases: z.array(z.object({ name: z.string(), start: z.string(), end: z.string().nullable() })),
  description: z.string(),
  owner: z.object({ id: z.string(), slug: z.string(), name: z.string() }),
});
export const macroAssetsPage = pageOf(macroAssetView);
export const macroAssetParams = z.object({ id: z.string().min(1).max(100) });
