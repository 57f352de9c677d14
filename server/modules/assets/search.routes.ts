import type { Deps } from '../../deps';
import type { App } from '../../http/app-types';
import * as s from './search.schemas';
import * as search from './search.service';

export function searchRoutes(app: App, deps: Deps): void {
  app.get(
    '/api/v1/search',
    {
      config: { policy: 'search.read' },
      schema: {
        tags: ['search'],
        summary:
          'One typo-tolerant, ranked search across macro-assets, opportunities, micro-assets, partners, areas and occupations',
        description:
          "Residents' assets are never searched; other partners' private or sensitive micro-assets and unpublished drafts never appear.",
        querystring: s.searchQuery,
        response: { 200: s.searchView },
      },
    },
    async (req) => search.search(deps, req.ctx, req.query),
  );
}
