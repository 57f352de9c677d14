import multipart from '@fastify/multipart';
import type { FastifyError, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Deps } from '../../deps';
import type { App } from '../../http/app-types';
import { errorHandler, sendProblem } from '../../http/error-handler';
import { AppError } from '../../http/errors';
import type { ImportKind } from './columns.rules';
import * as exports from './exports.service';
import { hsdsDocumentSchema } from './hsds.schemas';
import { importLimitBytes, importLimitText } from './imports.rules';
import * as imports from './imports.service';
import * as s from './transfers.schemas';
import { template } from './templates.service';

/** Imports (upload, dry run, commit, templates) and exports (CSV, XLSX, GeoJSON, HSDS). */

const rawTypes = [
  'text/csv',
  'application/csv',
  'application/vnd.ms-excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/octet-stream',
];
const tooLarge = new Set([
  'FST_ERR_CTP_BODY_TOO_LARGE',
  'FST_REQ_FILE_TOO_LARGE',
  'FST_PARTS_LIMIT',
  'FST_FILES_LIMIT',
]);

interface Received {
  content: Buffer;
  filename: string | undefined;
  mime: string | undefined;
  kind: string | undefined;
}

/** The file from a multipart form (field "file", optional field "kind"), or the raw body. */
async function received(req: FastifyRequest, filename: string | undefined): Promise<Received> {
  if (req.isMultipart()) {
    const part = await req.file();
    if (!part) throw new AppError('validation_failed', 'The form has no file: send it in a field named "file"');
    const content = await part.toBuffer();
    const kind = part.fields.kind;
    const kindValue = kind && !Array.isArray(kind) && 'value' in kind ? String(kind.value) : undefined;
    return { content, filename: part.filename, mime: part.mimetype, kind: kindValue };
  }
  const mime = req.headers['content-type'];
  if (Buffer.isBuffer(req.body)) {
    if (req.body.length === 0) throw new AppError('validation_failed', 'The file is empty');
    return { content: req.body, filename, mime, kind: undefined };
  }
  if (req.body === undefined && mime && rawTypes.includes(mime.split(';')[0]!.trim()))
    throw new AppError('validation_failed', 'The file is empty');
  throw new AppError(
    'unsupported_media_type',
    'Send the file as multipart/form-data (field "file"), or as the body with Content-Type text/csv or the XLSX type',
  );
}

function importRoutes(app: App, deps: Deps): void {
  const tags = ['imports'];
  app.post(
    '/api/v1/imports',
    {
      config: { policy: 'imports.run' },
      bodyLimit: importLimitBytes,
      schema: {
        tags,
        summary: `Upload a CSV or XLSX file (at most ${importLimitText}) and start its dry run; poll the job for the report`,
        description:
          'multipart/form-data with a field "file" (and "kind"), or the raw file as the body (Content-Type text/csv or application/vnd.openxmlformats-officedocument.spreadsheetml.sheet). Columns: docs/imports.md.',
        querystring: s.importQuery,
        response: { 202: s.importJob },
      },
    },
    async (req, reply) => {
      const file = await received(req, req.query.filename);
      const kind = (req.query.kind ?? file.kind) as ImportKind | undefined;
      if (kind !== 'opportunities' && kind !== 'micro-assets')
        throw new AppError('validation_failed', 'kind: give kind=opportunities or kind=micro-assets', {
          errors: [{ path: 'querystring.kind', message: 'must be opportunities or micro-assets' }],
        });
      const upload = { kind, content: file.content, filename: file.filename, mime: file.mime };
      const job = await imports.startImport(deps, req.ctx, upload, { background: true });
      return reply.code(202).send(job);
    },
  );

  app.get(
    '/api/v1/imports/:id',
    {
      config: { policy: 'imports.run' },
      schema: {
        tags,
        summary: 'An import job: status, progress and the row-by-row report',
        params: s.importParams,
        response: { 200: s.importJob },
      },
    },
    async (req) => imports.getImport(deps, req.ctx, req.params.id),
  );

  app.post(
    '/api/v1/imports/:id/commit',
    {
      config: { policy: 'imports.run' },
      schema: {
        tags,
        summary: 'Commit a valid dry run: every row in one transaction, or none; poll the job for progress',
        params: s.importParams,
        response: { 202: s.importJob },
      },
    },
    async (req, reply) =>
      reply.code(202).send(await imports.commitImport(deps, req.ctx, req.params.id, { background: true })),
  );

  app.get(
    '/api/v1/imports/templates/:file',
    {
      config: { policy: 'imports.run' },
      schema: { tags, summary: 'A template file with the import columns and an example row', params: s.templateParams },
    },
    async (req, reply) => {
      const t = await template(req.params.file);
      return reply
        .type(t.contentType)
        .header('content-disposition', `attachment; filename="${t.filename}"`)
        .send(t.body);
    },
  );
}

function exportRoutes(app: App, deps: Deps): void {
  const tags = ['exports'];
  app.get(
    '/api/v1/exports/hsds.json',
    {
      config: { policy: 'exports.run' },
      schema: {
        tags,
        summary:
          'Community organisations and their services as Open Referral HSDS 3.0 JSON, confidential locations removed',
        response: { 200: hsdsDocumentSchema },
      },
    },
    async (req, reply) => {
      const doc = await exports.exportHsds(deps, req.ctx);
      return reply.header('content-disposition', 'attachment; filename="hsds.json"').send(doc);
    },
  );

  app.get(
    '/api/v1/exports/:file',
    {
      config: { policy: 'exports.run' },
      schema: {
        tags,
        summary:
          "Opportunities or micro-assets as CSV, XLSX or GeoJSON (what you may see; never others' private or residents' assets)",
        params: s.exportParams,
      },
    },
    async (req, reply) => {
      const [dataset, format] = req.params.file.split('.') as [exports.Dataset, exports.ExportFormat];
      const file = await exports.exportDataset(deps, req.ctx, dataset, format);
      return reply
        .type(file.contentType)
        .header('content-disposition', `attachment; filename="${file.filename}"`)
        .send(file.stream);
    },
  );
}

/** Upload parsers and the 413 message live in their own scope, so no other route accepts a spreadsheet body. */
export function transfersRoutes(app: App, deps: Deps): void {
  void app.register(async (scope) => {
    await scope.register(multipart, { limits: { fileSize: importLimitBytes, files: 1, fields: 10, parts: 11 } });
    scope.addContentTypeParser(rawTypes, { parseAs: 'buffer', bodyLimit: importLimitBytes }, (_req, body, done) =>
      done(null, body),
    );
    scope.setErrorHandler((error: FastifyError, req, reply) => {
      if (tooLarge.has(error.code))
        return sendProblem(
          req,
          reply,
          new AppError('payload_too_large', `The file is larger than the ${importLimitText} import limit: split it`),
        );
      return errorHandler(error, req, reply);
    });
    const typed = scope.withTypeProvider<ZodTypeProvider>() as unknown as App;
    importRoutes(typed, deps);
    exportRoutes(typed, deps);
  });
}
