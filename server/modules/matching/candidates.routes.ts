import type { Deps } from '../../deps';
import type { App } from '../../http/app-types';
import * as create from './candidates.create.service';
import * as s from './candidates.schemas';
import { candidatePathways } from './pathway.schemas';
import * as candidates from './candidates.service';
import * as pathways from './pathway.service';
import * as selfReferrals from './self-referrals.service';

export function matchingRoutes(app: App, deps: Deps): void {
  const tags = ['matching'];
  app.get(
    '/api/v1/matching/candidates',
    {
      config: { policy: 'candidates.list' },
      schema: {
        tags,
        summary: "Candidates of the caller's partner (admins: all), with filters and search",
        querystring: s.candidatesQuery,
        response: { 200: s.candidatesPage },
      },
    },
    async (req) => candidates.listCandidates(deps, req.ctx, req.query),
  );

  app.get(
    '/api/v1/matching/candidates/:id',
    {
      config: { policy: 'candidates.read' },
      schema: {
        tags,
        summary: 'One candidate, with special-category fields (audited)',
        params: s.candidateParams,
        response: { 200: s.candidateDetail },
      },
    },
    async (req) => candidates.getCandidate(deps, req.ctx, req.params.id),
  );

  app.post(
    '/api/v1/matching/candidates',
    {
      config: { policy: 'candidates.create' },
      schema: {
        tags,
        summary: 'Caseworker intake: register a candidate (possible duplicates are flagged, not refused)',
        body: s.createCandidateBody,
        response: { 201: s.createdCandidate },
      },
    },
    async (req, reply) => reply.code(201).send(await create.createCandidate(deps, req.ctx, req.body)),
  );

  app.patch(
    '/api/v1/matching/candidates/:id',
    {
      config: { policy: 'candidates.update' },
      schema: {
        tags,
        summary: 'Change a candidate; a list given (qualifications, tests...) replaces the stored one',
        params: s.candidateParams,
        body: s.updateCandidateBody,
        response: { 200: s.candidateDetail },
      },
    },
    async (req) => candidates.updateCandidate(deps, req.ctx, req.params.id, req.body),
  );

  app.get(
    '/api/v1/matching/candidates/:id/pathway',
    {
      config: { policy: 'candidates.pathway' },
      schema: {
        tags,
        summary: 'The route to registration per qualification, English shortfalls, next action and interim roles',
        params: s.candidateParams,
        response: { 200: candidatePathways },
      },
    },
    async (req) => pathways.getCandidatePathway(deps, req.ctx, req.params.id),
  );

  app.post(
    '/api/v1/matching/self-referrals',
    {
      config: {
        policy: 'self-referrals.create',
        rateLimit: { max: deps.config.SIGN_IN_RATE_PER_MINUTE, timeWindow: 60_000 },
      },
      schema: {
        tags,
        summary: 'A resident refers themselves to the skills-matching service (public; nothing is read back)',
        body: s.selfReferralBody,
        response: { 202: s.selfReferralReceived },
      },
    },
    async (req, reply) => reply.code(202).send(await selfReferrals.createSelfReferral(deps, req.ctx, req.body)),
  );
}
