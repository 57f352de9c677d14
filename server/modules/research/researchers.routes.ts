import type { Deps } from '../../deps';
import type { App } from '../../http/app-types';
import * as cohorts from './research-cohorts.service';
import * as mentoring from './mentoring.service';
import * as recruitment from './recruitment.service';
import * as s from './researchers.schemas';
import * as researchers from './researchers.service';

/** The researcher programme: researchers and their status, recruitment events, training cohorts, the funnel. */
export function researchersRoutes(app: App, deps: Deps): void {
  const tags = ['research programme'];
  app.get(
    '/api/v1/research/researchers',
    {
      config: { policy: 'research.researchers.list' },
      schema: {
        tags,
        summary: 'Community researchers and community partners',
        querystring: s.researchersQuery,
        response: { 200: s.researchersPage },
      },
    },
    async (req) => researchers.listResearchers(deps, req.ctx, req.query),
  );
  app.post(
    '/api/v1/research/researchers',
    {
      config: { policy: 'research.researchers.manage' },
      schema: {
        tags,
        summary: 'Sign up a researcher',
        body: s.createResearcherBody,
        response: { 201: s.researcherDetail },
      },
    },
    async (req, reply) => reply.code(201).send(await researchers.createResearcher(deps, req.ctx, req.body)),
  );
  app.get(
    '/api/v1/research/researchers/:id',
    {
      config: { policy: 'research.researchers.read' },
      schema: {
        tags,
        summary: 'A researcher with attendance and accreditation',
        params: s.idParams,
        response: { 200: s.researcherDetail },
      },
    },
    async (req) => researchers.getResearcher(deps, req.ctx, req.params.id),
  );
  app.put(
    '/api/v1/research/researchers/:id/status',
    {
      config: { policy: 'research.researchers.manage' },
      schema: {
        tags,
        summary: 'Set active, paused or left (with the reason for leaving)',
        params: s.idParams,
        body: s.statusBody,
        response: { 200: s.researcherDetail },
      },
    },
    async (req) => researchers.changeStatus(deps, req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/v1/research/researchers/:id/mentoring-notes',
    {
      config: { policy: 'research.mentoring.read' },
      schema: {
        tags,
        summary: 'Mentoring notes (supervising partner only; audited)',
        params: s.idParams,
        response: { 200: s.notesView },
      },
    },
    async (req) => ({ items: await mentoring.listNotes(deps, req.ctx, req.params.id) }),
  );
  app.post(
    '/api/v1/research/researchers/:id/mentoring-notes',
    {
      config: { policy: 'research.mentoring.write' },
      schema: {
        tags,
        summary: 'Add a mentoring note',
        params: s.idParams,
        body: s.noteBody,
        response: { 201: s.notesView },
      },
    },
    async (req, reply) =>
      reply.code(201).send({ items: await mentoring.addNote(deps, req.ctx, req.params.id, req.body.body) }),
  );
  app.get(
    '/api/v1/research/funnel',
    {
      config: { policy: 'research.funnel.read' },
      schema: {
        tags,
        summary: 'Retention funnel: signed up, attended 1, level 1, full, active now; leavers by reason',
        response: { 200: s.funnelView },
      },
    },
    async (req) => recruitment.funnel(deps, req.ctx),
  );
  recruitmentRoutes(app, deps);
  cohortRoutes(app, deps);
}

function recruitmentRoutes(app: App, deps: Deps): void {
  const tags = ['research programme'];
  app.get(
    '/api/v1/research/recruitment-events',
    {
      config: { policy: 'research.recruitment.list' },
      schema: {
        tags,
        summary: 'Recruitment events with sign-up counts',
        querystring: s.eventsQuery,
        response: { 200: s.eventsPage },
      },
    },
    async (req) => recruitment.listEvents(deps, req.ctx, req.query),
  );
  app.post(
    '/api/v1/research/recruitment-events',
    {
      config: { policy: 'research.recruitment.manage' },
      schema: { tags, summary: 'Record a recruitment event', body: s.createEventBody, response: { 201: s.idParams } },
    },
    async (req, reply) => reply.code(201).send(await recruitment.createEvent(deps, req.ctx, req.body)),
  );
  app.post(
    '/api/v1/research/recruitment-events/:id/sign-ups',
    {
      config: { policy: 'research.researchers.manage' },
      schema: {
        tags,
        summary: 'Sign someone up at an event',
        params: s.idParams,
        body: s.signUpBody,
        response: { 201: s.researcherDetail },
      },
    },
    async (req, reply) => reply.code(201).send(await recruitment.signUp(deps, req.ctx, req.params.id, req.body)),
  );
}

function cohortRoutes(app: App, deps: Deps): void {
  const tags = ['research programme'];
  app.get(
    '/api/v1/research/cohorts',
    {
      config: { policy: 'research.cohorts.list' },
      schema: { tags, summary: 'Training cohorts', querystring: s.cohortsQuery, response: { 200: s.cohortsPage } },
    },
    async (req) => cohorts.listCohorts(deps, req.ctx, req.query),
  );
  app.post(
    '/api/v1/research/cohorts',
    {
      config: { policy: 'research.cohorts.manage' },
      schema: {
        tags,
        summary: 'A training cohort: six sessions over 3-4 months',
        body: s.createCohortBody,
        response: { 201: s.cohortDetail },
      },
    },
    async (req, reply) => reply.code(201).send(await cohorts.createCohort(deps, req.ctx, req.body)),
  );
  app.get(
    '/api/v1/research/cohorts/:id',
    {
      config: { policy: 'research.cohorts.list' },
      schema: {
        tags,
        summary: 'A cohort with its attendance grid',
        params: s.idParams,
        response: { 200: s.cohortDetail },
      },
    },
    async (req) => cohorts.getCohort(deps, req.ctx, req.params.id),
  );
  app.post(
    '/api/v1/research/cohorts/:id/members',
    {
      config: { policy: 'research.cohorts.manage' },
      schema: {
        tags,
        summary: 'Add researchers to a cohort',
        params: s.idParams,
        body: s.membersBody,
        response: { 200: s.cohortDetail },
      },
    },
    async (req) => cohorts.addMembers(deps, req.ctx, req.params.id, req.body.researchers),
  );
  app.put(
    '/api/v1/research/cohorts/:id/attendance',
    {
      config: { policy: 'research.cohorts.manage' },
      schema: {
        tags,
        summary: 'Record attendance marks',
        params: s.idParams,
        body: s.attendanceBody,
        response: { 200: s.cohortDetail },
      },
    },
    async (req) => cohorts.recordAttendance(deps, req.ctx, req.params.id, req.body.marks),
  );
}
