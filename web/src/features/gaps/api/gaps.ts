import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { getJson } from '../../../lib/api';
import { idSchema } from '../../../lib/schemas';

const areaRefSchema = z.object({ id: idSchema, slug: z.string(), name: z.string() });

const gapsSchema = z.object({
  trainingNeeds: z.array(
    z.object({
      opportunity: z.object({ id: idSchema, title: z.string(), kind: z.string() }),
      demand: z.number().nullable(),
      supply: z.number().nullable(),
    }),
  ),
  hiddenTalent: z.array(
    z.object({
      occupation: z.object({ code: z.string(), label: z.string() }),
      supply: z.number().nullable(),
      areas: z.array(z.object({ area: areaRefSchema, count: z.number().nullable() })).default([]),
    }),
  ),
});

export type Gaps = z.infer<typeof gapsSchema>;

/** Opportunities with no local supply (training needs) and local skills with no demand (hidden talent). */
export function useGaps() {
  return useQuery({ queryKey: ['gaps'], queryFn: () => getJson('/api/v1/gaps', gapsSchema) });
}
