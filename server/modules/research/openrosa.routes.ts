import multipart from '@fastify/multipart';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps';
import type { App } from '../../http/app-types';
import { toAppError } from '../../http/error-mapping';
import { AppError } from '../../http/errors';
import * as openrosa from './openrosa.service';
import { emptyManifest, openRosaHeaders, openRosaMessage, xmlType } from './openrosa.xml';
import { multipartLimits, readParts } from './submissions.multipart';

const tokenParams = z.object({ token: z.string().max(200) });
const formParams = tokenParams.extend({ formId: z.string().max(200) });
const formListQuery = z.object({ formID: z.string().max(200).optional() }).passthrough();

/** The public origin for absolute URLs in formList when PUBLIC_URL is not configured. */
const originOf = (req: FastifyRequest) => `${req.protocol}://${req.host}`;

function sendXml(reply: FastifyReply, status: number, body: string) {
  return reply.code(status).type(xmlType).send(body);
}

function openRosaError(error: FastifyError, req: FastifyRequest, reply: FastifyReply) {
  const mapped = toAppError(error);
  // Fastify refuses a non-multipart body before the handler runs: say what OpenRosa expects.
  const appError =
    mapped.code === 'unsupported_media_type'
      ? new AppError('unsupported_media_type', 'Send multipart/form-data with a part named xml_submission_file')
      : mapped;
  if (appError.status >= 500) req.log.error({ err: error }, 'OpenRosa request failed');
  else req.log.info({ code: appError.code, detail: appError.message }, 'OpenRosa request refused');
  for (const [name, value] of Object.entries(appError.headers)) reply.header(name, value);
  return sendXml(reply, appError.status, openRosaMessage(appError.message, 'error'));
}

function routes(app: App, deps: Deps): void {
  const config = { policy: 'openrosa.device' as const };
  const schema = { tags: ['openrosa'], hide: false };
  app.get(
    '/openrosa/:token/formList',
    {
      config,
      schema: {
        ...schema,
        summary: 'OpenRosa form list (xformsList)',
        params: tokenParams,
        querystring: formListQuery,
      },
    },
    async (req, reply) =>
      sendXml(reply, 200, await openrosa.formList(deps, req.params.token, originOf(req), req.query.formID)),
  );
  app.get(
    '/openrosa/:token/forms/:formId/form.xml',
    { config, schema: { ...schema, summary: 'The XForm, exactly as hashed in formList', params: formParams } },
    async (req, reply) => sendXml(reply, 200, (await openrosa.openForm(deps, req.params.token, req.params.formId)).xml),
  );
  app.get(
    '/openrosa/:token/forms/:formId/manifest',
    { config, schema: { ...schema, summary: 'The form manifest (media files)', params: formParams } },
    async (req, reply) => {
      await openrosa.openForm(deps, req.params.token, req.params.formId);
      return sendXml(reply, 200, emptyManifest);
    },
  );
  app.get(
    '/openrosa/:token/submission',
    {
      config,
      schema: { ...schema, summary: 'HEAD/GET before a submission: 204 with the accepted size', params: tokenParams },
    },
    async (req, reply) => {
      await openrosa.checkDevice(deps, req.params.token);
      return reply.code(204).send();
    },
  );
  app.post(
    '/openrosa/:token/submission',
    {
      config,
      schema: { ...schema, summary: 'Submit a response (multipart: xml_submission_file + media)', params: tokenParams },
    },
    async (req, reply) => {
      await openrosa.checkDevice(deps, req.params.token);
      const result = await openrosa.submit(deps, req.params.token, await readParts(req));
      const text =
        result.outcome === 'duplicate'
          ? 'This submission was already received.'
          : 'full submission upload was successful!';
      return sendXml(reply, 201, openRosaMessage(text));
    },
  );
}

/** Any other path under /openrosa answers in OpenRosa's XML too, so Collect can show the message. */
function notFoundRoute(app: App): void {
  app.route({
    method: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
    url: '/openrosa/*',
    config: { policy: 'openrosa.device' },
    schema: { hide: true },
    handler: async (req) => {
      throw new AppError(
        'not_found',
        `No OpenRosa endpoint ${req.method} ${req.url.split('?')[0]}: check the server URL`,
      );
    },
  });
}

/** OpenRosa lives in its own scope: multipart parsing, XML errors and the OpenRosa headers on every answer. */
export function openRosaRoutes(app: App, deps: Deps): void {
  void app.register(async (scope) => {
    await scope.register(multipart, { limits: multipartLimits });
    scope.addHook('onSend', async (_req, reply) => {
      for (const [name, value] of Object.entries(openRosaHeaders)) reply.header(name, value);
    });
    scope.setErrorHandler(openRosaError);
    const typed = scope.withTypeProvider<ZodTypeProvider>() as unknown as App;
    routes(typed, deps);
    notFoundRoute(typed);
  });
}
