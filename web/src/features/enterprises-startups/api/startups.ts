import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { getJson, sendJson } from '../../../lib/api';
import { listSchema, listUrl, type ListQuery } from '../../../lib/list';

/** The start-up programme: programmes and modules, cohorts, a start-up's progress and the peer board. */
const labels = z.record(z.string(), z.string());
const programmeSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  modules: z.array(z.object({ code: z.string(), label: labels })),
});
export type Programme = z.infer<typeof programmeSchema>;
const cohortSummary = z.object({
  id: z.string(),
  name: z.string(),
  startsOn: z.string(),
  endsOn: z.string().nullable(),
  lead: z.object({ id: z.string(), name: z.string() }).nullable(),
  capacity: z.number(),
  members: z.number(),
  programme: z.object({ id: z.string(), name: z.string() }),
});
export type CohortSummary = z.infer<typeof cohortSummary>;
const area = z.object({ id: z.string(), name: z.string() }).nullable();
const cohortSchema = cohortSummary.extend({
  modules: z.array(z.string()),
  memberList: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      markets: z.array(z.string()),
      area,
      joinedAt: z.string(),
      completion: z.number(),
    }),
  ),
  sessions: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      module: z.string().nullable(),
      startsAt: z.string(),
      capacity: z.number(),
      attended: z.number(),
    }),
  ),
});
export type Cohort = z.infer<typeof cohortSchema>;
export const moduleStatuses = ['not_started', 'in_progress', 'completed'] as const;
export const milestones = ['registered', 'first_sale', 'first_hire'] as const;
const startupSchema = z.object({
  id: z.string(),
  name: z.string(),
  stage: z.string(),
  markets: z.array(z.string()),
  cohorts: z.array(z.object({ id: z.string(), name: z.string(), programme: z.string() })),
  modules: z.array(z.object({ code: z.string(), status: z.enum(moduleStatuses) })),
  completion: z.number(),
  weakest: z.array(z.string()),
  milestones: z.array(z.object({ milestone: z.string(), reachedOn: z.string() })),
  support: z.array(
    z.object({
      id: z.string(),
      heldOn: z.string(),
      minutes: z.number(),
      topic: z.string(),
      notes: z.string(),
      loggedBy: z.string().nullable(),
    }),
  ),
});
export type Startup = z.infer<typeof startupSchema>;
const post = z.object({ id: z.string(), author: z.string().nullable(), body: z.string(), createdAt: z.string() });
const boardSchema = z.array(post.extend({ replies: z.array(post) }));
export type Thread = z.infer<typeof boardSchema>[number];
const created = z.object({ id: z.string() });

export const useProgrammes = () =>
  useQuery({
    queryKey: ['startup-programmes'],
    queryFn: () => getJson('/api/v1/startup-programmes', z.array(programmeSchema)),
  });

/** A module's label in the reader's language, from the programme's city-pack modules. */
export function moduleLabel(programmes: Programme[] | undefined, code: string, lang: string): string {
  for (const p of programmes ?? []) {
    const m = p.modules.find((x) => x.code === code);
    if (m) return m.label[lang] ?? m.label.en ?? code;
  }
  return code;
}

export const useCohorts = (query: ListQuery) =>
  useQuery({
    queryKey: ['startup-cohorts', query],
    queryFn: () => getJson(listUrl('/api/v1/startup-cohorts', query), listSchema(cohortSummary)),
    placeholderData: keepPreviousData,
  });
export const useCohort = (id: string) =>
  useQuery({ queryKey: ['startup-cohort', id], queryFn: () => getJson(`/api/v1/startup-cohorts/${id}`, cohortSchema) });
export const joinCohort = (id: string, enterprise: string) =>
  sendJson('POST', `/api/v1/startup-cohorts/${id}/members`, { enterprise }, cohortSchema);
export const recordAttendance = (sessionId: string, enterprises: string[]) =>
  sendJson(
    'PUT',
    `/api/v1/startup-sessions/${sessionId}/attendance`,
    { enterprises },
    z.object({ attended: z.array(z.string()) }),
  );

export const useStartup = (id: string) =>
  useQuery({ queryKey: ['startup', id], queryFn: () => getJson(`/api/v1/startups/${id}`, startupSchema) });
export const setProgress = (id: string, module: string, status: string) =>
  sendJson('PUT', `/api/v1/startups/${id}/progress`, { module, status }, startupSchema);
export const setMilestone = (id: string, milestone: string, reachedOn: string) =>
  sendJson('PUT', `/api/v1/startups/${id}/milestones`, { milestone, reachedOn }, startupSchema);
export const logSupport = (id: string, body: { heldOn: string; minutes: number; topic: string; notes?: string }) =>
  sendJson('POST', `/api/v1/startups/${id}/support`, body, created);

export const useBoard = (cohortId: string) =>
  useQuery({
    queryKey: ['peer-board', cohortId],
    queryFn: () => getJson(`/api/v1/startup-cohorts/${cohortId}/posts`, boardSchema),
  });
export const postToBoard = (cohortId: string, body: string, parent?: string) =>
  sendJson('POST', `/api/v1/startup-cohorts/${cohortId}/posts`, parent ? { body, parent } : { body }, created);

/** Enterprises that may join a cohort (idea or start-up stage), by name. */
const candidate = z.object({ id: z.string(), name: z.string(), stage: z.string() });
export const useStartupCandidates = (q: string) =>
  useQuery({
    queryKey: ['startup-candidates', q],
    queryFn: async () => {
      const lists = await Promise.all(
        ['idea', 'start_up'].map((stage) =>
          getJson(
            listUrl('/api/v1/enterprises', { page: 1, pageSize: 20, sort: 'name', q, stage }),
            listSchema(candidate),
          ),
        ),
      );
      return lists.flatMap((l) => l.items).sort((a, b) => a.name.localeCompare(b.name));
    },
    placeholderData: keepPreviousData,
  });

/** Staff writes: a programme of modules, a cohort in a programme, a session in a cohort. */
export type ProgrammeInput = { name: string; description?: string | undefined; modules?: string[] | undefined };
export const createProgramme = (body: ProgrammeInput) => sendJson('POST', '/api/v1/startup-programmes', body, created);
export type CohortInput = {
  name: string;
  startsOn: string;
  endsOn?: string | undefined;
  lead?: string | undefined;
  capacity: number | undefined;
};
export const createCohort = (programme: string, body: CohortInput) =>
  sendJson('POST', `/api/v1/startup-programmes/${programme}/cohorts`, body, created);
export type SessionInput = {
  title: string;
  module?: string | undefined;
  startsAt: string;
  capacity?: number | undefined;
};
export const addSession = (cohort: string, body: SessionInput) =>
  sendJson('POST', `/api/v1/startup-cohorts/${cohort}/sessions`, body, created);
