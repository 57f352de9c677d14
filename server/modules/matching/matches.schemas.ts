import { z } from 'zod';
import { vacancyView } from './vacancies.schemas';

const gate = z.object({ gate: z.string(), outcome: z.enum(['pass', 'fail', 'unknown']), reason: z.string() });
const component = z.object({
  name: z.enum(['occupation', 'english', 'registration', 'location']),
  weight: z.number(),
  value: z.number(),
  points: z.number(),
  reason: z.string(),
});
export const matchEvaluation = z.object({
  candidateId: z.string(),
  occupation: z.string(),
  total: z.number(),
  score: z.number().int(),
  components: z.array(component),
  readiness: z.enum(['ready', 'needs-evidence', 'future']),
  readyInMonths: z.number().nullable(),
  readyBasis: z.string().nullable(),
  gates: z.array(gate),
  reasons: z.array(z.string()),
  gaps: z.array(z.string()),
});
export const suggestionsResponse = z.object({
  vacancy: vacancyView,
  items: z.array(
    matchEvaluation.extend({
      candidate: z.object({
        id: z.string(),
        reference: z.string(),
        fullName: z.string(),
        matchingConsent: z.boolean(),
      }),
      decision: z
        .object({ status: z.enum(['confirmed', 'rejected']), reason: z.string(), decidedAt: z.string() })
        .nullable(),
    }),
  ),
});
export const suggestionsQuery = z.object({ limit: z.coerce.number().int().min(1).max(200).default(50) });
export const candidateVacanciesQuery = z.object({ limit: z.coerce.number().int().min(1).max(100).default(20) });
export const candidateVacanciesResponse = z.object({
  candidate: z.object({ id: z.string(), reference: z.string() }),
  items: z.array(z.object({ vacancy: vacancyView, match: matchEvaluation })),
});
export const decisionBody = z.strictObject({
  candidate: z.uuid('a candidate id'),
  decision: z.enum(['confirm', 'reject']),
  reason: z.string().max(1000).optional(),
});
export const decisionResponse = z.object({ id: z.string(), status: z.string(), score: z.number() });
export const employerMatchesResponse = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      candidate: z.object({
        reference: z.string(),
        name: z.string().nullable(),
        email: z.string().nullable(),
        phone: z.string().nullable(),
      }),
      occupation: z.string(),
      score: z.number(),
      readiness: z.string(),
      readyInMonths: z.number().nullable(),
      components: z.array(component),
      reasons: z.array(z.string()),
      gaps: z.array(z.string()),
      confirmedAt: z.string(),
    }),
  ),
});
const count = z.number().int().nullable();
export const shortageQuery = z.object({ employer: z.uuid().optional() });
export const shortageResponse = z.object({
  asOf: z.string(),
  rows: z.array(
    z.object({
      occupation: z.string(),
      band: z.number().nullable(),
      registration: z.string().nullable(),
      demand: z.number().int(),
      vacancies: z.number().int(),
      supply: z.object({
        now: count,
        'within-3-months': count,
        'within-12-months': count,
        later: count,
        'time-unknown': count,
      }),
      supplyTotal: count,
      shortfallNow: count,
      stages: z.array(z.object({ step: z.string(), count })),
    }),
  ),
});
export const rematchResponse = z.object({
  candidates: z.number(),
  features: z.number(),
  vacancies: z.number(),
  ms: z.number(),
});
