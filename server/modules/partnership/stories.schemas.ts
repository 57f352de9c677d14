import { z } from 'zod';
import { listQuery, pageOf } from '../../http/paging';
import { consentLevels } from './stories.rules';

const kinds = ['case_study', 'quote'] as const;
export const storyView = z.object({
  id: z.string(),
  kind: z.enum(kinds),
  title: z.string(),
  body: z.string(),
  personName: z.string().nullable(),
  consentLevel: z.enum(consentLevels),
  partner: z.object({ slug: z.string(), name: z.string() }),
  createdAt: z.iso.datetime(),
});
export const storiesPage = pageOf(storyView);
export const storiesQuery = listQuery(['createdAt', 'title'], '-createdAt').extend({
  kind: z.enum(kinds).optional(),
  consentLevel: z.enum(consentLevels).optional(),
});
export const createStoryBody = z.strictObject({
  kind: z.enum(kinds),
  title: z.string().trim().min(1).max(200),
  body: z.string().trim().min(1).max(10000),
  personName: z.string().trim().min(1).max(120).nullable().optional(),
  consentLevel: z.enum(consentLevels),
  workPackage: z.string().trim().min(1).max(100).optional(),
});
export const exportQuery = z.object({ audience: z.enum(['partnership', 'public']).default('partnership') });
export const championsList = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      description: z.string(),
      since: z.string(),
      partner: z.object({ slug: z.string(), name: z.string() }),
      workPackage: z.string().nullable(),
    }),
  ),
});
export const createChampionBody = z.strictObject({
  name: z.string().trim().min(1).max(120),
  description: z.string().max(2000).optional(),
  partner: z.string().trim().min(1).max(100),
  workPackage: z.string().trim().min(1).max(100).optional(),
});
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
