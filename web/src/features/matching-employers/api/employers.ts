import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { getJson, sendJson } from '../../../lib/api';
import { listSchema, listUrl, type ListQuery } from '../../../lib/list';

/** Vacancies, suggestions, decisions, the employer's confirmed matches and the shortage analysis. */

export const vacancySchema = z.object({
  id: z.string(),
  title: z.string(),
  employer: z.object({ id: z.string() }),
  occupations: z.array(z.string()),
  band: z.number().nullable(),
  registration: z.string().nullable(),
  dbs: z.string(),
  paid: z.boolean(),
  englishLevel: z.string().nullable(),
  quantity: z.number(),
  status: z.string(),
  closesOn: z.string().nullable(),
});
export type Vacancy = z.infer<typeof vacancySchema>;
export const vacancyFilterKeys = ['occupation', 'band', 'status', 'employer'] as const;

export function useVacancies(query: ListQuery) {
  return useQuery({
    queryKey: ['vacancies', query],
    queryFn: () => getJson(listUrl('/api/v1/matching/vacancies', query), listSchema(vacancySchema)),
    placeholderData: keepPreviousData,
  });
}

const employerSchema = z.object({
  partner: z.object({ id: z.string(), slug: z.string(), name: z.string() }),
  kind: z.string(),
  active: z.boolean(),
});
export function useEmployers() {
  return useQuery({
    queryKey: ['employers'],
    queryFn: () => getJson('/api/v1/matching/employers', z.object({ items: z.array(employerSchema) })),
    staleTime: 60_000,
  });
}

export interface NewVacancy {
  title: string;
  description?: string;
  occupations: string[];
  band: number | null;
  registration: string | null;
  dbs: 'none' | 'basic' | 'enhanced';
  englishLevel: string | null;
  quantity: number;
  closesOn: string | null;
  partner?: string;
}
export const createVacancy = (body: NewVacancy) =>
  sendJson('POST', '/api/v1/matching/vacancies', body, z.object({ id: z.string() }));

const componentSchema = z.object({
  name: z.enum(['occupation', 'english', 'registration', 'location']),
  weight: z.number(),
  value: z.number(),
  points: z.number(),
  reason: z.string(),
});
export type ScoreComponent = z.infer<typeof componentSchema>;
export const matchSchema = z.object({
  candidateId: z.string(),
  occupation: z.string(),
  score: z.number(),
  components: z.array(componentSchema),
  readiness: z.enum(['ready', 'needs-evidence', 'future']),
  readyInMonths: z.number().nullable(),
  readyBasis: z.string().nullable(),
  reasons: z.array(z.string()),
  gaps: z.array(z.string()),
});
export type Match = z.infer<typeof matchSchema>;
const suggestionSchema = matchSchema.extend({
  candidate: z.object({ id: z.string(), reference: z.string(), fullName: z.string(), matchingConsent: z.boolean() }),
  decision: z
    .object({ status: z.enum(['confirmed', 'rejected']), reason: z.string(), decidedAt: z.string() })
    .nullable(),
});
export type Suggestion = z.infer<typeof suggestionSchema>;

export function useVacancy(id: string) {
  return useQuery({
    queryKey: ['vacancy', id],
    queryFn: () => getJson(`/api/v1/matching/vacancies/${encodeURIComponent(id)}`, vacancySchema),
  });
}

export function useSuggestions(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['suggestions', id],
    queryFn: () =>
      getJson(
        `/api/v1/matching/vacancies/${encodeURIComponent(id)}/suggestions?limit=50`,
        z.object({ vacancy: vacancySchema, items: z.array(suggestionSchema) }),
      ),
    enabled,
  });
}

export const decide = (vacancy: string, candidate: string, decision: 'confirm' | 'reject', reason?: string) =>
  sendJson(
    'POST',
    `/api/v1/matching/vacancies/${encodeURIComponent(vacancy)}/decisions`,
    { candidate, decision, ...(reason ? { reason } : {}) },
    z.object({ id: z.string(), status: z.string(), score: z.number() }),
  );

const employerMatchSchema = z.object({
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
  components: z.array(componentSchema),
  reasons: z.array(z.string()),
  gaps: z.array(z.string()),
  confirmedAt: z.string(),
});
export type EmployerMatch = z.infer<typeof employerMatchSchema>;
export function useEmployerMatches(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['employer-matches', id],
    queryFn: () =>
      getJson(
        `/api/v1/matching/vacancies/${encodeURIComponent(id)}/matches`,
        z.object({ items: z.array(employerMatchSchema) }),
      ),
    enabled,
  });
}

export function useCandidateVacancies(id: string) {
  return useQuery({
    queryKey: ['candidate-vacancies', id],
    queryFn: () =>
      getJson(
        `/api/v1/matching/candidates/${encodeURIComponent(id)}/vacancies?limit=20`,
        z.object({ items: z.array(z.object({ vacancy: vacancySchema, match: matchSchema })) }),
      ),
  });
}

const count = z.number().nullable();
export const buckets = ['now', 'within-3-months', 'within-12-months', 'later', 'time-unknown'] as const;
const shortageRowSchema = z.object({
  occupation: z.string(),
  band: z.number().nullable(),
  registration: z.string().nullable(),
  demand: z.number(),
  vacancies: z.number(),
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
});
export type ShortageRow = z.infer<typeof shortageRowSchema>;
export function useShortage(employer: string) {
  const qs = employer ? `?employer=${encodeURIComponent(employer)}` : '';
  return useQuery({
    queryKey: ['shortage', employer],
    queryFn: () =>
      getJson(`/api/v1/matching/shortage${qs}`, z.object({ asOf: z.string(), rows: z.array(shortageRowSchema) })),
  });
}
export const shortageCsvUrl = (employer: string) =>
  `/api/v1/matching/shortage.csv${employer ? `?employer=${encodeURIComponent(employer)}` : ''}`;
