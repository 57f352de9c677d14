import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { getJson } from '../../../lib/api';
import { listSchema } from '../../../lib/list';
import { idSchema } from '../../../lib/schemas';

const optionSchema = z.object({ id: idSchema, slug: z.string(), name: z.string() });
export type NamedOption = z.infer<typeof optionSchema>;

/** All macro-assets, for the publisher and filter choices (a programme has a handful). */
export function useMacroAssetOptions() {
  return useQuery({
    queryKey: ['macro-assets', 'options'],
    queryFn: async () => (await getJson('/api/v1/macro-assets?pageSize=100&sort=name', listSchema(optionSchema))).items,
    staleTime: 5 * 60_000,
  });
}

/** Partners, for a coordinator publishing on another partner's behalf. */
export function usePartnerOptions(enabled: boolean) {
  return useQuery({
    queryKey: ['partners', 'options'],
    queryFn: async () => (await getJson('/api/v1/partners?pageSize=100&sort=name', listSchema(optionSchema))).items,
    staleTime: 5 * 60_000,
    enabled,
  });
}
