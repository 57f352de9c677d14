import { z } from 'zod';
import type { Deps } from '../../deps';
import type { App } from '../../http/app-types';
import { AppError } from '../../http/errors';
import { formParams } from './forms.schemas';
import { readParts } from './submissions.multipart';
import { ingestResult } from './submissions.schemas';
import { submitFromWeb } from './submissions.web.service';

const mediaFields = z.strictObject({
  channel: z.enum(['web', 'paper']),
  complete: z.enum(['true', 'false']),
  language: z.string().trim().min(1).max(100).optional(),
});

/**
 * The web form's response with media (photos, recordings, files), as OpenRosa sends it: multipart with
 * xml_submission_file and one part per file, named as the instance XML names it; plus the fields channel,
 * complete and language. The research scope parses multipart; readParts sets this body's own limits.
 */
export function submissionMediaRoutes(app: App, deps: Deps): void {
  app.post(
    '/api/v1/research/forms/:id/submissions/media',
    {
      config: { policy: 'research.submissions.create' },
      schema: {
        tags: ['research'],
        summary: 'A web or paper response with media files (multipart: xml_submission_file, media, fields)',
        consumes: ['multipart/form-data'],
        params: formParams,
        response: { 200: ingestResult, 201: ingestResult },
      },
    },
    async (req, reply) => {
      const parts = await readParts(req);
      const fields = mediaFields.safeParse(parts.fields);
      if (!fields.success)
        throw new AppError('validation_failed', 'channel (web|paper) and complete (true|false) are required', {
          errors: fields.error.issues.map((i) => ({ path: `body.${i.path.join('.')}`, message: i.message })),
        });
      if (parts.xml === null)
        throw new AppError('validation_failed', 'Required multipart field xml_submission_file missing', {
          errors: [{ path: 'body.xml_submission_file', message: 'is required' }],
        });
      const { channel, complete, language } = fields.data;
      const result = await submitFromWeb(
        deps,
        req.ctx,
        req.params.id,
        { channel, complete: complete === 'true', xml: parts.xml, language },
        parts.attachments,
      );
      return reply.code(result.outcome === 'duplicate' ? 200 : 201).send(result);
    },
  );
}
