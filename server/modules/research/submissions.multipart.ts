import type { FastifyError, FastifyRequest } from 'fastify';
import { AppError } from '../../http/errors';
import { maxXmlBytes } from './research.xml';
import type { Attachment } from './submissions.service';

/** The multipart body of a submission, as OpenRosa sends it: xml_submission_file plus media parts named by file name. */

const maxFileBytes = 10_000_000;
export const multipartLimits = { fileSize: maxFileBytes, files: 101, fields: 20, parts: 121, fieldSize: 1000 };

export interface SubmissionParts {
  xml: string | null;
  attachments: Attachment[];
  /** plain form fields (the web form sends channel, complete and language beside the files) */
  fields: Record<string, string>;
}

export async function readParts(req: FastifyRequest): Promise<SubmissionParts> {
  if (!req.isMultipart())
    throw new AppError(
      'unsupported_media_type',
      'Send the submission as multipart/form-data with a part named xml_submission_file',
    );
  let xml: string | null = null;
  const attachments: Attachment[] = [];
  const fields: Record<string, string> = {};
  try {
    for await (const part of req.parts({ limits: multipartLimits })) {
      if (part.type !== 'file') {
        fields[part.fieldname] = String(part.value);
        continue;
      }
      const content = await part.toBuffer();
      if (part.fieldname === 'xml_submission_file') {
        if (xml !== null) throw new AppError('validation_failed', 'Send exactly one xml_submission_file part');
        if (content.length > maxXmlBytes)
          throw new AppError('payload_too_large', `xml_submission_file is larger than ${maxXmlBytes} bytes`);
        xml = content.toString('utf8').replace(/^\uFEFF/, '');
        continue;
      }
      const name = (part.filename || part.fieldname).split(/[/\\]/).pop()!.slice(0, 255);
      if (!name || name === '.' || name === '..')
        throw new AppError('validation_failed', 'A media part has no usable file name');
      attachments.push({ name, contentType: part.mimetype || 'application/octet-stream', content });
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    const e = err as FastifyError;
    if (e.statusCode === 413)
      throw new AppError('payload_too_large', `A part is too large (limit ${maxFileBytes} bytes per file, 100 files)`);
    throw new AppError('validation_failed', `The multipart body cannot be read: ${e.message ?? 'malformed'}`);
  }
  return { xml, attachments, fields };
}
