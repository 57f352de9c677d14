import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { getJson } from '../../../lib/api';
import { idSchema } from '../../../lib/schemas';

const resultSchema = z.object({
  type: z.string(),
  id: idSchema,
  title: z.string(),
  subtitle: z.string().nullish(),
  score: z.number().nullish(),
  url: z.string().nullish(),
});

export type SearchResult = z.infer<typeof resultSchema>;

const searchSchema = z.object({ results: z.array(resultSchema) });

/** One ranked, typo-tolerant search across assets, opportunities, partners and areas. */
export function useSearch(q: string, limit = 20) {
  const text = q.trim();
  return useQuery({
    queryKey: ['search', text, limit],
    queryFn: () => getJson(`/api/v1/search?${new URLSearchParams({ q: text, limit: String(limit) })}`, searchSchema),
    enabled: text.length >= 2,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}
