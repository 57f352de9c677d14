import type { Deps } from '../../deps';
import type { App } from '../../http/app-types';
import { formParams } from './forms.schemas';
import { submissionMediaRoutes } from './submissions.media.routes';
import * as s from './submissions.schemas';
import * as submissions from './submissions.web.service';

export function submissionsRoutes(app: App, deps: Deps): void {
  const tags = ['research'];
  app.post(
    '/api/v1/research/forms/:id/submissions',
    {
      config: { policy: 'research.submissions.create' },
      schema: {
        tags,
        summary: 'A web or paper response (instance XML or answers); partial responses are kept, flagged incomplete',
        params: formParams,
        body: s.webSubmissionBody,
        response: { 200: s.ingestResult, 201: s.ingestResult },
      },
    },
    async (req, reply) => {
      const result = await submissions.submitFromWeb(deps, req.ctx, req.params.id, req.body);
      return reply.code(result.outcome === 'duplicate' ? 200 : 201).send(result);
    },
  );
  app.get(
    '/api/v1/research/forms/:id/submissions',
    {
      config: { policy: 'research.submissions.list' },
      schema: {
        tags,
        summary: 'Responses (a researcher sees their own)',
        params: formParams,
        querystring: s.submissionsQuery,
        response: { 200: s.submissionsPage },
      },
    },
    async (req) => submissions.listSubmissions(deps, req.ctx, req.params.id, req.query),
  );
  submissionMediaRoutes(app, deps);
}
