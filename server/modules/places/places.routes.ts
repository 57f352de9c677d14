import type { Deps } from '../../deps';
import type { App } from '../../http/app-types';
import * as s from './places.schemas';
import * as places from './places.service';

export function placesRoutes(app: App, deps: Deps): void {
  const tags = ['places'];
  app.get(
    '/api/v1/areas',
    {
      config: { policy: 'areas.list' },
      schema: {
        tags,
        summary: 'Areas (wards and neighbourhoods) with GeoJSON boundaries',
        querystring: s.areasQuery,
        response: { 200: s.areasPage },
      },
    },
    async (req) => places.listAreas(deps, req.query),
  );

  app.get(
    '/api/v1/sites',
    {
      config: { policy: 'sites.list' },
      schema: {
        tags,
        summary: 'Sites (point places), optionally in one area',
        querystring: s.sitesQuery,
        response: { 200: s.sitesPage },
      },
    },
    async (req) => places.listSites(deps, req.query),
  );
}
