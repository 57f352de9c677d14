import type { Deps } from '../../deps';
import type { App } from '../../http/app-types';
import * as s from './duplicates.schemas';
import * as duplicates from './duplicates.service';

export function duplicatesRoutes(app: App, deps: Deps): void {
  const tags = ['duplicates'];
  app.get(
    '/api/v1/duplicates',
    {
      config: { policy: 'duplicates.list' },
      schema: {
        tags,
        summary: 'Likely duplicates: partners with alike names, or community micro-assets with alike names in one area',
        querystring: s.duplicatesQuery,
        response: { 200: s.duplicatesResponse },
      },
    },
    async (req) => duplicates.listDuplicates(deps, req.ctx, req.query.entity, req.query.limit),
  );

  app.post(
    '/api/v1/duplicates/merge',
    {
      config: { policy: 'merges.run' },
      schema: {
        tags,
        summary: 'Merge one record into another: references move, the merged one is hidden, history is kept',
        body: s.mergeBody,
        response: { 200: s.mergeResponse },
      },
    },
    async (req) => duplicates.mergeDuplicates(deps, req.ctx, req.body),
  );
}
