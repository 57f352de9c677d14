import type { Deps } from '../../deps';
import type { App } from '../../http/app-types';
import { rematch } from './features.service';
import * as s from './matches.schemas';
import * as matches from './matches.service';
import * as shortage from './shortage.service';
import { vacancyParams } from './vacancies.schemas';

export function matchesRoutes(app: App, deps: Deps): void {
  const tags = ['matching'];
  app.get(
    '/api/v1/matching/vacancies/:id/suggestions',
    {
      config: { policy: 'matches.suggest' },
      schema: {
        tags,
        summary: "Top candidates for a vacancy (caseworkers: their partner's candidates), gate first, with breakdown",
        params: vacancyParams,
        querystring: s.suggestionsQuery,
        response: { 200: s.suggestionsResponse },
      },
    },
    async (req) => matches.suggestionsForVacancy(deps, req.ctx, req.params.id, req.query.limit),
  );

  app.post(
    '/api/v1/matching/vacancies/:id/decisions',
    {
      config: { policy: 'matches.decide' },
      schema: {
        tags,
        summary: 'A caseworker confirms (the employer then sees it) or rejects a suggested match',
        params: vacancyParams,
        body: s.decisionBody,
        response: { 200: s.decisionResponse },
      },
    },
    async (req) => matches.decideMatch(deps, req.ctx, req.params.id, req.body),
  );

  app.get(
    '/api/v1/matching/vacancies/:id/matches',
    {
      config: { policy: 'matches.employer-view' },
      schema: {
        tags,
        summary: 'Confirmed matches for an employer: only what each candidate consented to share (audited)',
        params: vacancyParams,
        response: { 200: s.employerMatchesResponse },
      },
    },
    async (req) => matches.employerMatches(deps, req.ctx, req.params.id),
  );

  app.get(
    '/api/v1/matching/candidates/:id/vacancies',
    {
      config: { policy: 'matches.suggest' },
      schema: {
        tags,
        summary: 'Top vacancies for a candidate, including "ready in about N months" ones',
        params: vacancyParams,
        querystring: s.candidateVacanciesQuery,
        response: { 200: s.candidateVacanciesResponse },
      },
    },
    async (req) => matches.vacanciesForCandidate(deps, req.ctx, req.params.id, req.query.limit),
  );

  app.get(
    '/api/v1/matching/shortage',
    {
      config: { policy: 'shortage.read' },
      schema: {
        tags,
        summary: 'Demand by occupation and band against supply by readiness (small cells suppressed)',
        querystring: s.shortageQuery,
        response: { 200: s.shortageResponse },
      },
    },
    async (req) => shortage.shortage(deps, req.ctx, req.query),
  );

  app.get(
    '/api/v1/matching/shortage.csv',
    {
      config: { policy: 'shortage.read' },
      schema: { tags, summary: 'The shortage analysis as CSV', querystring: s.shortageQuery },
    },
    async (req, reply) =>
      reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="shortage.csv"')
        .send(await shortage.shortageAsCsv(deps, req.ctx, req.query)),
  );

  app.post(
    '/api/v1/matching/rematch',
    {
      config: { policy: 'matching.rematch' },
      schema: {
        tags,
        summary: 'Work out every candidate and vacancy match feature again (after a rule or weight change)',
        response: { 200: s.rematchResponse },
      },
    },
    async (req) => rematch(deps, req.ctx),
  );
}
