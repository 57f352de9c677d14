import type { Deps } from '../../deps';
import type { App } from '../../http/app-types';
import * as s from './map.schemas';
import * as map from './map.service';

export function mapRoutes(app: App, deps: Deps): void {
  app.get(
    '/api/v1/map',
    {
      config: { policy: 'map.read' },
      schema: {
        tags: ['map'],
        summary: 'Areas (with counts), sites, macro-assets, opportunities and non-personal micro-assets in a viewport',
        description:
          "Residents' assets are never placed at a point: they appear only as a count per area, and counts under 5 are " +
          'null. Private and sensitive micro-assets never appear; partners-only ones only for partner roles.',
        querystring: s.mapQuery,
        response: { 200: s.mapView },
      },
    },
    async (req) => map.getMap(deps, req.ctx, req.query),
  );

  app.get(
    '/api/v1/areas/:id/micro-asset-counts',
    {
      config: { policy: 'map.read' },
      schema: {
        tags: ['map'],
        summary: 'An area (by id or slug) and how many micro-assets it has in each category',
        description:
          "Counts include residents' assets and are suppressed below 5 (null), the total with them when it would " +
          'give a hidden count away.',
        params: s.areaParams,
        response: { 200: s.areaCountsView },
      },
    },
    async (req) => map.getAreaCounts(deps, req.ctx, req.params.id),
  );
}
