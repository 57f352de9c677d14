import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../../deps';
import type { App } from '../../http/app-types';
import { AppError } from '../../http/errors';
import type { Upload } from './forms.compile';
import { exportCsv } from './forms.export';
import * as s from './forms.schemas';
import * as forms from './forms.service';
import * as formWrites from './forms.write.service';

/** The uploaded questionnaire file (multipart field "file") and the text fields that came with it. */
async function upload(req: FastifyRequest): Promise<{ file: Upload; fields: z.infer<typeof s.uploadFields> }> {
  if (!req.isMultipart())
    throw new AppError(
      'unsupported_media_type',
      'Upload the form as multipart/form-data with a field "file" (XLSForm .xlsx or XForm .xml)',
    );
  let file: Upload | undefined;
  const fields: Record<string, string> = {};
  try {
    for await (const part of req.parts()) {
      if (part.type === 'file') {
        if (part.fieldname !== 'file' || file)
          throw new AppError('validation_failed', 'Send one file, in a field named "file"');
        file = { content: await part.toBuffer(), filename: part.filename, mime: part.mimetype };
      } else fields[part.fieldname] = String(part.value);
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    const e = err as { statusCode?: number; message?: string };
    if (e.statusCode === 413) throw new AppError('payload_too_large', 'The file is larger than the 10 MB form limit');
    throw new AppError('validation_failed', `The multipart body cannot be read: ${e.message ?? 'malformed'}`);
  }
  if (!file) throw new AppError('validation_failed', 'The form has no file: send it in a field named "file"');
  const parsed = s.uploadFields.safeParse(fields);
  if (!parsed.success)
    throw new AppError(
      'validation_failed',
      parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
      {
        errors: parsed.error.issues.map((i) => ({ path: `body.${i.path.join('.')}`, message: i.message })),
      },
    );
  return { file, fields: parsed.data };
}

const uploadDoc =
  'multipart/form-data: "file" = XLSForm (.xlsx) or XForm (.xml); optional text fields anonymous=true|false, partner, voucherPence, open=true|false';

export function formsRoutes(app: App, deps: Deps): void {
  const tags = ['research'];
  app.get(
    '/api/v1/research/forms',
    {
      config: { policy: 'research.forms.list' },
      schema: { tags, summary: 'Questionnaires', querystring: s.formsQuery, response: { 200: s.formsPage } },
    },
    async (req) => forms.listForms(deps, req.ctx, req.query),
  );
  app.get(
    '/api/v1/research/forms/:id',
    {
      config: { policy: 'research.forms.read' },
      schema: {
        tags,
        summary: 'One questionnaire with its versions',
        params: s.formParams,
        response: { 200: s.formDetail },
      },
    },
    async (req) => forms.getForm(deps, req.ctx, req.params.id),
  );
  app.get(
    '/api/v1/research/forms/:id/definition',
    {
      config: { policy: 'research.forms.read' },
      schema: {
        tags,
        summary: 'The newest version as the built-in web form loads it (XForm XML, languages, anonymity)',
        params: s.formParams,
        response: { 200: s.formDefinition },
      },
    },
    async (req) => forms.formDefinition(deps, req.ctx, req.params.id),
  );
  app.post(
    '/api/v1/research/forms',
    {
      config: { policy: 'research.forms.manage' },
      schema: {
        tags,
        summary: 'Create a questionnaire from an XLSForm or XForm',
        description: uploadDoc,
        response: { 201: s.formDetail },
      },
    },
    async (req, reply) => {
      const { file, fields } = await upload(req);
      const created = await formWrites.createForm(deps, req.ctx, file, {
        anonymous: fields.anonymous === 'true',
        partner: fields.partner,
        voucherPence: fields.voucherPence,
        open: fields.open === 'true',
      });
      return reply.code(201).send(created);
    },
  );
  app.post(
    '/api/v1/research/forms/:id/versions',
    {
      config: { policy: 'research.forms.manage' },
      schema: {
        tags,
        summary: 'Publish a new version (a new version string; old versions stay)',
        description: uploadDoc,
        params: s.formParams,
        response: { 201: s.formDetail },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await formWrites.publishVersion(deps, req.ctx, req.params.id, (await upload(req)).file)),
  );
  app.patch(
    '/api/v1/research/forms/:id',
    {
      config: { policy: 'research.forms.manage' },
      schema: {
        tags,
        summary: 'Open, close or reopen a questionnaire; set anonymity or voucher credit',
        params: s.formParams,
        body: s.updateFormBody,
        response: { 200: s.formDetail },
      },
    },
    async (req) => formWrites.updateForm(deps, req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/v1/research/forms/:id/export.csv',
    {
      config: { policy: 'research.export' },
      schema: {
        tags,
        summary: 'All responses as CSV (streamed): one column per field',
        params: s.formParams,
        querystring: z.object({
          header: z.enum(['labels', 'codes']).default('codes'),
          lang: z.string().max(100).optional(),
        }),
      },
    },
    async (req, reply) => {
      const { filename, stream } = await exportCsv(deps, req.ctx, req.params.id, {
        labels: req.query.header === 'labels',
        language: req.query.lang,
      });
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${filename}"`)
        .send(stream);
    },
  );
}
