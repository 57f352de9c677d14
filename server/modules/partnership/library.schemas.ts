import { z } from 'zod';
import { listQuery, pageOf } from '../../http/paging';
import { consentLevels } from './stories.rules';

/** The story library and named champions: request and response shapes. */
const kinds = ['case_study', 'quote'] as const;
const refText = z.string().trim().min(1).max(100);
export const idParams = z.object({ id: z.string().min(1).max(100) });
export const created = z.object({ id: z.string() });

export const storyView = z.object({
  id: z.string(),
  kind: z.enum(kinds),
  title: z.string(),
  body: z.string(),
  personName: z.string().nullable(),
  consentLevel: z.enum(consentLevels),
  partner: z.object({ slug: z.string(), name: z.string() }),
  workPackage: z.object({ slug: z.string(), code: z.string() }).nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  version: z.number().int(),
});
export const storiesPage = pageOf(storyView);
export const storiesQuery = listQuery(['createdAt', 'title'], '-createdAt').extend({
  kind: z.enum(kinds).optional(),
  consentLevel: z.enum(consentLevels).optional(),
  partner: refText.optional().describe('partner (slug)'),
  workPackage: refText.optional().describe('work package (slug)'),
});
const storyFields = {
  kind: z.enum(kinds),
  title: z.string().trim().min(1).max(200),
  body: z.string().trim().min(1).max(10000),
  personName: z.string().trim().min(1).max(120).nullable().optional(),
  consentLevel: z.enum(consentLevels),
};
export const createStoryBody = z.strictObject({ ...storyFields, workPackage: refText.optional() });
export const updateStoryBody = z.strictObject({
  kind: storyFields.kind.optional(),
  title: storyFields.title.optional(),
  body: storyFields.body.optional(),
  personName: storyFields.personName,
  consentLevel: storyFields.consentLevel.optional(),
  workPackage: refText.nullable().optional(),
  version: z.number().int().min(1),
});
export const exportQuery = z.object({ audience: z.enum(['partnership', 'public']).default('partnership') });

export const championView = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  since: z.string(),
  partner: z.object({ slug: z.string(), name: z.string() }),
  workPackage: z.object({ slug: z.string(), code: z.string(), name: z.string() }).nullable(),
});
export const championsPage = pageOf(championView);
export const championsQuery = listQuery(['name', 'since'], 'name').extend({
  partner: refText.optional().describe('partner (slug)'),
  workPackage: refText.optional().describe('work package (slug)'),
});
export const createChampionBody = z.strictObject({
  name: z.string().trim().min(1).max(120),
  description: z.string().max(2000).optional(),
  partner: refText,
  workPackage: refText.optional(),
});
