import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { getJson, sendJson } from '../../../lib/api';
import { listSchema, listUrl, type ListQuery } from '../../../lib/list';
import { idSchema } from '../../../lib/schemas';

/** Training programmes, cohorts, waiting lists and a candidate's own position (skills matching, section 3). */

const ref = z.object({ slug: z.string(), name: z.string() });
export const cohortSchema = z.object({
  id: idSchema,
  name: z.string(),
  programme: ref,
  funder: ref,
  capacity: z.number(),
  enrolled: z.number(),
  seatsLeft: z.number(),
  startsOn: z.string(),
  endsOn: z.string(),
  venue: z.string(),
  status: z.enum(['coming', 'running', 'ended']),
});
export type Cohort = z.infer<typeof cohortSchema>;

const programmeSchema = z.object({
  id: idSchema,
  slug: z.string(),
  name: z.string(),
  kind: z.string(),
  weeks: z.number(),
  pathwayStep: z.string(),
  description: z.string(),
  waiting: z.number(),
  nextCohort: cohortSchema.nullable(),
});
export type Programme = z.infer<typeof programmeSchema>;
export const priorityRuleSchema = z.looseObject({ id: z.string(), enabled: z.boolean() });
export type PriorityRule = z.infer<typeof priorityRuleSchema>;
const programmeDetailSchema = programmeSchema.extend({
  priorityRules: z.array(priorityRuleSchema),
  version: z.number(),
  cohorts: z.array(cohortSchema),
});
export type ProgrammeDetail = z.infer<typeof programmeDetailSchema>;

export const partSchema = z.object({
  rule: z.string(),
  points: z.number(),
  text: z.string(),
  reason: z.string(),
  facts: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type PriorityPart = z.infer<typeof partSchema>;
const waitingSchema = z.object({
  id: idSchema,
  position: z.number(),
  score: z.number(),
  parts: z.array(partSchema),
  joinedOn: z.string(),
  candidate: z.object({ id: idSchema, reference: z.string(), fullName: z.string() }).nullable(),
  fundedBy: z.array(z.string()),
});
export type WaitingEntry = z.infer<typeof waitingSchema>;

const cohortDetailSchema = cohortSchema.extend({
  enrolments: z.array(
    z.object({
      id: idSchema,
      candidate: z.object({ id: idSchema, reference: z.string(), fullName: z.string().nullable() }),
      enrolledOn: z.string(),
      attendance: z.array(z.object({ sessionOn: z.string(), present: z.boolean() })),
      attendanceRate: z.number().nullable(),
    }),
  ),
  sessions: z.array(z.string()),
});
export type CohortDetail = z.infer<typeof cohortDetailSchema>;

const positionSchema = z.object({
  programme: z.object({ name: z.string(), kind: z.string(), weeks: z.number() }),
  position: z.number(),
  waiting: z.number(),
  joinedOn: z.string(),
  parts: z.array(partSchema),
  nextCohortStartsOn: z.string().nullable(),
  asOf: z.string(),
});
const joinedSchema = z.object({ id: idSchema, position: z.number(), token: z.string(), positionPath: z.string() });
export type Joined = z.infer<typeof joinedSchema>;

const enc = encodeURIComponent;

export function useProgrammes(query: ListQuery) {
  return useQuery({
    queryKey: ['training', 'programmes', query],
    queryFn: () => getJson(listUrl('/api/v1/matching/programmes', query), listSchema(programmeSchema)),
    placeholderData: keepPreviousData,
  });
}

export function useProgramme(slug: string) {
  return useQuery({
    queryKey: ['training', 'programme', slug],
    queryFn: () => getJson(`/api/v1/matching/programmes/${enc(slug)}`, programmeDetailSchema),
  });
}

export function useWaitingList(slug: string, query: ListQuery) {
  return useQuery({
    queryKey: ['training', 'waiting', slug, query],
    queryFn: () =>
      getJson(
        listUrl(`/api/v1/matching/programmes/${enc(slug)}/waiting-list`, query),
        listSchema(waitingSchema).extend({ rules: z.array(priorityRuleSchema) }),
      ),
    placeholderData: keepPreviousData,
  });
}

export const waitingCsvUrl = (slug: string, query: ListQuery) =>
  listUrl(`/api/v1/matching/programmes/${enc(slug)}/waiting-list.csv`, { ...query, page: 1, pageSize: 100 });

export function useCohort(id: string) {
  return useQuery({
    queryKey: ['training', 'cohort', id],
    queryFn: () => getJson(`/api/v1/matching/cohorts/${enc(id)}`, cohortDetailSchema),
  });
}

export function usePosition(token: string) {
  return useQuery({
    queryKey: ['training', 'position', token],
    queryFn: () => getJson(`/api/v1/matching/training-positions/${enc(token)}`, positionSchema),
    retry: false,
  });
}

const candidateOptions = listSchema(z.object({ id: idSchema, reference: z.string(), fullName: z.string() }));
export function useCandidateSearch(q: string) {
  return useQuery({
    queryKey: ['training', 'candidate-search', q],
    queryFn: () => getJson(listUrl('/api/v1/matching/candidates', { page: 1, pageSize: 20, q }), candidateOptions),
    enabled: q.trim().length >= 2,
  });
}

export const joinWaitingList = (slug: string, candidateId: string) =>
  sendJson('POST', `/api/v1/matching/programmes/${enc(slug)}/waiting-list`, { candidateId }, joinedSchema);

export const enrol = (cohortId: string, candidateId: string) =>
  sendJson('POST', `/api/v1/matching/cohorts/${enc(cohortId)}/enrolments`, { candidateId }, z.looseObject({}));

export const saveRules = (slug: string, version: number, priorityRules: PriorityRule[]) =>
  sendJson(
    'PUT',
    `/api/v1/matching/programmes/${enc(slug)}/priority-rules`,
    { version, priorityRules },
    programmeDetailSchema,
  );

export const recordAttendance = (
  cohortId: string,
  sessionOn: string,
  entries: { candidateId: string; present: boolean }[],
) =>
  sendJson('PUT', `/api/v1/matching/cohorts/${enc(cohortId)}/attendance`, { sessionOn, entries }, cohortDetailSchema);

export const recordResult = (cohortId: string, body: Record<string, unknown>) =>
  sendJson('POST', `/api/v1/matching/cohorts/${enc(cohortId)}/results`, body, z.looseObject({}));
