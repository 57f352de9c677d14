import multipart from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps';
import type { App } from '../../http/app-types';
import { AppError } from '../../http/errors';
import * as directory from './directory.service';
import * as s from './directory.schemas';
import { idParams } from './enterprises.schemas';
import { maxLogoBytes } from './enterprises.logo.rules';
import * as logos from './enterprises.logo.service';

/** The public directory (no sign-in), its statistics, reference data, logos and the baseline survey link. */
export function directoryRoutes(app: App, deps: Deps): void {
  const tags = ['enterprise directory'];
  app.get(
    '/api/v1/directory',
    {
      config: { policy: 'directory.public' },
      schema: {
        tags,
        summary: 'Public directory: approved, opted-in enterprises ("catering in Ladywood"), public fields only',
        querystring: s.directoryQuery,
        response: { 200: s.directoryPage },
      },
    },
    async (req) => {
      const { page, pageSize, ...filter } = req.query;
      return directory.searchDirectory(deps.db, filter, { page, pageSize });
    },
  );
  app.get(
    '/api/v1/directory/reference',
    {
      config: { policy: 'enterprises.reference' },
      schema: { tags, summary: 'Legal forms, markets and wards (public)', response: { 200: s.referenceView } },
    },
    async () => directory.directoryReference(deps),
  );
  app.get(
    '/api/v1/directory/statistics',
    {
      config: { policy: 'directory.stats' },
      schema: {
        tags,
        summary:
          'Approved enterprises by market, stage, legal form and ward, and the baseline survey results (<5 hidden)',
        description:
          "The baseline survey's closed questions are tallied (labels in `lang` where the form has it, else its default language); free text and sensitive questions never are.",
        querystring: s.statsQuery,
        response: { 200: s.statsView },
      },
    },
    async (req) => directory.directoryStats(deps, req.query.lang ?? null),
  );
  app.post(
    '/api/v1/directory/baseline-forms',
    {
      config: { policy: 'directory.baseline.manage' },
      schema: {
        tags,
        summary: 'Use a research questionnaire as the baseline survey',
        body: s.baselineBody,
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      await directory.linkBaselineForm(deps, req.ctx, req.body.form);
      return reply.code(204).send(null);
    },
  );
  app.delete(
    '/api/v1/directory/baseline-forms/:formId',
    {
      config: { policy: 'directory.baseline.manage' },
      schema: {
        tags,
        summary: 'Stop counting a questionnaire as the baseline survey',
        params: s.formParams,
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      await directory.unlinkBaselineForm(deps, req.ctx, req.params.formId);
      return reply.code(204).send(null);
    },
  );
  app.get(
    '/api/v1/enterprises/:id/logo',
    {
      config: { policy: 'enterprises.logo' },
      schema: { tags, summary: "An enterprise's logo (public when it is listed)", params: idParams },
    },
    async (req, reply) => {
      const logo = await logos.readLogo(deps, req.ctx, req.params.id);
      return reply
        .header('cache-control', logo.listed ? 'public, max-age=300' : 'private, no-store')
        .header('x-content-type-options', 'nosniff')
        .type(logo.type)
        .send(logo.content);
    },
  );
  void app.register(async (scope) => {
    await scope.register(multipart, { limits: { fileSize: maxLogoBytes, files: 1, fields: 1, parts: 2 } });
    const typed = scope.withTypeProvider<ZodTypeProvider>() as unknown as App;
    typed.put(
      '/api/v1/enterprises/:id/logo',
      {
        config: { policy: 'enterprises.update' },
        schema: {
          tags,
          summary: 'Upload a logo (multipart field "file"; PNG, JPEG or WebP; 256 KB at most)',
          params: idParams,
          response: { 200: s.logoResult },
        },
      },
      async (req) => logos.uploadLogo(deps, req.ctx, req.params.id, await receiveLogo(req)),
    );
  });
}

async function receiveLogo(req: FastifyRequest): Promise<Buffer> {
  if (!req.isMultipart())
    throw new AppError('unsupported_media_type', 'Upload the logo as multipart/form-data with a field "file"');
  try {
    const part = await req.file({ limits: { fileSize: maxLogoBytes, files: 1 } });
    if (!part || part.fieldname !== 'file')
      throw new AppError('validation_failed', 'Send the logo in a field named "file"', {
        errors: [{ path: 'body.file', message: 'required' }],
      });
    return await part.toBuffer();
  } catch (err) {
    if (err instanceof AppError) throw err;
    const e = err as { statusCode?: number; message?: string };
    if (e.statusCode === 413)
      throw new AppError('payload_too_large', `The logo is larger than the ${maxLogoBytes / 1024} KB limit`);
    throw new AppError('validation_failed', `The multipart body cannot be read: ${e.message ?? 'malformed'}`);
  }
}
