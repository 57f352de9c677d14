import type { Deps } from '../../deps';
import type { App } from '../../http/app-types';
import * as s from './micro-assets.schemas';
import * as microAssets from './micro-assets.service';

export function microAssetsRoutes(app: App, deps: Deps): void {
  const tags = ['micro-assets'];
  app.get(
    '/api/v1/micro-assets',
    {
      config: { policy: 'micro-assets.list' },
      schema: {
        tags,
        summary: "Micro-assets the caller may see (residents' assets only to the recording partner)",
        querystring: s.microAssetsQuery,
        response: { 200: s.microAssetsPage },
      },
    },
    async (req) => microAssets.listMicroAssets(deps, req.ctx, req.query),
  );

  app.get(
    '/api/v1/micro-assets/:id',
    {
      config: { policy: 'micro-assets.read' },
      schema: {
        tags,
        summary: 'One micro-asset (reading a sensitive one is audited)',
        params: s.microAssetParams,
        response: { 200: s.microAssetView },
      },
    },
    async (req) => microAssets.getMicroAsset(deps, req.ctx, req.params.id),
  );

  app.post(
    '/api/v1/micro-assets',
    {
      config: { policy: 'micro-assets.create' },
      schema: {
        tags,
        summary: 'Record a micro-asset: a skill, group, enterprise, space...',
        body: s.createMicroAssetBody,
        response: { 201: s.createdResponse },
      },
    },
    async (req, reply) => reply.code(201).send(await microAssets.createMicroAsset(deps, req.ctx, req.body)),
  );

  app.patch(
    '/api/v1/micro-assets/:id',
    {
      config: { policy: 'micro-assets.update' },
      schema: {
        tags,
        summary: "Change a micro-asset (the recording partner's staff)",
        params: s.microAssetParams,
        body: s.updateMicroAssetBody,
        response: { 200: s.microAssetView },
      },
    },
    async (req) => microAssets.updateMicroAsset(deps, req.ctx, req.params.id, req.body),
  );
}
