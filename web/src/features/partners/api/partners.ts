import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { getJson } from '../../../lib/api';
import { listSchema, listUrl, type ListQuery } from '../../../lib/list';
import { idSchema } from '../../../lib/schemas';

export const partnerSchema = z.object({
  id: idSchema,
  slug: z.string(),
  name: z.string(),
  kind: z.string(),
  website: z.string().nullable(),
});

export type Partner = z.infer<typeof partnerSchema>;

const partnerListSchema = listSchema(partnerSchema);

export function fetchPartners(query: ListQuery) {
  return getJson(listUrl('/api/v1/partners', query), partnerListSchema);
}

export function usePartners(query: ListQuery) {
  return useQuery({
    queryKey: ['partners', query],
    queryFn: () => fetchPartners(query),
    placeholderData: keepPreviousData,
  });
}
