import type { Deps } from '../../deps';
import type { App } from '../../http/app-types';
import * as relationships from './mentors.relationships.service';
import * as s from './mentors.schemas';
import * as mentors from './mentors.service';
import { created, idParams } from './startups.schemas';

/** Mentors, explained suggestions for a start-up, staff confirmation, and mentoring sessions. */
export function mentorsRoutes(app: App, deps: Deps): void {
  const tags = ['enterprises'];
  app.get(
    '/api/v1/mentors',
    {
      config: { policy: 'mentors.list' },
      schema: {
        tags,
        summary: 'Mentors from partner companies',
        querystring: s.mentorsQuery,
        response: { 200: s.mentorsPage },
      },
    },
    async (req) => mentors.listMentors(deps, req.query),
  );
  app.post(
    '/api/v1/mentors',
    {
      config: { policy: 'mentors.manage' },
      schema: { tags, summary: 'Recruit a mentor', body: s.createMentorBody, response: { 201: created } },
    },
    async (req, reply) => reply.code(201).send(await mentors.createMentor(deps, req.ctx, req.body)),
  );
  app.get(
    '/api/v1/mentors/:id',
    {
      config: { policy: 'mentors.list' },
      schema: { tags, summary: "A mentor's profile", params: idParams, response: { 200: s.mentorView } },
    },
    async (req) => mentors.getMentor(deps, req.ctx, req.params.id),
  );
  app.get(
    '/api/v1/mentors/:id/relationships',
    {
      config: { policy: 'mentors.list' },
      schema: { tags, summary: "A mentor's mentees", params: idParams, response: { 200: s.relationshipsView } },
    },
    async (req) => relationships.relationshipsOfMentor(deps, req.params.id),
  );
  app.get(
    '/api/v1/startups/:id/mentor-suggestions',
    {
      config: { policy: 'mentors.match' },
      schema: {
        tags,
        summary: 'Suggested mentors with reasons',
        params: idParams,
        response: { 200: s.suggestionsView },
      },
    },
    async (req) => mentors.suggestionsFor(deps, req.ctx, req.params.id),
  );
  app.post(
    '/api/v1/startups/:id/mentors',
    {
      config: { policy: 'mentors.match' },
      schema: { tags, summary: 'Confirm a mentor', params: idParams, body: s.confirmBody, response: { 201: created } },
    },
    async (req, reply) =>
      reply.code(201).send(await mentors.confirmMentor(deps, req.ctx, req.params.id, req.body.mentor)),
  );
  app.get(
    '/api/v1/startups/:id/mentors',
    {
      config: { policy: 'mentoring.read' },
      schema: { tags, summary: "A start-up's mentors", params: idParams, response: { 200: s.relationshipsView } },
    },
    async (req) => relationships.relationshipsOfStartup(deps, req.ctx, req.params.id),
  );
  app.get(
    '/api/v1/mentoring/:id',
    {
      config: { policy: 'mentoring.read' },
      schema: { tags, summary: 'A mentoring relationship', params: idParams, response: { 200: s.relationshipView } },
    },
    async (req) => relationships.getRelationship(deps, req.ctx, req.params.id),
  );
  app.post(
    '/api/v1/mentoring/:id/sessions',
    {
      config: { policy: 'mentoring.log' },
      schema: {
        tags,
        summary: 'Log a mentoring session (and feedback)',
        params: idParams,
        body: s.mentorSessionBody,
        response: { 201: s.relationshipView },
      },
    },
    async (req, reply) => reply.code(201).send(await relationships.logSession(deps, req.ctx, req.params.id, req.body)),
  );
  app.post(
    '/api/v1/mentoring/:id/end',
    {
      config: { policy: 'mentors.match' },
      schema: {
        tags,
        summary: 'End a mentoring relationship',
        params: idParams,
        response: { 200: s.relationshipView },
      },
    },
    async (req) => relationships.endRelationship(deps, req.ctx, req.params.id),
  );
}
