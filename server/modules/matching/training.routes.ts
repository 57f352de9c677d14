import type { Deps } from '../../deps';
import type { App } from '../../http/app-types';
import * as cohorts from './training.cohorts.service';
import * as candidate from './training.candidate.service';
import * as s from './training.schemas';
import * as training from './training.service';
import { candidateParams } from './candidates.schemas';
import { listFunders } from './funders.service';
import { waitingListRoutes } from './waiting-list.routes';

/** Training programmes, cohorts, enrolment, attendance and results (issue 5 section 3). */
export function trainingRoutes(app: App, deps: Deps): void {
  const tags = ['matching', 'training'];
  app.get(
    '/api/v1/matching/funders',
    {
      config: { policy: 'training.read' },
      schema: {
        tags,
        summary: 'Training funders with their eligibility rules (data)',
        response: { 200: s.fundersList },
      },
    },
    async () => listFunders(deps.db),
  );
  app.get(
    '/api/v1/matching/programmes',
    {
      config: { policy: 'training.read' },
      schema: {
        tags,
        summary: 'Training programmes (IELTS, OET, PLAB preparation, medical English) with the next cohort',
        querystring: s.programmesQuery,
        response: { 200: s.programmesPage },
      },
    },
    async (req) => training.listProgrammes(deps, req.ctx, req.query),
  );
  app.get(
    '/api/v1/matching/programmes/:slug',
    {
      config: { policy: 'training.read' },
      schema: {
        tags,
        summary: 'A programme with its cohorts and waiting-list priority rules',
        params: s.programmeParams,
        response: { 200: s.programmeDetail },
      },
    },
    async (req) => training.getProgramme(deps, req.ctx, req.params.slug),
  );
  app.put(
    '/api/v1/matching/programmes/:slug/priority-rules',
    {
      config: { policy: 'training.manage' },
      schema: {
        tags,
        summary: 'Change the waiting-list priority rules (switch a rule off, change a weight); stale version: 409',
        params: s.programmeParams,
        body: s.rulesBody,
        response: { 200: s.programmeDetail },
      },
    },
    async (req) => training.updatePriorityRules(deps, req.ctx, req.params.slug, req.body),
  );
  app.post(
    '/api/v1/matching/programmes/:slug/cohorts',
    {
      config: { policy: 'training.manage' },
      schema: {
        tags,
        summary: 'A new cohort with capacity, dates and funder',
        params: s.programmeParams,
        body: s.createCohortBody,
        response: { 201: s.cohort },
      },
    },
    async (req, reply) => reply.code(201).send(await training.createCohort(deps, req.ctx, req.params.slug, req.body)),
  );
  app.get(
    '/api/v1/matching/cohorts/:id',
    {
      config: { policy: 'training.read' },
      schema: {
        tags,
        summary: "A cohort with its enrolments and attendance (other partners' candidates by reference only)",
        params: s.idParams,
        response: { 200: s.cohortDetail },
      },
    },
    async (req) => cohorts.getCohort(deps, req.ctx, req.params.id),
  );
  app.post(
    '/api/v1/matching/cohorts/:id/enrolments',
    {
      config: { policy: 'training.enrol' },
      schema: {
        tags,
        summary: 'Enrol a candidate from the waiting list; a full cohort or an unmet funder rule is refused (422)',
        params: s.idParams,
        body: s.enrolBody,
        response: { 201: s.enrolled },
      },
    },
    async (req, reply) => reply.code(201).send(await cohorts.enrol(deps, req.ctx, req.params.id, req.body.candidateId)),
  );
  app.put(
    '/api/v1/matching/cohorts/:id/attendance',
    {
      config: { policy: 'training.attendance' },
      schema: {
        tags,
        summary: 'Attendance for one session; a first attended session marks the pathway step as started',
        params: s.idParams,
        body: s.attendanceBody,
        response: { 200: s.cohortDetail },
      },
    },
    async (req) => cohorts.recordAttendance(deps, req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/v1/matching/cohorts/:id/results',
    {
      config: { policy: 'training.results' },
      schema: {
        tags,
        summary: "A result from the cohort: a new English test or the programme's exam; the pathway reflects it",
        params: s.idParams,
        body: s.resultBody,
        response: { 201: s.resultRecorded },
      },
    },
    async (req, reply) => reply.code(201).send(await candidate.recordResult(deps, req.ctx, req.params.id, req.body)),
  );
  app.get(
    '/api/v1/matching/candidates/:id/training',
    {
      config: { policy: 'training.candidate' },
      schema: {
        tags,
        summary: "The cohorts a candidate's funders cover next, their waiting-list positions, and their enrolments",
        params: candidateParams,
        response: { 200: s.candidateTraining },
      },
    },
    async (req) => candidate.getCandidateTraining(deps, req.ctx, req.params.id),
  );
  waitingListRoutes(app, deps);
}
