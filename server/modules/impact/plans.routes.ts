import type { Deps } from '../../deps';
import type { App } from '../../http/app-types';
import * as s from './impact.schemas';
import * as plans from './plans.service';

/** Community economic development plans per area, and their actions as partnership tasks. */
export function plansRoutes(app: App, deps: Deps): void {
  const tags = ['impact'];
  app.post(
    '/api/v1/impact/plans',
    {
      config: { policy: 'impact.plans.manage' },
      schema: {
        tags,
        summary: 'Draft a plan for an area from its assets, gaps, opportunities and indicators',
        body: s.createPlanBody,
        response: { 201: s.planView },
      },
    },
    async (req, reply) => reply.code(201).send(await plans.createPlan(deps, req.ctx, req.body)),
  );
  app.get(
    '/api/v1/impact/plans',
    {
      config: { policy: 'impact.plans.manage' },
      schema: {
        tags,
        summary: 'Plans: search, filter by area and status, sort, paging',
        querystring: s.plansQuery,
        response: { 200: s.plansPage },
      },
    },
    async (req) => plans.listPlans(deps, req.query),
  );
  app.get(
    '/api/v1/impact/plans/:id',
    {
      config: { policy: 'impact.plans.manage' },
      schema: { tags, summary: 'A plan', params: s.idParams, response: { 200: s.planView } },
    },
    async (req) => plans.getPlan(deps, req.params.id),
  );
  app.put(
    '/api/v1/impact/plans/:id',
    {
      config: { policy: 'impact.plans.manage' },
      schema: {
        tags,
        summary: 'Edit a plan (409 when changed meanwhile)',
        params: s.idParams,
        body: s.updatePlanBody,
        response: { 200: s.planView },
      },
    },
    async (req) => plans.updatePlan(deps, req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/v1/impact/plans/:id/actions',
    {
      config: { policy: 'impact.plans.manage' },
      schema: {
        tags,
        summary: 'Turn a plan action into a task',
        params: s.idParams,
        body: s.planActionBody,
        response: { 201: s.actionCreated },
      },
    },
    async (req, reply) => reply.code(201).send(await plans.addAction(deps, req.ctx, req.params.id, req.body)),
  );
}
