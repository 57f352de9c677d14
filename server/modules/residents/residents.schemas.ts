import { z } from 'zod';
import { listQuery, pageOf } from '../../http/paging';

const partnerRef = z.object({ id: z.string(), slug: z.string(), name: z.string() });
export const immigrationStatuses = [
  'british_citizen',
  'settled',
  'refugee',
  'asylum_seeker',
  'work_visa',
  'other',
] as const;

export const residentSummary = z.object({
  id: z.string(),
  reference: z.string(),
  displayName: z.string(),
  languages: z.array(z.string()),
  createdAt: z.iso.datetime(),
  partner: partnerRef,
});
export const residentDetail = residentSummary.extend({ notes: z.string(), immigrationStatus: z.string().nullable() });
export const residentsQuery = listQuery(['reference', 'displayName', 'createdAt'], 'reference');
export const residentsPage = pageOf(residentSummary);
export const residentParams = z.object({ id: z.string().min(1).max(100) });
export const createResidentBody = z.strictObject({
  reference: z.string().trim().min(1).max(40),
  displayName: z.string().trim().min(1).max(120),
  partner: z.string().min(1).max(100).optional(),
  area: z.string().min(1).max(100).nullable().optional(),
  languages: z
    .array(z.string().regex(/^[a-z]{2,3}$/, 'an ISO 639 language code'))
    .max(20)
    .default([]),
  immigrationStatus: z.enum(immigrationStatuses).nullable().optional(),
  notes: z.string().max(2000).optional(),
});
export const createdResponse = z.object({ id: z.string() });
