import { z } from 'zod';
import { listQuery, pageOf } from '../../http/paging';
import { eventKinds } from './calendar.tables';

/** Shapes of network events on the shared calendar: list, detail, registration, attendance. */
const instant = z.iso.datetime({ offset: true, message: 'a date and time such as 2026-12-01T10:00:00Z' });
export const eventParams = z.object({ id: z.uuid('an event id') });
export const eventsQuery = listQuery(['startsAt'], 'startsAt').extend({
  from: instant.optional(),
  to: instant.optional(),
  workPackage: z.string().trim().min(1).max(100).optional(),
  kind: z.enum(eventKinds).optional(),
  public: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});
export const eventView = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  location: z.string(),
  public: z.boolean(),
  partner: z.object({ id: z.string(), slug: z.string(), name: z.string() }),
  workPackage: z.object({ code: z.string(), name: z.string() }).nullable(),
  kind: z.string(),
  capacity: z.number().nullable(),
  speakers: z.array(z.string()),
  topics: z.array(z.string()),
  registered: z.number(),
});
export const eventsPage = pageOf(eventView);
const short = z.string().trim().min(1).max(200);
export const createEventBody = z.strictObject({
  title: short,
  description: z.string().max(5000).optional(),
  startsAt: instant,
  endsAt: instant,
  location: z.string().max(300).optional(),
  public: z.boolean().optional(),
  workPackage: z.string().trim().min(1).max(100).optional(),
  partner: z.string().trim().min(1).max(100).optional(),
  kind: z.enum(eventKinds).optional(),
  capacity: z.number().int().min(1).max(10000).optional(),
  speakers: z.array(short).max(20).optional(),
  topics: z.array(short).max(20).optional(),
});
const registration = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  language: z.string(),
  attended: z.boolean().nullable(),
  registeredAt: z.string(),
});
export const eventDetail = eventView.extend({ registrations: z.array(registration), mine: registration.nullable() });
export const registerBody = z.strictObject({
  name: z.string().trim().min(1).max(120).optional(),
  email: z.email('an email address').max(254).optional(),
  language: z
    .string()
    .regex(/^[a-z]{2,3}$/, 'a language code such as ar')
    .optional(),
  enterprise: z.uuid('an enterprise id').optional(),
});
export const attendanceBody = z.strictObject({
  attendance: z
    .array(z.strictObject({ registration: z.uuid('a registration id'), attended: z.boolean() }))
    .min(1)
    .max(1000),
});
export const created = z.object({ id: z.string() });
