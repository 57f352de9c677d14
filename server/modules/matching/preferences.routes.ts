import type { Deps } from '../../deps';
import type { App } from '../../http/app-types';
import { candidateParams } from './candidates.schemas';
import * as s from './preferences.schemas';
import * as preferences from './preferences.service';

/** A candidate's availability and reminder choices. */
export function preferencesRoutes(app: App, deps: Deps): void {
  const tags = ['matching'];
  app.get(
    '/api/v1/matching/candidates/:id/preferences',
    {
      config: { policy: 'candidates.preferences' },
      schema: {
        tags,
        summary: "A candidate's availability and reminder choices",
        params: candidateParams,
        response: { 200: s.preferencesView },
      },
    },
    async (req) => preferences.getPreferences(deps, req.ctx, req.params.id),
  );
  app.put(
    '/api/v1/matching/candidates/:id/preferences',
    {
      config: { policy: 'candidates.preferences' },
      schema: {
        tags,
        summary: 'Set availability (hours, days, from when) and reminder opt-ins per channel with their language',
        params: candidateParams,
        body: s.updatePreferencesBody,
        response: { 200: s.preferencesView },
      },
    },
    async (req) => preferences.updatePreferences(deps, req.ctx, req.params.id, req.body),
  );
}
