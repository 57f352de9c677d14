import type { Deps } from '../../deps';
import type { App } from '../../http/app-types';
import * as drill from './drill.service';
import * as s from './impact.schemas';
import * as edit from './indicators.edit.service';
import * as indicators from './indicators.service';
import { openDataRoutes } from './opendata.routes';
import { plansRoutes } from './plans.routes';
import { reportsRoutes } from './reports.routes';
import { voices } from './voices.service';

/** Impact and evidence: indicators with live figures, the records behind them, manual results with evidence. */
export function impactRoutes(app: App, deps: Deps): void {
  const tags = ['impact'];
  openDataRoutes(app, deps);
  reportsRoutes(app, deps);
  plansRoutes(app, deps);
  app.get(
    '/api/v1/impact/sources',
    {
      config: { policy: 'impact.read' },
      schema: { tags, summary: 'The source catalogue indicators may count', response: { 200: s.sourcesList } },
    },
    async () => indicators.listSources(),
  );
  app.get(
    '/api/v1/impact/indicators',
    {
      config: { policy: 'impact.read' },
      schema: {
        tags,
        summary: 'Indicators with live figures, targets, trend and status',
        querystring: s.indicatorsQuery,
        response: { 200: s.indicatorList },
      },
    },
    async (req) => indicators.listIndicatorViews(deps, req.ctx, req.query),
  );
  app.post(
    '/api/v1/impact/indicators',
    {
      config: { policy: 'impact.manage' },
      schema: { tags, summary: 'Declare an indicator', body: s.createIndicatorBody, response: { 201: s.created } },
    },
    async (req, reply) => reply.code(201).send(await indicators.createIndicator(deps, req.ctx, req.body)),
  );
  app.get(
    '/api/v1/impact/indicators/:code',
    {
      config: { policy: 'impact.read' },
      schema: {
        tags,
        summary: 'One indicator with its series',
        params: s.codeParams,
        querystring: s.indicatorsQuery.pick({ asOf: true }),
        response: { 200: s.indicatorView },
      },
    },
    async (req) => indicators.getIndicatorView(deps, req.ctx, req.params.code, req.query.asOf),
  );
  app.put(
    '/api/v1/impact/indicators/:code',
    {
      config: { policy: 'impact.manage' },
      schema: {
        tags,
        summary: 'Edit an indicator’s definition and targets (checked like a new one; 409 when changed meanwhile)',
        params: s.codeParams,
        body: s.updateIndicatorBody,
        response: { 200: s.indicatorView },
      },
    },
    async (req) => edit.updateIndicator(deps, req.ctx, req.params.code, req.body),
  );
  app.get(
    '/api/v1/impact/indicators/:code/definition',
    {
      config: { policy: 'impact.manage' },
      schema: {
        tags,
        summary: 'An indicator’s definition and targets as the edit form holds them',
        params: s.codeParams,
        response: { 200: s.indicatorDefinition },
      },
    },
    async (req) => edit.getIndicatorDefinition(deps, req.params.code),
  );
  app.get(
    '/api/v1/impact/indicators/:code/areas',
    {
      config: { policy: 'impact.read' },
      schema: {
        tags,
        summary: 'An indicator per area',
        params: s.codeParams,
        querystring: s.recordsQuery.pick({ from: true, to: true }),
        response: { 200: s.areaFigures },
      },
    },
    async (req) => drill.areaFigures(deps, req.ctx, req.params.code, req.query),
  );
  app.get(
    '/api/v1/impact/indicators/:code/records',
    {
      config: { policy: 'impact.drill' },
      schema: {
        tags,
        summary: 'The records behind a figure (audited)',
        params: s.codeParams,
        querystring: s.recordsQuery,
        response: { 200: s.recordsPage },
      },
    },
    async (req) => drill.recordsBehind(deps, req.ctx, req.params.code, req.query),
  );
  app.post(
    '/api/v1/impact/indicators/:code/results',
    {
      config: { policy: 'impact.results' },
      schema: {
        tags,
        summary: 'Enter a result by hand, with evidence',
        params: s.codeParams,
        body: s.manualResultBody,
        response: { 201: s.created },
      },
    },
    async (req, reply) => reply.code(201).send(await drill.addManualResult(deps, req.ctx, req.params.code, req.body)),
  );
  app.get(
    '/api/v1/impact/voices',
    {
      config: { policy: 'impact.read' },
      schema: {
        tags,
        summary: 'Interview themes with consented quotes, and published stories',
        response: { 200: s.voices },
      },
    },
    async () => voices(deps),
  );
  app.get(
    '/api/v1/impact/results/:id/evidence',
    {
      config: { policy: 'impact.drill' },
      schema: { tags, summary: 'A manual result’s evidence file (audited)', params: s.idParams },
    },
    async (req, reply) => {
      const f = await drill.evidenceFile(deps, req.ctx, req.params.id);
      return reply
        .type(f.type)
        .header('content-disposition', `attachment; filename="${f.name.replace(/[^\w.-]/g, '_')}"`)
        .send(f.data);
    },
  );
}
