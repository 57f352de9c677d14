import { createHash } from 'node:crypto';
import { AppError } from '../../http/errors';
import { uploadKind, type UploadKind } from './forms.rules';
import { readXForm } from './forms.xform';
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

function fromXForm(xml: string, source: UploadKind, warnings: string[]): CompiledForm {
  const parsed = readXForm(xml);
  if (!parsed.version) throw noVersion();
  return {
    source,
    xml,
    md5: createHash('md5').update(xml, 'utf8').digest('hex'),
    formId: parsed.formId,
    version: parsed.version,
    title: parsed.title,
    languages: parsed.languages,
    schema: { ...parsed.schema, version: parsed.version },
    warnings,
  };
}

export async function compileUpload(upload: Upload): Promise<CompiledForm> {
  if (upload.content.length === 0) throw new AppError('validation_failed', 'The file is empty');
  const kind = uploadKind(upload.filename, upload.mime, upload.content.subarray(0, 64));
  if (kind === 'xform') {
    const xml = upload.content.toString('utf8').replace(/^\uFEFF/, '');
    return fromXForm(xml, 'xform', []);
  }
  if (kind === 'xlsform')
    throw new AppError(
      'unsupported_media_type',
      'XLSForm upload needs the XLSForm compiler, which is not available yet: upload the XForm XML',
    );
  throw new AppError('unsupported_media_type', 'Upload an XLSForm (.xlsx) or an XForm (.xml)');
}
