import type { Deps } from '../../deps';
import type { App } from '../../http/app-types';
import { candidateParams } from './candidates.schemas';
import * as s from './merge.schemas';
import * as merge from './merge.service';

/** Duplicate candidates: likely pairs, per candidate, side by side, and merge. */
export function candidateMergeRoutes(app: App, deps: Deps): void {
  const tags = ['matching'];
  app.get(
    '/api/v1/matching/duplicates',
    {
      config: { policy: 'candidates.duplicates' },
      schema: {
        tags,
        summary: 'Likely duplicate candidates in your scope (same or similar name with date of birth, or phone)',
        querystring: s.duplicatePairsQuery,
        response: { 200: s.duplicatePairsPage },
      },
    },
    async (req) => merge.duplicatePairs(deps, req.ctx, req.query.page, req.query.pageSize),
  );

  app.get(
    '/api/v1/matching/candidates/:id/duplicates',
    {
      config: { policy: 'candidates.duplicates' },
      schema: {
        tags,
        summary: "A candidate's likely duplicates, with the reasons",
        params: candidateParams,
        response: { 200: s.candidateDuplicates },
      },
    },
    async (req) => merge.duplicatesOf(deps, req.ctx, req.params.id),
  );

  app.get(
    '/api/v1/matching/candidates/:id/compare/:other',
    {
      config: { policy: 'candidates.duplicates' },
      schema: {
        tags,
        summary: 'Two candidates side by side before a merge (audited)',
        params: s.compareParams,
        response: { 200: s.comparison },
      },
    },
    async (req) => merge.compare(deps, req.ctx, req.params.id, req.params.other),
  );

  app.post(
    '/api/v1/matching/candidates/:id/merge',
    {
      config: { policy: 'candidates.merge' },
      schema: {
        tags,
        summary: 'Merge another record into this one in one transaction; the other stays as a tombstone (audited)',
        params: candidateParams,
        body: s.mergeBody,
        response: { 200: s.mergeResult },
      },
    },
    async (req) => merge.mergeCandidates(deps, req.ctx, req.params.id, req.body),
  );
}
