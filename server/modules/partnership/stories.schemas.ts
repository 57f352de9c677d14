import { z } from 'zod';
import { listQuery, pageOf } from '../../http/paging';

export const calendarEventView = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  startsAt: z.iso.datetime(),
  endsAt: z.iso.datetime(),
  location: z.string(),
  public: z.boolean(),
  partner: z.object({ id: z.string(), slug: z.string(), name: z.string() }),
  workPackage: z.object({ code: z.string(), name: z.string() }).nullable(),
});
export const calendarPage = pageOf(calendarEventView);
export const calendarQuery = listQuery(['startsAt'], 'startsAt').extend({
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  workPackage: z.string().trim().min(1).max(100).optional(),
});
export const createEventBody = z.strictObject({
  title: z.string().trim().min(1).max(200),
  description: z.string().max(5000).optional(),
  startsAt: z.iso.datetime({ offset: true }),
  endsAt: z.iso.datetime({ offset: true }),
  location: z.string().max(300).optional(),
  public: z.boolean().optional(),
  workPackage: z.string().trim().min(1).max(100).optional(),
  partner: z.string().trim().min(1).max(100).optional(),
});
export const created = z.object({ id: z.string() });
