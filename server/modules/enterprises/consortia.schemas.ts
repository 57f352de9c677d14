import { z } from 'zod';
import { listQuery, pageOf } from '../../http/paging';

/** Shapes of consortia (by market) and their member enterprises. */
const capability = z.string().trim().min(1).max(80);
export const consortiumSummary = z.object({
  id: z.string(),
  name: z.string(),
  market: z.string(),
  lead: z.object({ id: z.string(), name: z.string() }).nullable(),
  capabilities: z.array(z.string()),
  memberCount: z.number().int(),
});
export const consortiumView = consortiumSummary.extend({
  description: z.string(),
  members: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      markets: z.array(z.string()),
      area: z.object({ id: z.string(), name: z.string() }).nullable(),
      role: z.enum(['lead', 'member']),
    }),
  ),
  version: z.number().int(),
});
export const consortiaPage = pageOf(consortiumSummary);
export const consortiaQuery = listQuery(['name', 'market'], 'name').extend({
  market: z.string().trim().min(1).max(40).optional(),
});
export const createConsortiumBody = z.strictObject({
  name: z.string().trim().min(1).max(200),
  market: z.string().trim().min(1).max(40),
  lead: z.uuid().nullable().default(null),
  capabilities: z.array(capability).max(30).default([]),
  description: z.string().trim().max(2000).default(''),
});
export type CreateConsortiumBody = z.infer<typeof createConsortiumBody>;
export const updateConsortiumBody = z.strictObject({
  name: z.string().trim().min(1).max(200).optional(),
  lead: z.uuid().nullable().optional(),
  capabilities: z.array(capability).max(30).optional(),
  description: z.string().trim().max(2000).optional(),
  version: z.number().int().min(1),
});
export type UpdateConsortiumBody = z.infer<typeof updateConsortiumBody>;
export const memberBody = z.strictObject({ enterprise: z.uuid() });
export const memberParams = z.object({ id: z.uuid(), enterpriseId: z.uuid() });
