import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { getJson, sendJson } from '../../../lib/api';

/** A candidate's availability and reminder choices (server: matching preferences.routes). */
export const preferencesSchema = z.object({
  availability: z.object({
    hoursPerWeek: z.number().nullable(),
    daysPerWeek: z.number().nullable(),
    from: z.string().nullable(),
  }),
  reminders: z.object({ channels: z.array(z.literal('email')), language: z.string().nullable() }),
  version: z.number(),
});
export type Preferences = z.infer<typeof preferencesSchema>;

const url = (id: string) => `/api/v1/matching/candidates/${encodeURIComponent(id)}/preferences`;

export function usePreferences(id: string) {
  return useQuery({ queryKey: ['candidate', id, 'preferences'], queryFn: () => getJson(url(id), preferencesSchema) });
}

export function savePreferences(id: string, body: Omit<Preferences, 'version'> & { version: number }) {
  return sendJson('PUT', url(id), body, preferencesSchema);
}
