import type { Deps } from '../../deps';
import type { App } from '../../http/app-types';
import { candidateParams } from './candidates.schemas';
import { fairnessReport } from './fairness.service';
import { pipelineCsv } from './pipeline.csv';
import * as s from './pipeline.schemas';
import * as pipeline from './pipeline.service';
import * as placements from './placements.service';

/** The pipeline (table, board, export, moves), interim placements and the fairness report. */
export function pipelineRoutes(app: App, deps: Deps): void {
  const tags = ['matching'];
  app.get(
    '/api/v1/matching/pipeline',
    {
      config: { policy: 'pipeline.list' },
      schema: {
        tags,
        summary: 'Candidates with their pipeline stage, filtered, sorted and paged; with counts per stage',
        querystring: s.pipelineQuery,
        response: { 200: s.pipelinePage },
      },
    },
    async (req) => pipeline.listPipeline(deps, req.ctx, req.query),
  );

  app.get(
    '/api/v1/matching/pipeline.csv',
    {
      config: { policy: 'pipeline.list' },
      schema: {
        tags,
        summary: 'The pipeline as CSV (same filters and sort; every row)',
        querystring: s.pipelineCsvQuery,
      },
    },
    async (req, reply) => {
      const items = await pipeline.allPipeline(deps, req.ctx, req.query);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="pipeline.csv"')
        .send(pipelineCsv(items));
    },
  );

  app.get(
    '/api/v1/matching/candidates/:id/stage',
    {
      config: { policy: 'pipeline.list' },
      schema: {
        tags,
        summary: "The candidate's stage and every move (who, when, why)",
        params: candidateParams,
        response: { 200: s.stageHistory },
      },
    },
    async (req) => pipeline.stageHistory(deps, req.ctx, req.params.id),
  );

  app.post(
    '/api/v1/matching/candidates/:id/stage',
    {
      config: { policy: 'pipeline.move' },
      schema: {
        tags,
        summary: 'Move a candidate to another stage; a gate that forbids it is a 422 naming the gate (audited)',
        params: candidateParams,
        body: s.moveBody,
        response: { 200: s.moved },
      },
    },
    async (req) => pipeline.moveCandidate(deps, req.ctx, req.params.id, req.body),
  );

  app.get(
    '/api/v1/matching/candidates/:id/placements',
    {
      config: { policy: 'placements.list' },
      schema: {
        tags,
        summary: "The candidate's interim placements",
        params: candidateParams,
        response: { 200: s.placements },
      },
    },
    async (req) => placements.listPlacements(deps, req.ctx, req.params.id),
  );

  app.post(
    '/api/v1/matching/candidates/:id/placements',
    {
      config: { policy: 'placements.manage' },
      schema: {
        tags,
        summary: 'Record an interim placement with a social-care provider (paid work needs a confirmed right to work)',
        params: candidateParams,
        body: s.placementBody,
        response: { 201: s.placement },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await placements.createPlacement(deps, req.ctx, req.params.id, req.body)),
  );

  app.patch(
    '/api/v1/matching/candidates/:id/placements/:placementId',
    {
      config: { policy: 'placements.manage' },
      schema: {
        tags,
        summary: 'Change a placement (status, end date, notes); a stale version is 409',
        params: s.placementParams,
        body: s.placementUpdateBody,
        response: { 200: s.placement },
      },
    },
    async (req) => placements.updatePlacement(deps, req.ctx, req.params.id, req.params.placementId, req.body),
  );

  app.get(
    '/api/v1/matching/fairness',
    {
      config: { policy: 'fairness.read' },
      schema: {
        tags,
        summary: 'Outcomes by sex, age band and ethnicity, small cells suppressed (reading monitoring data is audited)',
        response: { 200: s.fairnessReport },
      },
    },
    async (req) => fairnessReport(deps, req.ctx),
  );
}
