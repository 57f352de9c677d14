import type { Deps } from '../../deps';
import type { App } from '../../http/app-types';
import * as s from './coordination.schemas';
import * as governance from './governance.service';
import * as meetings from './meetings.service';

/** Governance bodies and meetings (coordinators run them; members read them). */
export function meetingsRoutes(app: App, deps: Deps): void {
  const tags = ['partnership'];
  app.get(
    '/api/v1/governance-bodies',
    {
      config: { policy: 'governance-bodies.list' },
      schema: {
        tags,
        summary: 'Board, steering group and groups you belong to',
        querystring: s.bodiesQuery,
        response: { 200: s.bodiesPage },
      },
    },
    async (req) => governance.listBodies(deps, req.ctx, req.query),
  );
  app.get(
    '/api/v1/governance-bodies/:id',
    {
      config: { policy: 'governance-bodies.read' },
      schema: { tags, summary: 'One governance body', params: s.idParams, response: { 200: s.bodyView } },
    },
    async (req) => governance.getBody(deps, req.ctx, req.params.id),
  );
  app.post(
    '/api/v1/governance-bodies',
    {
      config: { policy: 'governance-bodies.manage' },
      schema: { tags, summary: 'Create a governance body', body: s.createBodyBody, response: { 201: s.bodyView } },
    },
    async (req, reply) => reply.code(201).send(await governance.createBody(deps, req.ctx, req.body)),
  );
  app.post(
    '/api/v1/governance-bodies/:id/members',
    {
      config: { policy: 'governance-bodies.manage' },
      schema: {
        tags,
        summary: 'Add members (users or partners)',
        params: s.idParams,
        body: s.addMembersBody,
        response: { 200: s.bodyView },
      },
    },
    async (req) => governance.addBodyMembers(deps, req.ctx, req.params.id, req.body.members),
  );
  app.get(
    '/api/v1/partnership/people',
    {
      config: { policy: 'partnership.people.list' },
      schema: {
        tags,
        summary: 'People who can be invited to meetings and own tasks',
        querystring: s.peopleQuery,
        response: { 200: s.peopleView },
      },
    },
    async (req) => governance.listPeople(deps, req.query.q),
  );

  app.get(
    '/api/v1/meetings',
    {
      config: { policy: 'meetings.list' },
      schema: {
        tags,
        summary: 'Meetings of the bodies you belong to',
        querystring: s.meetingsQuery,
        response: { 200: s.meetingsPage },
      },
    },
    async (req) => meetings.listMeetings(deps, req.ctx, req.query),
  );
  app.get(
    '/api/v1/meetings/:id',
    {
      config: { policy: 'meetings.read' },
      schema: {
        tags,
        summary: 'A meeting: agenda, papers, attendance, minutes, decisions, actions',
        params: s.idParams,
        response: { 200: s.meetingView },
      },
    },
    async (req) => meetings.getMeeting(deps, req.ctx, req.params.id),
  );
  app.post(
    '/api/v1/meetings',
    {
      config: { policy: 'meetings.manage' },
      schema: {
        tags,
        summary: 'Call a meeting; invitees are mailed an iCalendar invitation',
        body: s.createMeetingBody,
        response: { 201: s.meetingView },
      },
    },
    async (req, reply) => reply.code(201).send(await meetings.createMeeting(deps, req.ctx, req.body)),
  );
  app.patch(
    '/api/v1/meetings/:id',
    {
      config: { policy: 'meetings.manage' },
      schema: {
        tags,
        summary: 'Change a meeting or record its minutes',
        params: s.idParams,
        body: s.updateMeetingBody,
        response: { 200: s.meetingView },
      },
    },
    async (req) => meetings.updateMeeting(deps, req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/v1/meetings/:id/invitations',
    {
      config: { policy: 'meetings.manage' },
      schema: {
        tags,
        summary: 'Invite people (each is mailed once per meeting)',
        params: s.idParams,
        body: s.inviteBody,
        response: { 200: s.meetingView },
      },
    },
    async (req) => meetings.inviteToMeeting(deps, req.ctx, req.params.id, req.body.users),
  );
  app.put(
    '/api/v1/meetings/:id/attendance',
    {
      config: { policy: 'meetings.manage' },
      schema: {
        tags,
        summary: 'Record who attended and who sent apologies',
        params: s.idParams,
        body: s.attendanceBody,
        response: { 200: s.meetingView },
      },
    },
    async (req) => meetings.recordAttendance(deps, req.ctx, req.params.id, req.body.attendance),
  );
  app.post(
    '/api/v1/meetings/:id/decisions',
    {
      config: { policy: 'meetings.manage' },
      schema: {
        tags,
        summary: 'Record a decision',
        params: s.idParams,
        body: s.decisionBody,
        response: { 201: s.meetingView },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await meetings.recordDecision(deps, req.ctx, req.params.id, req.body.text)),
  );
  app.post(
    '/api/v1/meetings/:id/actions',
    {
      config: { policy: 'meetings.manage' },
      schema: {
        tags,
        summary: 'Record an action: it becomes a task for its owner',
        params: s.idParams,
        body: s.actionBody,
        response: { 201: s.taskDetail },
      },
    },
    async (req, reply) => reply.code(201).send(await meetings.recordAction(deps, req.ctx, req.params.id, req.body)),
  );
}
