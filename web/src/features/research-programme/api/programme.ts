import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { getJson, sendJson } from '../../../lib/api';
import { listSchema, listUrl, type ListQuery } from '../../../lib/list';

/** The researcher programme: researchers, recruitment events, cohorts with attendance, the funnel, mentoring. */
export const leaveReasons = ['time', 'pressure', 'found_job', 'enterprise_programme'] as const;
export const researcherStatuses = ['active', 'paused', 'left'] as const;
export const researcherRoles = ['researcher', 'community_partner'] as const;
export type LeaveReason = (typeof leaveReasons)[number];
export type ResearcherStatus = (typeof researcherStatuses)[number];

const ref = z.object({ id: z.string(), name: z.string() });
const accreditation = z.enum(['none', 'level_1', 'full']);
export type Accreditation = z.infer<typeof accreditation>;

export const researcherSchema = z.object({
  id: z.string(),
  displayName: z.string(),
  role: z.enum(researcherRoles),
  status: z.enum(researcherStatuses),
  leaveReason: z.enum(leaveReasons).nullable(),
  leftOn: z.string().nullable(),
  partner: ref,
  signedUpOn: z.string(),
  version: z.number(),
});
export type Researcher = z.infer<typeof researcherSchema>;
const researcherDetailSchema = researcherSchema.extend({
  sessionsAttended: z.number(),
  completedInterviews: z.number(),
  accreditation,
  nextStep: z.object({ sessions: z.number(), interviews: z.number() }).nullable(),
});
export type ResearcherDetail = z.infer<typeof researcherDetailSchema>;

export const researcherFilterKeys = ['status', 'role'] as const;

export function useResearchers(query: ListQuery) {
  return useQuery({
    queryKey: ['researchers', query],
    queryFn: () => getJson(listUrl('/api/v1/research/researchers', query), listSchema(researcherSchema)),
    placeholderData: keepPreviousData,
  });
}

export function useResearcher(id: string) {
  return useQuery({
    queryKey: ['researcher', id],
    queryFn: () => getJson(`/api/v1/research/researchers/${encodeURIComponent(id)}`, researcherDetailSchema),
  });
}

export function changeStatus(
  id: string,
  body: { status: ResearcherStatus; leaveReason: LeaveReason | null; version: number },
) {
  return sendJson('PUT', `/api/v1/research/researchers/${encodeURIComponent(id)}/status`, body, researcherDetailSchema);
}

const notesSchema = z.object({
  items: z.array(z.object({ id: z.string(), body: z.string(), author: z.string().nullable(), createdAt: z.string() })),
});

export function useMentoringNotes(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['mentoring-notes', id],
    queryFn: () => getJson(`/api/v1/research/researchers/${encodeURIComponent(id)}/mentoring-notes`, notesSchema),
    enabled,
  });
}

export function addMentoringNote(id: string, body: string) {
  return sendJson(
    'POST',
    `/api/v1/research/researchers/${encodeURIComponent(id)}/mentoring-notes`,
    { body },
    notesSchema,
  );
}

const eventSchema = z.object({
  id: z.string(),
  title: z.string(),
  heldOn: z.string(),
  location: z.string(),
  area: z.string().nullable(),
  partner: ref,
  signUps: z.number(),
});
export type RecruitmentEvent = z.infer<typeof eventSchema>;

export function useEvents(query: ListQuery) {
  return useQuery({
    queryKey: ['recruitment-events', query],
    queryFn: () => getJson(listUrl('/api/v1/research/recruitment-events', query), listSchema(eventSchema)),
    placeholderData: keepPreviousData,
  });
}

export function createEvent(body: { title: string; heldOn: string; location?: string }) {
  return sendJson('POST', '/api/v1/research/recruitment-events', body, z.object({ id: z.string() }));
}

export function signUp(eventId: string, body: { displayName: string; role: (typeof researcherRoles)[number] }) {
  return sendJson(
    'POST',
    `/api/v1/research/recruitment-events/${encodeURIComponent(eventId)}/sign-ups`,
    body,
    researcherDetailSchema,
  );
}

const cohortSchema = z.object({
  id: z.string(),
  name: z.string(),
  partner: ref,
  startsOn: z.string(),
  endsOn: z.string(),
  capacity: z.number(),
  members: z.number(),
});
export type Cohort = z.infer<typeof cohortSchema>;
const cohortDetailSchema = cohortSchema.extend({
  sessions: z.array(z.object({ id: z.string(), number: z.number(), heldOn: z.string(), topic: z.string() })),
  people: z.array(
    z.object({
      id: z.string(),
      displayName: z.string(),
      status: z.string(),
      attended: z.array(z.string()),
      sessionsAttended: z.number(),
      accreditation,
    }),
  ),
  canManage: z.boolean(),
});
export type CohortDetail = z.infer<typeof cohortDetailSchema>;

export function useCohorts(query: ListQuery) {
  return useQuery({
    queryKey: ['research-cohorts', query],
    queryFn: () => getJson(listUrl('/api/v1/research/cohorts', query), listSchema(cohortSchema)),
    placeholderData: keepPreviousData,
  });
}

export function useCohort(id: string) {
  return useQuery({
    queryKey: ['research-cohort', id],
    queryFn: () => getJson(`/api/v1/research/cohorts/${encodeURIComponent(id)}`, cohortDetailSchema),
  });
}

export function createCohort(body: { name: string; startsOn: string; endsOn: string; capacity?: number }) {
  return sendJson('POST', '/api/v1/research/cohorts', body, cohortDetailSchema);
}

export function addCohortMembers(id: string, researchers: string[]) {
  return sendJson(
    'POST',
    `/api/v1/research/cohorts/${encodeURIComponent(id)}/members`,
    { researchers },
    cohortDetailSchema,
  );
}

export function recordAttendance(id: string, marks: { session: string; researcher: string; attended: boolean }[]) {
  return sendJson(
    'PUT',
    `/api/v1/research/cohorts/${encodeURIComponent(id)}/attendance`,
    { marks },
    cohortDetailSchema,
  );
}

export const funnelStages = ['signed_up', 'attended_1', 'level_1', 'full', 'active_now'] as const;
const funnelSchema = z.object({
  stages: z.array(z.object({ stage: z.enum(funnelStages), count: z.number() })),
  leavers: z.array(z.object({ reason: z.enum(leaveReasons), count: z.number() })),
});
export type Funnel = z.infer<typeof funnelSchema>;

export function useFunnel() {
  return useQuery({ queryKey: ['research-funnel'], queryFn: () => getJson('/api/v1/research/funnel', funnelSchema) });
}
