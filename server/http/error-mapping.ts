import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, type FieldProblem } from './errors';

interface FastifyLikeError {
  code?: string;
  statusCode?: number;
  message?: string;
  validationContext?: string;
}

/** "Key (email)=(a@b.example) already exists." → names the fields, in words, without echoing the database's phrasing. */
export function duplicateMessage(detail: string | undefined): string {
  const fields = /^Key \(([^)]*)\)=/.exec(detail ?? '')?.[1];
  return fields
    ? `A record with the same ${fields.split(/,\s*/).join(' and ')} already exists`
    : 'A record with the same values already exists';
}

/** SQLSTATEs the database raises when it refuses bad data: the database is the last validator. */
const sqlStates: Record<string, (e: { detail?: string; constraint?: string; column?: string }) => AppError> = {
  '23505': (e) => new AppError('conflict', duplicateMessage(e.detail)),
  '23503': (e) => new AppError('unprocessable', e.detail ?? `reference ${e.constraint ?? ''} does not exist`),
  '23502': (e) => new AppError('validation_failed', `${e.column ?? 'a field'} is required`),
  '23514': (e) => new AppError('unprocessable', `value breaks the rule ${e.constraint ?? ''}`.trim()),
  '22P02': () => new AppError('validation_failed', 'a value has the wrong format'),
  '22001': () => new AppError('validation_failed', 'a value is too long'),
  '22021': () => new AppError('validation_failed', 'a text value contains a character that cannot be stored (NUL)'),
  '22003': () => new AppError('validation_failed', 'a number is out of range'),
  '22007': () => new AppError('validation_failed', 'a date or time has the wrong format'),
  '22008': () => new AppError('validation_failed', 'a date or time is out of range'),
};

const fastifyCodes: Record<string, (e: FastifyLikeError) => AppError> = {
  FST_ERR_CTP_INVALID_JSON_BODY: () => new AppError('malformed_json'),
  FST_ERR_CTP_EMPTY_JSON_BODY: () => new AppError('malformed_json', 'The JSON body is empty'),
  FST_ERR_CTP_BODY_TOO_LARGE: () => new AppError('payload_too_large'),
  FST_ERR_CTP_INVALID_MEDIA_TYPE: (e) => new AppError('unsupported_media_type', e.message),
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: () => new AppError('validation_failed', 'Content-Length does not match the body'),
  FST_ERR_CTP_INVALID_TYPE: () => new AppError('unsupported_media_type', 'The content type is not valid'),
  FST_CSRF_INVALID_TOKEN: () => new AppError('csrf_invalid'),
  FST_CSRF_MISSING_SECRET: () => new AppError('csrf_invalid', 'Fetch a CSRF token from /api/v1/auth/csrf first'),
  FST_ERR_BAD_URL: () => new AppError('validation_failed', 'The URL is not valid'),
  FST_ERR_ASYNC_CONSTRAINT: () => new AppError('validation_failed', 'The request cannot be routed'),
};

function fieldProblems(error: unknown): FieldProblem[] {
  if (!hasZodFastifySchemaValidationErrors(error)) return [];
  const where = (error as FastifyLikeError).validationContext ?? 'body';
  return error.validation.flatMap((v) => {
    const base = v.instancePath.replace(/^\//, '').replaceAll('/', '.');
    const at = (p: string) => `${where}${p ? `.${p}` : ''}`;
    // zod reports unknown fields once for the object; name each field instead.
    const keys = (v.params as { keys?: unknown } | undefined)?.keys;
    if (Array.isArray(keys) && keys.length > 0) {
      return keys.map((k) => ({
        path: at([base, String(k)].filter(Boolean).join('.')),
        message: 'is not a known field',
      }));
    }
    return [{ path: at(base), message: v.message ?? 'is not valid' }];
  });
}

/** Turns anything thrown during a request into an AppError. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const errors = fieldProblems(error);
  if (errors.length > 0) {
    const summary = errors.map((e) => `${e.path}: ${e.message}`).join('; ');
    return new AppError('validation_failed', summary, { errors });
  }
  const e = error as FastifyLikeError & { detail?: string; constraint?: string; column?: string };
  if (e && typeof e.code === 'string') {
    const sql = sqlStates[e.code];
    if (sql) return sql(e);
    const fst = fastifyCodes[e.code];
    if (fst) return fst(e);
  }
  if (e?.statusCode === 429) return new AppError('rate_limited', e.message);
  if (e?.statusCode && e.statusCode >= 400 && e.statusCode < 500) {
    return new AppError('validation_failed', e.message ?? 'The request is not valid');
  }
  return new AppError('internal', 'Something went wrong on our side', { cause: error });
}
