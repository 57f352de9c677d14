import type { Deps } from '../../deps';
import type { App } from '../../http/app-types';
import * as s from './assets.schemas';
import * as assets from './assets.service';

export function assetsRoutes(app: App, deps: Deps): void {
  const tags = ['assets'];
  app.get(
    '/api/v1/macro-assets',
    {
      config: { policy: 'macro-assets.list' },
      schema: {
        tags,
        summary: 'Macro-assets: the capital investment projects',
        querystring: s.macroAssetsQuery,
        response: { 200: s.macroAssetsPage },
      },
    },
    async (req) => assets.listMacroAssets(deps, req.query),
  );

  app.get(
    '/api/v1/macro-assets/:id',
    {
      config: { policy: 'macro-assets.read' },
      schema: {
        tags,
        summary: 'One macro-asset, by id or slug',
        params: s.macroAssetParams,
        response: { 200: s.macroAssetView },
      },
    },
    async (req) => assets.getMacroAsset(deps, req.params.id),
  );
}
