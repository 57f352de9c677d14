import type { Deps } from '../../deps';
import type { App } from '../../http/app-types';
import * as board from './startups.board.service';
import * as progress from './startups.progress.service';
import * as s from './startups.schemas';
import * as startups from './startups.service';

/** The start-up programme: programmes, cohorts (join, sessions, attendance), start-up progress and the peer board. */
export function startupsRoutes(app: App, deps: Deps): void {
  const tags = ['enterprises'];
  app.get(
    '/api/v1/startup-programmes',
    {
      config: { policy: 'startups.read' },
      schema: { tags, summary: 'Start-up programmes and their modules', response: { 200: s.programmesView } },
    },
    async () => startups.listProgrammes(deps),
  );
  app.post(
    '/api/v1/startup-programmes',
    {
      config: { policy: 'startups.manage' },
      schema: { tags, summary: 'Create a programme', body: s.createProgrammeBody, response: { 201: s.created } },
    },
    async (req, reply) => reply.code(201).send(await startups.createProgramme(deps, req.ctx, req.body)),
  );
  app.post(
    '/api/v1/startup-programmes/:id/cohorts',
    {
      config: { policy: 'startups.manage' },
      schema: {
        tags,
        summary: 'Add a cohort',
        params: s.idParams,
        body: s.createCohortBody,
        response: { 201: s.created },
      },
    },
    async (req, reply) => reply.code(201).send(await startups.createCohort(deps, req.ctx, req.params.id, req.body)),
  );
  app.get(
    '/api/v1/startup-cohorts',
    {
      config: { policy: 'startups.list' },
      schema: { tags, summary: 'Cohorts', querystring: s.cohortsQuery, response: { 200: s.cohortsPage } },
    },
    async (req) => startups.listCohorts(deps, req.query),
  );
  app.get(
    '/api/v1/startup-cohorts/:id',
    {
      config: { policy: 'startups.read' },
      schema: { tags, summary: 'One cohort: members, sessions', params: s.idParams, response: { 200: s.cohortView } },
    },
    async (req) => startups.getCohort(deps, req.ctx, req.params.id),
  );
  app.post(
    '/api/v1/startup-cohorts/:id/members',
    {
      config: { policy: 'startups.manage' },
      schema: {
        tags,
        summary: 'A start-up joins the cohort (409 when full)',
        params: s.idParams,
        body: s.joinBody,
        response: { 200: s.cohortView },
      },
    },
    async (req) => startups.joinCohort(deps, req.ctx, req.params.id, req.body.enterprise),
  );
  app.post(
    '/api/v1/startup-cohorts/:id/sessions',
    {
      config: { policy: 'startups.manage' },
      schema: { tags, summary: 'Add a session', params: s.idParams, body: s.sessionBody, response: { 201: s.created } },
    },
    async (req, reply) => reply.code(201).send(await startups.addSession(deps, req.ctx, req.params.id, req.body)),
  );
  app.put(
    '/api/v1/startup-sessions/:id/attendance',
    {
      config: { policy: 'startups.manage' },
      schema: {
        tags,
        summary: 'Who attended a session (409 past capacity)',
        params: s.idParams,
        body: s.attendanceBody,
        response: { 200: s.attendanceView },
      },
    },
    async (req) => startups.recordAttendance(deps, req.ctx, req.params.id, req.body.enterprises),
  );
  app.get(
    '/api/v1/startup-cohorts/:id/posts',
    {
      config: { policy: 'peer-board.use' },
      schema: { tags, summary: "The cohort's peer board", params: s.idParams, response: { 200: s.boardView } },
    },
    async (req) => board.listBoard(deps, req.ctx, req.params.id),
  );
  app.post(
    '/api/v1/startup-cohorts/:id/posts',
    {
      config: { policy: 'peer-board.use' },
      schema: { tags, summary: 'Post or reply', params: s.idParams, body: s.postBody, response: { 201: s.created } },
    },
    async (req, reply) => reply.code(201).send(await board.post(deps, req.ctx, req.params.id, req.body)),
  );
  app.get(
    '/api/v1/startups/:id',
    {
      config: { policy: 'startups.read' },
      schema: { tags, summary: "A start-up's progress", params: s.idParams, response: { 200: s.startupView } },
    },
    async (req) => progress.getStartup(deps, req.ctx, req.params.id),
  );
  app.put(
    '/api/v1/startups/:id/progress',
    {
      config: { policy: 'startups.manage' },
      schema: {
        tags,
        summary: 'Set progress on a module',
        params: s.idParams,
        body: s.progressBody,
        response: { 200: s.startupView },
      },
    },
    async (req) => progress.setProgress(deps, req.ctx, req.params.id, req.body.module, req.body.status),
  );
  app.put(
    '/api/v1/startups/:id/milestones',
    {
      config: { policy: 'startups.manage' },
      schema: {
        tags,
        summary: 'Record a milestone',
        params: s.idParams,
        body: s.milestoneBody,
        response: { 200: s.startupView },
      },
    },
    async (req) => progress.setMilestone(deps, req.ctx, req.params.id, req.body.milestone, req.body.reachedOn),
  );
  app.post(
    '/api/v1/startups/:id/support',
    {
      config: { policy: 'startups.manage' },
      schema: {
        tags,
        summary: 'Log one-to-one support',
        params: s.idParams,
        body: s.supportBody,
        response: { 201: s.created },
      },
    },
    async (req, reply) => reply.code(201).send(await progress.logSupport(deps, req.ctx, req.params.id, req.body)),
  );
}
