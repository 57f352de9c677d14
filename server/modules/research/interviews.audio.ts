import { randomUUID } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FastifyRequest } from 'fastify';
import type { Config } from '../../config';
import { AppError } from '../../http/errors';

/**
 * Audio recordings of interviews and community-partner reports: size- and type-checked (declared type and the
 * file's own signature must agree), stored under DATA_DIR/research-audio with a random name, and only ever
 * read back through a route that checks policy (never served statically).
 */
export const maxAudioBytes = 25 * 1024 * 1024;
export const audioLimitText = '25 MB';

const signatures: { type: string; ext: string; test: (b: Buffer) => boolean }[] = [
  {
    type: 'audio/mpeg',
    ext: 'mp3',
    test: (b) => b.subarray(0, 3).toString('latin1') === 'ID3' || (b[0] === 0xff && (b[1]! & 0xe0) === 0xe0),
  },
  {
    type: 'audio/wav',
    ext: 'wav',
    test: (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WAVE',
  },
  { type: 'audio/ogg', ext: 'ogg', test: (b) => b.subarray(0, 4).toString('latin1') === 'OggS' },
  { type: 'audio/webm', ext: 'webm', test: (b) => b.readUInt32BE(0) === 0x1a45dfa3 },
  { type: 'audio/mp4', ext: 'm4a', test: (b) => b.subarray(4, 8).toString('latin1') === 'ftyp' },
];
const aliases: Record<string, string> = {
  'audio/mp3': 'audio/mpeg',
  'audio/x-wav': 'audio/wav',
  'audio/wave': 'audio/wav',
  'audio/x-m4a': 'audio/mp4',
  'audio/m4a': 'audio/mp4',
  'video/webm': 'audio/webm',
  'video/mp4': 'audio/mp4',
};

/** The canonical audio type of a file whose declared type and content agree, or a 415 naming the problem. */
export function checkAudio(content: Buffer, declared: string | undefined): { type: string; ext: string } {
  if (content.length === 0) throw new AppError('validation_failed', 'The audio file is empty');
  if (content.length < 12) throw new AppError('unsupported_media_type', 'The file is too short to be audio');
  const base = (declared ?? '').split(';')[0]!.trim().toLowerCase();
  const type = aliases[base] ?? base;
  const sig = signatures.find((s) => s.type === type);
  if (!sig)
    throw new AppError(
      'unsupported_media_type',
      `Audio must be MP3, WAV, OGG, WebM or M4A (got ${base || 'no content type'})`,
    );
  if (!sig.test(content))
    throw new AppError('unsupported_media_type', `The file's content is not ${sig.type} as declared`);
  return { type: sig.type, ext: sig.ext };
}

const audioDir = (config: Config) => join(config.DATA_DIR, 'research-audio');

export async function storeAudio(config: Config, content: Buffer, ext: string): Promise<string> {
  await mkdir(audioDir(config), { recursive: true });
  const name = `${randomUUID()}.${ext}`;
  await writeFile(join(audioDir(config), name), content, { flag: 'wx' });
  return name;
}

export async function readAudio(config: Config, name: string): Promise<Buffer> {
  if (!/^[0-9a-f-]{36}\.[a-z0-9]{2,4}$/.test(name)) throw new AppError('not_found', 'Recording was not found');
  try {
    return await readFile(join(audioDir(config), name));
  } catch {
    throw new AppError('not_found', 'Recording was not found');
  }
}

/** The one file of a multipart upload (field "file"), with the size limit turned into a clear 413. */
export async function receiveAudio(req: FastifyRequest): Promise<{ content: Buffer; mime: string | undefined }> {
  if (!req.isMultipart())
    throw new AppError('unsupported_media_type', 'Upload the recording as multipart/form-data with a field "file"');
  try {
    const part = await req.file({ limits: { fileSize: maxAudioBytes, files: 1 } });
    if (!part || part.fieldname !== 'file')
      throw new AppError('validation_failed', 'Send the recording in a field named "file"', {
        errors: [{ path: 'body.file', message: 'required' }],
      });
    const content = await part.toBuffer();
    return { content, mime: part.mimetype };
  } catch (err) {
    if (err instanceof AppError) throw err;
    const e = err as { statusCode?: number; message?: string };
    if (e.statusCode === 413)
      throw new AppError('payload_too_large', `The recording is larger than the ${audioLimitText} limit`);
    throw new AppError('validation_failed', `The multipart body cannot be read: ${e.message ?? 'malformed'}`);
  }
}
