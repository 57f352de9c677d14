import type { Deps } from '../../deps';
import type { App } from '../../http/app-types';
import * as s from './opportunities.schemas';
import * as opportunities from './opportunities.service';

export function opportunitiesRoutes(app: App, deps: Deps): void {
  const tags = ['opportunities'];
  app.get(
    '/api/v1/opportunities',
    {
      config: { policy: 'opportunities.list' },
      schema: {
        tags,
        summary: "Opportunities: vacancies, training places, contracts, grants... (other partners' drafts hidden)",
        querystring: s.opportunitiesQuery,
        response: { 200: s.opportunitiesPage },
      },
    },
    async (req) => opportunities.listOpportunities(deps, req.ctx, req.query),
  );

  app.get(
    '/api/v1/opportunities/:id',
    {
      config: { policy: 'opportunities.read' },
      schema: { tags, summary: 'One opportunity', params: s.opportunityParams, response: { 200: s.opportunityView } },
    },
    async (req) => opportunities.getOpportunity(deps, req.ctx, req.params.id),
  );

  app.get(
    '/api/v1/opportunities/:id/history',
    {
      config: { policy: 'opportunities.history' },
      schema: {
        tags,
        summary: 'Every version of an opportunity, with who changed what',
        params: s.opportunityParams,
        response: { 200: s.historyResponse },
      },
    },
    async (req) => opportunities.opportunityHistory(deps, req.ctx, req.params.id),
  );

  app.post(
    '/api/v1/opportunities',
    {
      config: { policy: 'opportunities.create' },
      schema: {
        tags,
        summary: 'Publish an opportunity',
        body: s.createOpportunityBody,
        response: { 201: s.createdResponse },
      },
    },
    async (req, reply) => reply.code(201).send(await opportunities.createOpportunity(deps, req.ctx, req.body)),
  );

  app.patch(
    '/api/v1/opportunities/:id',
    {
      config: { policy: 'opportunities.update' },
      schema: {
        tags,
        summary: 'Change an opportunity (send the version you read; a stale one is 409)',
        params: s.opportunityParams,
        body: s.updateOpportunityBody,
        response: { 200: s.opportunityView },
      },
    },
    async (req) => opportunities.updateOpportunity(deps, req.ctx, req.params.id, req.body),
  );

  app.delete(
    '/api/v1/opportunities/:id',
    {
      config: { policy: 'opportunities.delete' },
      schema: {
        tags,
        summary: 'Withdraw an opportunity: it is archived (status cancelled) and its history kept',
        params: s.opportunityParams,
        querystring: s.deleteOpportunityQuery,
      },
    },
    async (req, reply) => {
      await opportunities.deleteOpportunity(deps, req.ctx, req.params.id, req.query.version);
      return reply.code(204).send();
    },
  );
}
