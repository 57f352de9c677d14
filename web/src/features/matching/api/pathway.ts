import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { getJson } from '../../../lib/api';
import { idSchema } from '../../../lib/schemas';

/** 'unknown' where the reference data gives no typical time */
const estimate = z.union([z.literal('unknown'), z.object({ weeks: z.number(), basis: z.string() })]);

const shortfallSchema = z.object({ skill: z.string(), score: z.number(), required: z.number(), shortfall: z.number() });

export const pathwaySchema = z.object({
  profession: z.object({ id: z.string(), regulator: z.string(), route: z.string(), routeName: z.string() }).nullable(),
  steps: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      label: z.string(),
      status: z.enum(['passed', 'current', 'to-do', 'blocked']),
      blockedBecause: z.string().nullable(),
    }),
  ),
  currentStep: z.string().nullable(),
  english: z
    .object({
      status: z.enum(['met', 'not-met', 'unknown']),
      assessments: z.array(
        z.object({
          rule: z.string(),
          test: z.string(),
          status: z.string(),
          reason: z.string(),
          overall: z.object({ score: z.number(), required: z.number(), shortfall: z.number() }).nullable(),
          shortfalls: z.array(shortfallSchema),
        }),
      ),
    })
    .nullable(),
  examsRemaining: z.array(z.string()),
  nextAction: z.object({ step: z.string(), text: z.string(), estimate }).nullable(),
  notes: z.array(z.string()),
});
export type Pathway = z.infer<typeof pathwaySchema>;

export const interimRoleSchema = z.object({
  id: z.string(),
  title: z.string(),
  band: z.object({ min: z.number(), max: z.number() }).nullable(),
  paid: z.boolean(),
  status: z.enum(['available', 'needs-evidence', 'not-eligible']),
  gates: z.array(z.object({ gate: z.string(), outcome: z.enum(['pass', 'fail', 'unknown']), reason: z.string() })),
  notes: z.string(),
});
export type InterimRole = z.infer<typeof interimRoleSchema>;

const pathwaysSchema = z.object({
  asOf: z.string(),
  pathways: z.array(
    z.object({
      qualification: z.object({ id: idSchema, occupation: z.string() }),
      pathway: pathwaySchema,
      interimRoles: z.array(interimRoleSchema),
    }),
  ),
});

export function usePathway(id: string) {
  return useQuery({
    queryKey: ['candidate', id, 'pathway'],
    queryFn: () => getJson(`/api/v1/matching/candidates/${encodeURIComponent(id)}/pathway`, pathwaysSchema),
  });
}
