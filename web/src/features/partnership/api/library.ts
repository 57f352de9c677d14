import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { getJson, sendJson } from '../../../lib/api';
import { listSchema, listUrl, type ListQuery } from '../../../lib/list';
import { idSchema } from '../../../lib/schemas';

/** The story library (consent level on every story) and the named champions. */
export const storyKinds = ['case_study', 'quote'] as const;
export const consentLevels = ['public_named', 'public_anonymous', 'internal'] as const;
export type ConsentLevel = (typeof consentLevels)[number];

const storySchema = z.object({
  id: idSchema,
  kind: z.enum(storyKinds),
  title: z.string(),
  body: z.string(),
  personName: z.string().nullable(),
  consentLevel: z.enum(consentLevels),
  partner: z.object({ slug: z.string(), name: z.string() }),
  workPackage: z.object({ slug: z.string(), code: z.string() }).nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number(),
});
export type Story = z.infer<typeof storySchema>;
export const storyFilterKeys = ['kind', 'consentLevel', 'workPackage'] as const;

export function useStories(query: ListQuery) {
  return useQuery({
    queryKey: ['stories', query],
    queryFn: () => getJson(listUrl('/api/v1/stories', query), listSchema(storySchema)),
    placeholderData: keepPreviousData,
  });
}

export function useStory(id: string, enabled = true) {
  return useQuery({
    queryKey: ['story', id],
    queryFn: () => getJson(`/api/v1/stories/${encodeURIComponent(id)}`, storySchema),
    enabled,
  });
}

export const createStory = (body: Record<string, unknown>) =>
  sendJson('POST', '/api/v1/stories', body, z.object({ id: idSchema }));

export const updateStory = (id: string, body: Record<string, unknown>) =>
  sendJson('PATCH', `/api/v1/stories/${encodeURIComponent(id)}`, body, storySchema);

/** The CSV export for an audience: the public one holds no internal story and names only with consent. */
export const storiesExportUrl = (audience: 'partnership' | 'public') =>
  `/api/v1/stories/export.csv?audience=${audience}`;

const championSchema = z.object({
  id: idSchema,
  name: z.string(),
  description: z.string(),
  since: z.string(),
  partner: z.object({ slug: z.string(), name: z.string() }),
  workPackage: z.object({ slug: z.string(), code: z.string(), name: z.string() }).nullable(),
});
export type Champion = z.infer<typeof championSchema>;
export const championFilterKeys = ['workPackage'] as const;

export function useChampions(query: ListQuery) {
  return useQuery({
    queryKey: ['champions', query],
    queryFn: () => getJson(listUrl('/api/v1/champions', query), listSchema(championSchema)),
    placeholderData: keepPreviousData,
  });
}

export function useChampion(id: string) {
  return useQuery({
    queryKey: ['champion', id],
    queryFn: () => getJson(`/api/v1/champions/${encodeURIComponent(id)}`, championSchema),
  });
}
