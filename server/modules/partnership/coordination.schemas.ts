import { z } from 'zod';
import { listQuery, pageOf } from '../../http/paging';
import { attendanceStatuses, bodyKinds, linkTypes, taskStatuses } from './coordination.rules';

const ref = z.object({ id: z.string(), slug: z.string(), name: z.string() });
const idOrSlug = z.string().trim().min(1).max(100);
const userId = z.uuid('a user id');
const isoDate = z.iso.date('a date as YYYY-MM-DD');
const instant = z.iso.datetime({ offset: true, message: 'a date and time such as 2026-12-01T10:00:00Z' });
const flag = z.enum(['true', 'false']).transform((v) => v === 'true');
export const idParams = z.object({ id: z.string().min(1).max(100) });

// governance bodies
const member = z
  .strictObject({ user: userId.optional(), partner: idOrSlug.optional() })
  .refine((m) => (m.user === undefined) !== (m.partner === undefined), 'name either a user or a partner');
export const createBodyBody = z.strictObject({
  name: z.string().trim().min(1).max(200),
  slug: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,99}$/, 'lower-case letters, digits and hyphens')
    .optional(),
  kind: z.enum(bodyKinds),
  macroAsset: idOrSlug.nullable().optional().describe('the macro-asset an ad-hoc group is tied to (slug or id)'),
  description: z.string().max(5000).optional(),
  members: z.array(member).max(200).optional(),
});
export const addMembersBody = z.strictObject({ members: z.array(member).min(1).max(200) });
export const bodiesQuery = listQuery(['name', 'kind'], 'name').extend({ kind: z.enum(bodyKinds).optional() });
export const bodyView = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  kind: z.enum(bodyKinds),
  macroAsset: ref.nullable(),
  description: z.string(),
  members: z.array(
    z.object({ kind: z.enum(['user', 'partner']), id: z.string(), name: z.string(), partner: ref.nullable() }),
  ),
});
export const bodiesPage = pageOf(bodyView);
export const peopleQuery = z.object({ q: z.string().trim().max(200).optional() });
export const peopleView = z.object({
  items: z.array(z.object({ id: z.string(), displayName: z.string(), partner: ref })),
});

// tasks
const link = z.strictObject({ type: z.enum(linkTypes), id: z.string().trim().min(1).max(100) });
const taskFields = {
  title: z.string().trim().min(1).max(200),
  description: z.string().max(5000),
  owner: userId.describe('the user who owns the task'),
  partner: idOrSlug.describe("the partner the owner acts for (slug or id); the owner's own by default"),
  dueOn: isoDate.nullable(),
  status: z.enum(taskStatuses),
  workPackage: idOrSlug.nullable().describe('work package (slug or id)'),
  links: z.array(link).max(20).describe('records the task is about: macro-assets, opportunities, micro-assets'),
};
export const createTaskBody = z.strictObject({
  title: taskFields.title,
  description: taskFields.description.optional(),
  owner: taskFields.owner,
  partner: taskFields.partner.optional(),
  dueOn: taskFields.dueOn.optional(),
  status: taskFields.status.optional(),
  workPackage: taskFields.workPackage.optional(),
  links: taskFields.links.optional(),
});
export const actionBody = createTaskBody.extend({ dueOn: isoDate });
export const updateTaskBody = z.strictObject({
  version: z.number().int().min(1).optional().describe('the version you read: a stale one is refused with 409'),
  title: taskFields.title.optional(),
  description: taskFields.description.optional(),
  owner: taskFields.owner.optional(),
  partner: taskFields.partner.optional(),
  dueOn: taskFields.dueOn.optional(),
  status: taskFields.status.optional(),
  workPackage: taskFields.workPackage.optional(),
  links: taskFields.links.optional(),
});
export const commentBody = z.strictObject({ body: z.string().trim().min(1).max(5000) });
export const tasksQuery = listQuery(['dueOn', 'title', 'status', 'createdAt', 'updatedAt'], 'dueOn').extend({
  status: z.enum(taskStatuses).optional(),
  owner: z.string().max(100).optional().describe('a user id, or "me"'),
  workPackage: idOrSlug.optional(),
  meeting: z.string().max(100).optional(),
  overdue: flag.optional(),
});
export const myTasksQuery = tasksQuery.omit({ owner: true });
const person = z.object({ id: z.string(), displayName: z.string() });
export const taskView = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  owner: person,
  partner: ref,
  dueOn: z.string().nullable(),
  status: z.enum(taskStatuses),
  overdue: z.boolean(),
  workPackage: ref.extend({ code: z.string() }).nullable(),
  meeting: z.object({ id: z.string(), title: z.string() }).nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export const tasksPage = pageOf(taskView);
export const taskDetail = taskView.extend({
  links: z.array(z.object({ type: z.enum(linkTypes), id: z.string(), label: z.string().nullable() })),
  comments: z.array(z.object({ id: z.string(), body: z.string(), author: person.nullable(), createdAt: z.string() })),
  canUpdate: z.boolean(),
});

// meetings
const agendaItem = z.strictObject({
  title: z.string().trim().min(1).max(300),
  notes: z.string().max(5000).default(''),
});
const paper = z.strictObject({
  title: z.string().trim().min(1).max(300),
  url: z.url({ protocol: /^https?$/, message: 'an http(s) link' }).max(2000),
});
export const createMeetingBody = z.strictObject({
  body: idOrSlug.describe('the governance body (slug or id)'),
  title: z.string().trim().min(1).max(200),
  startsAt: instant,
  endsAt: instant.describe('must be after startsAt'),
  location: z.string().max(300).optional(),
  agenda: z.array(agendaItem).max(50).optional(),
  papers: z.array(paper).max(50).optional(),
  invitees: z.array(userId).max(200).optional().describe('users to invite: each is mailed an iCalendar invitation'),
});
export const updateMeetingBody = z.strictObject({
  title: z.string().trim().min(1).max(200).optional(),
  startsAt: instant.optional(),
  endsAt: instant.optional(),
  location: z.string().max(300).optional(),
  minutes: z.string().max(50_000).optional(),
  agenda: z.array(agendaItem).max(50).optional(),
  papers: z.array(paper).max(50).optional(),
});
export const inviteBody = z.strictObject({ users: z.array(userId).min(1).max(200) });
export const attendanceBody = z.strictObject({
  attendance: z
    .array(z.strictObject({ user: userId, status: z.enum(attendanceStatuses) }))
    .min(1)
    .max(200),
});
export const decisionBody = z.strictObject({ text: z.string().trim().min(1).max(5000) });
export const meetingsQuery = listQuery(['startsAt', 'title'], '-startsAt').extend({
  body: idOrSlug.optional(),
  workPackage: idOrSlug.optional().describe('meetings with an action in this work package'),
  upcoming: flag.optional(),
});
const meetingSummary = z.object({
  id: z.string(),
  body: ref,
  title: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  location: z.string(),
});
export const meetingsPage = pageOf(meetingSummary);
export const meetingView = meetingSummary.extend({
  minutes: z.string(),
  agenda: z.array(z.object({ title: z.string(), notes: z.string() })),
  papers: z.array(z.object({ title: z.string(), url: z.string() })),
  attendance: z.array(z.object({ user: person.extend({ partner: ref }), status: z.enum(attendanceStatuses) })),
  decisions: z.array(z.object({ id: z.string(), text: z.string(), createdAt: z.string() })),
  actions: z.array(taskView),
});
