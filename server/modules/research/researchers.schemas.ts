import { z } from 'zod';
import { listQuery, pageOf } from '../../http/paging';
import { funnelStages, leaveReasons } from './researchers.rules';

/** Schemas of the researcher programme: researchers, recruitment, cohorts, funnel, mentoring, community reports. */
const isoDate = z.iso.date('a date as YYYY-MM-DD');
const id = z.uuid('an id');
const name = z.string().trim().min(1).max(120);
const shortList = z.array(z.string().trim().min(1).max(200)).max(30);
const ref = z.object({ id: z.string(), name: z.string() });
export const idParams = z.object({ id: z.string().min(1).max(100) });
const role = z.enum(['researcher', 'community_partner']);
const status = z.enum(['active', 'paused', 'left']);
const accreditation = z.enum(['none', 'level_1', 'full']);

export const researchersQuery = listQuery(['name', 'status', 'signedUp'], 'name').extend({
  status: status.optional(),
  role: role.optional(),
});
export const researcherView = z.object({
  id: z.string(),
  displayName: z.string(),
  role,
  status,
  leaveReason: z.enum(leaveReasons).nullable(),
  leftOn: z.string().nullable(),
  partner: ref,
  residentId: z.string().nullable(),
  userId: z.string().nullable(),
  recruitmentEventId: z.string().nullable(),
  signedUpOn: z.string(),
  version: z.number().int(),
  updatedAt: z.string(),
});
export const researchersPage = pageOf(researcherView);
export const researcherDetail = researcherView.extend({
  sessionsAttended: z.number().int(),
  completedInterviews: z.number().int(),
  accreditation,
  nextStep: z.object({ sessions: z.number().int(), interviews: z.number().int() }).nullable(),
});
export const createResearcherBody = z.strictObject({
  displayName: name,
  role: role.default('researcher'),
  partner: id.optional().describe('the supervising partner (admins only; default your own)'),
  residentId: id.nullable().optional(),
  userId: id.nullable().optional(),
  recruitmentEventId: id.nullable().optional(),
  signedUpOn: isoDate.optional(),
});
export const statusBody = z.strictObject({
  status,
  leaveReason: z.enum(leaveReasons).nullable().default(null),
  version: z.number().int().min(1),
});

export const eventsQuery = listQuery(['heldOn', 'title'], '-heldOn');
export const eventView = z.object({
  id: z.string(),
  title: z.string(),
  heldOn: z.string(),
  location: z.string(),
  notes: z.string(),
  area: z.string().nullable(),
  partner: ref,
  signUps: z.number().int(),
});
export const eventsPage = pageOf(eventView);
export const createEventBody = z.strictObject({
  title: z.string().trim().min(1).max(200),
  heldOn: isoDate,
  area: id.nullable().optional(),
  location: z.string().max(200).optional(),
  notes: z.string().max(5000).optional(),
  partner: id.optional(),
});
export const signUpBody = z.strictObject({
  displayName: name,
  role: role.default('researcher'),
  residentId: id.nullable().optional(),
});

export const cohortsQuery = listQuery(['name', 'startsOn'], '-startsOn');
export const cohortView = z.object({
  id: z.string(),
  name: z.string(),
  partner: ref,
  startsOn: z.string(),
  endsOn: z.string(),
  capacity: z.number().int(),
  members: z.number().int(),
});
export const cohortsPage = pageOf(cohortView);
export const cohortDetail = cohortView.extend({
  sessions: z.array(z.object({ id: z.string(), number: z.number().int(), heldOn: z.string(), topic: z.string() })),
  people: z.array(
    z.object({
      id: z.string(),
      displayName: z.string(),
      status: z.string(),
      attended: z.array(z.string()),
      sessionsAttended: z.number().int(),
      accreditation,
    }),
  ),
  canManage: z.boolean(),
});
export const createCohortBody = z.strictObject({
  name: z.string().trim().min(1).max(200),
  startsOn: isoDate,
  endsOn: isoDate,
  capacity: z.number().int().min(1).max(500).optional(),
  partner: id.optional(),
  sessions: z.array(isoDate).max(6).optional().describe('six session dates; spread evenly when left out'),
  topics: z.array(z.string().max(200)).max(6).optional(),
});
export const membersBody = z.strictObject({ researchers: z.array(id).min(1).max(500) });
export const attendanceBody = z.strictObject({
  marks: z
    .array(z.strictObject({ session: id, researcher: id, attended: z.boolean() }))
    .min(1)
    .max(3000),
});

export const funnelView = z.object({
  stages: z.array(z.object({ stage: z.enum(funnelStages), count: z.number().int() })),
  leavers: z.array(z.object({ reason: z.enum(leaveReasons), count: z.number().int() })),
});

export const notesView = z.object({
  items: z.array(z.object({ id: z.string(), body: z.string(), author: z.string().nullable(), createdAt: z.string() })),
});
export const noteBody = z.strictObject({ body: z.string().trim().min(1).max(10000) });

export const reportsQuery = listQuery(['metOn', 'title'], '-metOn').extend({
  kind: z.enum(['written', 'spoken']).optional(),
  area: z.string().max(100).optional(),
});
export const reportView = z.object({
  id: z.string(),
  meetingTitle: z.string(),
  metOn: z.string(),
  kind: z.enum(['written', 'spoken']),
  body: z.string(),
  ideas: z.array(z.string()),
  needs: z.array(z.string()),
  skills: z.array(z.string()),
  area: ref.nullable(),
  partner: ref,
  reporter: z.string().nullable(),
  audio: z.object({ type: z.string(), size: z.number().int() }).nullable(),
  createdAt: z.string(),
});
export const reportsPage = pageOf(reportView);
export const createReportBody = z.strictObject({
  meetingTitle: z.string().trim().min(1).max(200),
  metOn: isoDate,
  kind: z.enum(['written', 'spoken']),
  body: z.string().max(20000).optional(),
  ideas: shortList.optional(),
  needs: shortList.optional(),
  skills: shortList.optional(),
  area: id.nullable().optional(),
});
