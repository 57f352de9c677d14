import { z } from 'zod';
import { listQuery, pageOf } from '../../http/paging';

const statuses = ['draft', 'approved', 'sent'] as const;
export const roundupView = z.object({
  id: z.string(),
  weekStart: z.string(),
  status: z.enum(statuses),
  intro: z.string(),
  highlights: z.array(z.string()),
  draftedAt: z.iso.datetime(),
  approvedAt: z.iso.datetime().nullable(),
  sentAt: z.iso.datetime().nullable(),
  version: z.number().int(),
});
export const roundupDetail = roundupView.extend({
  deliveries: z.array(
    z.object({
      email: z.string(),
      partner: z.string(),
      language: z.string(),
      status: z.string(),
      error: z.string().nullable(),
    }),
  ),
});
export const roundupsPage = pageOf(roundupView);
export const roundupsQuery = listQuery(['weekStart'], '-weekStart').extend({ status: z.enum(statuses).optional() });
export const draftBody = z.strictObject({
  /** any day of the week to draft (default: today) */
  day: z.iso.date().optional(),
});
export const draftResponse = z.object({ created: z.boolean(), roundup: roundupView });
export const editBody = z.strictObject({
  intro: z.string().max(5000).optional(),
  highlights: z.array(z.string().max(500)).max(30).optional(),
  version: z.number().int().min(1),
});
export const versionBody = z.strictObject({ version: z.number().int().min(1) });
export const previewQuery = z.object({
  partner: z.string().trim().min(1).max(100),
  language: z
    .string()
    .regex(/^[a-z]{2,3}$/)
    .optional(),
});
export const previewView = z.object({ subject: z.string(), text: z.string(), language: z.string() });
export const roundupParams = z.object({ id: z.string().min(1).max(100) });

export const contactView = z.object({
  id: z.string(),
  partner: z.object({ id: z.string(), slug: z.string(), name: z.string() }),
  name: z.string(),
  email: z.string(),
  language: z.string(),
});
export const contactsList = z.object({ items: z.array(contactView) });
export const contactBody = z.strictObject({
  partner: z.string().trim().min(1).max(100),
  name: z.string().trim().min(1).max(120),
  email: z.email().max(254),
  language: z
    .string()
    .regex(/^[a-z]{2,3}$/, 'an ISO 639 language code')
    .default('en'),
});
