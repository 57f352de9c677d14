import { z } from 'zod';
import { listQuery, pageOf } from '../../http/paging';
import { milestones, moduleStatuses } from './startups.rules';

/** Request and response shapes of the start-up programme. */
export const id = z.uuid('an id');
export const code = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'a code such as finance');
export const isoDate = z.iso.date('a date as YYYY-MM-DD');
export const instant = z.iso.datetime({ offset: true, message: 'a date and time such as 2026-12-01T10:00:00Z' });
export const idParams = z.object({ id });
const labels = z.record(z.string(), z.string());

export const programmeView = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  modules: z.array(z.object({ code: z.string(), label: labels })),
});
export const programmesView = z.array(programmeView);
export const createProgrammeBody = z.strictObject({
  name: z.string().trim().min(1).max(200),
  description: z.string().max(4000).optional(),
  modules: z.array(code).min(1).max(20).optional(),
});
export const created = z.object({ id: z.string() });

export const createCohortBody = z.strictObject({
  name: z.string().trim().min(1).max(200),
  startsOn: isoDate,
  endsOn: isoDate.optional(),
  /** the recruited mentor who leads the cohort */
  lead: id.optional(),
  capacity: z.number().int().min(1).max(500),
});
export const cohortsQuery = listQuery(['name', 'startsOn'], '-startsOn').extend({ programme: id.optional() });
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
export const cohortsPage = pageOf(cohortSummary);
const enterpriseRef = z.object({
  id: z.string(),
  name: z.string(),
  markets: z.array(z.string()),
  area: z.object({ id: z.string(), name: z.string() }).nullable(),
});
export const cohortView = cohortSummary.extend({
  modules: z.array(z.string()),
  memberList: z.array(enterpriseRef.extend({ joinedAt: z.string(), completion: z.number() })),
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
export const joinBody = z.strictObject({ enterprise: id });
export const sessionBody = z.strictObject({
  title: z.string().trim().min(1).max(200),
  module: code.optional(),
  startsAt: instant,
  capacity: z.number().int().min(1).max(500).optional(),
});
export const attendanceBody = z.strictObject({ enterprises: z.array(id).max(500) });
export const attendanceView = z.object({ session: z.string(), attended: z.array(z.string()) });

export const startupView = z.object({
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
export const progressBody = z.strictObject({ module: code, status: z.enum(moduleStatuses) });
export const milestoneBody = z.strictObject({ milestone: z.enum(milestones), reachedOn: isoDate });
export const supportBody = z.strictObject({
  heldOn: isoDate,
  minutes: z.number().int().min(1).max(1440),
  topic: z.string().trim().min(1).max(200),
  notes: z.string().max(4000).optional(),
});

const postView = z.object({ id: z.string(), author: z.string().nullable(), body: z.string(), createdAt: z.string() });
export const boardView = z.array(postView.extend({ replies: z.array(postView) }));
export const postBody = z.strictObject({ body: z.string().trim().min(1).max(4000), parent: id.optional() });
