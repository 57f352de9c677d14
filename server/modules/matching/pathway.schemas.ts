import { z } from 'zod';
import { estimate, skills } from './reference.schemas';

/** The response of GET /api/v1/matching/candidates/:id/pathway (documented in OpenAPI). */

const assessment = z.object({
  rule: z.string(),
  regulator: z.string(),
  test: z.enum(['ielts', 'oet']),
  status: z.enum(['met', 'not-met', 'unknown']),
  reason: z.string(),
  basedOn: z.array(z.string()).describe('ids of the English test results used (two when sittings were combined)'),
  overall: z.object({ score: z.number(), required: z.number(), shortfall: z.number() }).nullable(),
  shortfalls: z.array(
    z.object({ skill: z.enum(skills), score: z.number(), required: z.number(), shortfall: z.number() }),
  ),
  expiresOn: z.string().nullable(),
});

const step = z.object({
  id: z.string(),
  kind: z.enum(['evidence', 'english', 'exam', 'training', 'assessment', 'application', 'registration']),
  label: z.string(),
  status: z.enum(['passed', 'current', 'to-do', 'blocked']),
  attempts: z.object({ used: z.number(), allowed: z.number().nullable(), remaining: z.number().nullable() }),
  booked: z.string().nullable(),
  deadline: z.object({ date: z.string(), confidence: z.string(), missed: z.boolean() }).nullable(),
  estimate: estimate.describe('"unknown" where the reference gives no typical time'),
  blockedBecause: z.string().nullable(),
});

const pathway = z.object({
  asOf: z.string(),
  profession: z.object({ id: z.string(), regulator: z.string(), route: z.string(), routeName: z.string() }).nullable(),
  steps: z.array(step),
  currentStep: z.string().nullable(),
  english: z
    .object({
      status: z.enum(['met', 'not-met', 'unknown']),
      by: z.enum(['test', 'alternative']).nullable(),
      assessments: z.array(assessment),
    })
    .nullable(),
  examsRemaining: z.array(z.string()),
  nextAction: z.object({ step: z.string(), text: z.string(), estimate }).nullable(),
  tests: z.array(
    z.object({
      id: z.string(),
      test: z.enum(['ielts', 'oet']),
      date: z.string(),
      overall: z.number().nullable(),
      expiresOn: z.string().nullable(),
      status: z.enum(['invalid', 'expired', 'expires-soon', 'valid', 'validity-unknown']),
      problems: z.array(z.object({ code: z.string(), path: z.string(), message: z.string() })),
    }),
  ),
  notes: z.array(z.string()),
});

const interimRole = z.object({
  id: z.string(),
  title: z.string(),
  occupation: z.string().nullable(),
  band: z.object({ min: z.number(), max: z.number() }).nullable().describe('NHS Agenda for Change band'),
  paid: z.boolean(),
  status: z.enum(['available', 'needs-evidence', 'not-eligible']),
  gates: z.array(z.object({ gate: z.string(), outcome: z.enum(['pass', 'fail', 'unknown']), reason: z.string() })),
  notes: z.string(),
});

export const candidatePathways = z.object({
  candidate: z.object({ id: z.string(), reference: z.string() }),
  asOf: z.string(),
  reference: z.array(z.object({ file: z.string(), version: z.string() })),
  pathways: z.array(
    z.object({
      qualification: z.object({ id: z.string(), occupation: z.string() }),
      pathway,
      interimRoles: z
        .array(interimRole)
        .describe('available now only when every gate passes (legal gates fail closed)'),
    }),
  ),
});
