import type { Deps } from '../../deps';
import type { App } from '../../http/app-types';
import { formParams } from './forms.schemas';
import * as s from './findings.schemas';
import * as findings from './findings.service';

/** Findings map per form version, applying it, and what it produced (issue 4 §6). */
export function findingsRoutes(app: App, deps: Deps): void {
  const tags = ['research'];
  app.get(
    '/api/v1/research/forms/:id/versions/:versionId/findings-map',
    {
      config: { policy: 'research.findings.read' },
      schema: {
        tags,
        summary:
          'What the answers of a form version become (micro-assets, needs, referrals), and the mappable questions',
        params: s.mapParams,
        response: { 200: s.findingMapView },
      },
    },
    async (req) => findings.getFindingMap(deps, req.ctx, req.params.id, req.params.versionId),
  );
  app.put(
    '/api/v1/research/forms/:id/versions/:versionId/findings-map',
    {
      config: { policy: 'research.findings.manage' },
      schema: {
        tags,
        summary: 'Save the findings map (a stale revision is 409); new responses are then applied in the background',
        params: s.mapParams,
        body: s.saveMapBody,
        response: { 200: s.findingMapView },
      },
    },
    async (req) => findings.saveFindingMap(deps, req.ctx, req.params.id, req.params.versionId, req.body),
  );
  app.post(
    '/api/v1/research/forms/:id/findings/apply',
    {
      config: { policy: 'research.findings.manage' },
      schema: {
        tags,
        summary: 'Apply the findings maps to existing responses (a background job)',
        params: formParams,
        body: s.applyBody,
        response: { 202: s.applyResponse },
      },
    },
    async (req, reply) => reply.code(202).send(await findings.requestApply(deps, req.ctx, req.params.id, req.body.all)),
  );
  app.get(
    '/api/v1/research/forms/:id/findings',
    {
      config: { policy: 'research.findings.read' },
      schema: {
        tags,
        summary: 'What the findings maps have produced: by kind, by area (suppressed below 5), referrals',
        params: formParams,
        response: { 200: s.findingsSummary },
      },
    },
    async (req) => findings.findingsSummary(deps, req.ctx, req.params.id),
  );
}
