import { createHash } from 'node:crypto';
import { AppError } from '../../http/errors';
import { uploadKind, type UploadKind } from './forms.rules';
import { parseXForm } from './xform.parse';
import { XFormError, XlsFormError } from './xlsform.errors';
import { compileXlsFormWorkbook } from './xlsform.reader';
import type { FormSchema } from './xlsform.types';

/** An uploaded questionnaire (XLSForm or XForm) turned into the XForm we store and serve, with its schema. */
export interface CompiledForm {
  source: UploadKind;
  xml: string;
  md5: string;
  formId: string;
  version: string;
  title: string;
  languages: string[];
  schema: FormSchema;
  warnings: string[];
}

export interface Upload {
  content: Buffer;
  filename: string | undefined;
  mime: string | undefined;
}

const noVersion = () =>
  new AppError('validation_failed', 'The form has no version: set `version` in the settings sheet (or orx:version)', {
    errors: [{ path: 'file', message: 'a version is required to publish' }],
  });

const md5 = (xml: string) => createHash('md5').update(xml, 'utf8').digest('hex');

/** The compiler's and reader's typed errors become 4xx answers naming the sheet, row and column. */
function refused(err: unknown): never {
  if (err instanceof XlsFormError)
    throw new AppError('validation_failed', `XLSForm ${err.message}`, {
      errors: [
        {
          path: ['file', err.sheet, err.row && `row ${err.row}`, err.column].filter(Boolean).join('.'),
          message: err.detail,
        },
      ],
    });
  if (err instanceof XFormError) {
    if (err.code === 'too_large') throw new AppError('payload_too_large', `XForm: ${err.message}`);
    throw new AppError('validation_failed', `XForm: ${err.message}`, {
      errors: [{ path: 'file', message: err.message }],
    });
  }
  throw err;
}

function fromXForm(xml: string): CompiledForm {
  const parsed = parseXForm(xml);
  if (!parsed.version) throw noVersion();
  return {
    source: 'xform',
    xml,
    md5: md5(xml),
    formId: parsed.formId,
    version: parsed.version,
    title: parsed.title,
    languages: parsed.languages,
    schema: { ...parsed.schema, version: parsed.version },
    warnings: [],
  };
}

async function fromXlsForm(upload: Upload): Promise<CompiledForm> {
  const stem = (upload.filename ?? '').replace(/\.[^.]*$/, '').replace(/[^A-Za-z0-9_.-]/g, '_');
  const compiled = await compileXlsFormWorkbook(
    upload.content,
    /^[A-Za-z_]/.test(stem) ? { fallbackFormId: stem } : {},
  );
  if (!compiled.schema.version) throw noVersion();
  return {
    source: 'xlsform',
    xml: compiled.xml,
    md5: md5(compiled.xml),
    formId: compiled.schema.formId,
    version: compiled.schema.version,
    title: compiled.schema.title,
    languages: compiled.schema.languages,
    schema: compiled.schema,
    warnings: compiled.warnings,
  };
}

export async function compileUpload(upload: Upload): Promise<CompiledForm> {
  if (upload.content.length === 0) throw new AppError('validation_failed', 'The file is empty');
  const kind = uploadKind(upload.filename, upload.mime, upload.content.subarray(0, 64));
  try {
    if (kind === 'xform') return fromXForm(upload.content.toString('utf8').replace(/^\uFEFF/, ''));
    if (kind === 'xlsform') return await fromXlsForm(upload);
  } catch (err) {
    refused(err);
  }
  throw new AppError('unsupported_media_type', 'Upload an XLSForm (.xlsx) or an XForm (.xml)');
}
