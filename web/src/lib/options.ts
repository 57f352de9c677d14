import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { getJson } from './api';
import { listSchema } from './list';
import { idSchema } from './schemas';

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

/** Every partner (a programme has a few dozen): an owner, a publisher on another's behalf, a mentor's company. */
export function usePartnerOptions(enabled: boolean) {
  return useQuery({
    queryKey: ['partners', 'options'],
    queryFn: async () => (await getJson('/api/v1/partners?pageSize=100&sort=name', listSchema(optionSchema))).items,
    staleTime: 5 * 60_000,
    enabled,
  });
}
