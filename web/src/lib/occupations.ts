import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { getJson } from './api';
import { listSchema, listUrl } from './list';

const occupationSchema = z.object({
  code: z.string(),
  isco08: z.string().nullish(),
  soc2020: z.string().nullish(),
  sector: z.string().nullish(),
  regulated: z.boolean().nullish(),
  regulator: z.string().nullish(),
  label: z.string(),
});

export type Occupation = z.infer<typeof occupationSchema>;

/** Occupations whose label or synonyms match the text, in the UI language where the server has it. */
export function useOccupationSearch(q: string, language: string) {
  return useQuery({
    queryKey: ['occupations', q, language],
    queryFn: () =>
      getJson(
        listUrl('/api/v1/occupations', { page: 1, pageSize: 20, q, lang: language }),
        listSchema(occupationSchema),
      ),
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });
}

const resolveSchema = z.object({
  candidates: z.array(
    z.object({
      code: z.string(),
      label: z.string(),
      isco08: z.string().nullish(),
      soc2020: z.string().nullish(),
      confidence: z.number(),
      reason: z.string().nullish(),
    }),
  ),
});

export type ResolveCandidate = z.infer<typeof resolveSchema>['candidates'][number];

/** Free text in any supported language ("طبيب أطفال", "kitchen porter") to occupation codes, with a confidence. */
export function resolveOccupation(text: string, language: string) {
  const params = new URLSearchParams({ text, lang: language, limit: '5' });
  return getJson(`/api/v1/occupations/resolve?${params.toString()}`, resolveSchema);
}

/** Health occupations (a few dozen) in the UI language, for intake and vacancy forms and list filters. */
export function useHealthOccupations(language: string) {
  return useQuery({
    queryKey: ['occupations', 'health', language],
    queryFn: () =>
      getJson(
        listUrl('/api/v1/occupations', { page: 1, pageSize: 100, sector: 'health', lang: language }),
        listSchema(occupationSchema),
      ),
    staleTime: 10 * 60_000,
  });
}
