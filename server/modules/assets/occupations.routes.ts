import type { Deps } from '../../deps';
import type { App } from '../../http/app-types';
import * as s from './occupations.schemas';
import * as occupations from './occupations.service';

export function occupationsRoutes(app: App, deps: Deps): void {
  const tags = ['occupations'];
  app.get(
    '/api/v1/occupations',
    {
      config: { policy: 'occupations.list' },
      schema: {
        tags,
        summary: 'The occupations taxonomy (ISCO-08 and SOC 2020 codes, multilingual labels)',
        querystring: s.occupationsQuery,
        response: { 200: s.occupationsPage },
      },
    },
    async (req) => occupations.listOccupations(deps, req.query),
  );

  app.get(
    '/api/v1/occupations/resolve',
    {
      config: { policy: 'occupations.resolve' },
      schema: {
        tags,
        summary: 'Resolve free text in any supported language to occupation codes, with confidence and reason',
        querystring: s.resolveQuery,
        response: { 200: s.resolveResponse },
      },
    },
    async (req) => occupations.resolveOccupationText(deps, req.query),
  );
}
