import type { Deps } from '../../deps';
import type { App } from '../../http/app-types';
import * as s from './contracts.schemas';
import * as contracts from './contracts.service';
import { suggestedSuppliers } from './contracts.suggestions.service';
import { updateContract } from './contracts.update.service';
import * as exportsService from './open-contracting.service';

export function contractsRoutes(app: App, deps: Deps): void {
  const tags = ['enterprises'];
  app.get(
    '/api/v1/enterprises/contracts',
    {
      config: { policy: 'contracts.list' },
      schema: {
        tags,
        summary: 'Contracts and grants, with search, filters, sort and paging',
        querystring: s.contractsQuery,
        response: { 200: s.contractsPage },
      },
    },
    async (req) => contracts.listContracts(deps, req.ctx, req.query),
  );
  app.post(
    '/api/v1/enterprises/contracts',
    {
      config: { policy: 'contracts.create' },
      schema: {
        tags,
        summary: 'Publish a contract (OCDS-like tender) or grant (360Giving-like): an asset-graph opportunity',
        body: s.createContractBody,
        response: { 201: s.created },
      },
    },
    async (req, reply) => reply.code(201).send(await contracts.createContract(deps, req.ctx, req.body)),
  );
  app.get(
    '/api/v1/enterprises/contracts/:id',
    {
      config: { policy: 'contracts.read' },
      schema: { tags, summary: 'One contract or grant', params: s.idParams, response: { 200: s.contractView } },
    },
    async (req) => contracts.getContract(deps, req.ctx, req.params.id),
  );
  app.put(
    '/api/v1/enterprises/contracts/:id',
    {
      config: { policy: 'contracts.update' },
      schema: {
        tags,
        summary: 'Edit a contract or grant (the whole form; a stale version is refused with 409)',
        params: s.idParams,
        body: s.updateContractBody,
        response: { 200: s.contractView },
      },
    },
    async (req) => updateContract(deps, req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/v1/enterprises/contracts/:id/suggestions',
    {
      config: { policy: 'contracts.suggest' },
      schema: {
        tags,
        summary: 'Suggested suppliers (enterprises and consortia) with reasons and gaps',
        params: s.idParams,
        querystring: s.suggestionsQuery,
        response: { 200: s.suggestionsView },
      },
    },
    async (req) => suggestedSuppliers(deps, req.ctx, req.params.id, req.query.limit),
  );
  app.get(
    '/api/v1/enterprises/exports/360giving.json',
    { config: { policy: 'contracts.export' }, schema: { tags, summary: 'Awarded grants as 360Giving JSON' } },
    async (req, reply) =>
      reply
        .header('content-disposition', 'attachment; filename="grants-360giving.json"')
        .send(await exportsService.grants360(deps, req.ctx)),
  );
  app.get(
    '/api/v1/enterprises/exports/360giving.csv',
    { config: { policy: 'contracts.export' }, schema: { tags, summary: 'Awarded grants as 360Giving CSV' } },
    async (req, reply) =>
      reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="grants-360giving.csv"')
        .send(await exportsService.grants360Csv(deps, req.ctx)),
  );
  app.get(
    '/api/v1/enterprises/exports/ocds.json',
    { config: { policy: 'contracts.export' }, schema: { tags, summary: 'Contracts as an OCDS 1.1 release package' } },
    async (req, reply) =>
      reply
        .header('content-disposition', 'attachment; filename="contracts-ocds.json"')
        .send(await exportsService.ocdsReleases(deps, req.ctx, `${req.protocol}://${req.host}`)),
  );
}
