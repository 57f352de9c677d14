import type { Deps } from '../../deps';
import type { App } from '../../http/app-types';
import * as s from './training.schemas';
import { listWaiting, positionByToken, waitingCsv } from './waiting-list.service';
import { joinWaitingList, rotatePositionLink } from './waiting-list.write.service';

export function waitingListRoutes(app: App, deps: Deps): void {
  const tags = ['matching', 'training'];
  const listQuery = s.waitingQuery;
  app.get(
    '/api/v1/matching/programmes/:slug/waiting-list',
    {
      config: { policy: 'training.waiting-list.read' },
      schema: {
        tags,
        summary: 'The waiting list in priority order, each place explained by its rules',
        params: s.programmeParams,
        querystring: listQuery,
        response: { 200: s.waitingPage },
      },
    },
    async (req) => {
      const { all: _all, ...page } = await listWaiting(deps, req.ctx, req.params.slug, req.query);
      return page;
    },
  );
  app.get(
    '/api/v1/matching/programmes/:slug/waiting-list.csv',
    {
      config: { policy: 'training.waiting-list.read' },
      schema: {
        tags,
        summary: 'The waiting list as CSV (same filters; every row, no paging)',
        params: s.programmeParams,
        querystring: listQuery.pick({ sort: true, q: true, funded: true }),
      },
    },
    async (req, reply) => {
      const page = await listWaiting(deps, req.ctx, req.params.slug, {
        ...req.query,
        page: 1,
        pageSize: 100,
      });
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="waiting-list-${req.params.slug}.csv"`)
        .send(waitingCsv(page.all));
    },
  );
  app.post(
    '/api/v1/matching/programmes/:slug/waiting-list',
    {
      config: { policy: 'training.waiting-list.join' },
      schema: {
        tags,
        summary: 'Put a candidate on the waiting list; answers their position and a link to give them (shown once)',
        params: s.programmeParams,
        body: s.joinBody,
        response: { 201: s.joined },
      },
    },
    async (req, reply) => reply.code(201).send(await joinWaitingList(deps, req.ctx, req.params.slug, req.body)),
  );
  app.post(
    '/api/v1/matching/waiting-list/:id/position-link',
    {
      config: { policy: 'training.waiting-list.join' },
      schema: {
        tags,
        summary: 'A new position link for the candidate; the old one stops working',
        params: s.idParams,
        response: { 201: s.joined },
      },
    },
    async (req, reply) => reply.code(201).send(await rotatePositionLink(deps, req.ctx, req.params.id)),
  );
  app.get(
    '/api/v1/matching/training-positions/:token',
    {
      config: {
        policy: 'training.position.read',
        rateLimit: { max: deps.config.SIGN_IN_RATE_PER_MINUTE, timeWindow: 60_000 },
      },
      schema: {
        tags,
        summary: "A candidate's own waiting-list place, by their link (public; no one else's data)",
        params: s.tokenParams,
        response: { 200: s.positionView },
      },
    },
    async (req) => positionByToken(deps, req.params.token),
  );
}
