import type { Deps } from '../../deps';
import type { App } from '../../http/app-types';
import * as s from './linking.schemas';
import * as reach from './linking.reach.service';
import * as linking from './linking.service';
import { mapRoutes } from './map.routes';
import { searchRoutes } from './search.routes';

/** The read side of the asset graph: links and gaps, opportunities reaching an area, the map and search. */
export function linkingRoutes(app: App, deps: Deps): void {
  const tags = ['linking'];
  app.get(
    '/api/v1/macro-assets/:id/links',
    {
      config: { policy: 'links.read' },
      schema: {
        tags,
        summary:
          "A macro-asset's open opportunities, the local supply for each (counts by area), candidates with reasons, and gaps",
        description:
          'Counts include residents\u2019 assets and are suppressed below 5 (null). Candidates are only assets the caller may see: ' +
          "other partners' public or partners-only assets, and residents' assets of the caller's own partner; at most 10 each. gaps.trainingNeeds covers every open opportunity, not only this page.",
        params: s.idParams,
        querystring: s.linksQuery,
        response: { 200: s.linksView },
      },
    },
    async (req) => linking.getLinks(deps, req.ctx, req.params.id, req.query),
  );

  app.get(
    '/api/v1/areas/:id/opportunities',
    {
      config: { policy: 'links.read' },
      schema: {
        tags,
        summary: 'Opportunities that reach an area (by id or slug)',
        description:
          'Set in the area, located inside its bounding box, published by a macro-asset inside it, or programme-wide. Default status: open.',
        params: s.idParams,
        querystring: s.areaOpportunitiesQuery,
        response: { 200: s.areaOpportunitiesPage },
      },
    },
    async (req) => reach.listAreaOpportunities(deps, req.ctx, req.params.id, req.query),
  );

  app.get(
    '/api/v1/gaps',
    {
      config: { policy: 'gaps.read' },
      schema: {
        tags,
        summary:
          'Training needs (open opportunities with no local supply) and hidden talent (local skills no one asks for)',
        response: { 200: s.gapsView },
      },
    },
    async (req) => linking.getGaps(deps, req.ctx),
  );

  mapRoutes(app, deps);
  searchRoutes(app, deps);
}
