import { AppError } from '../../http/errors';

/** A bad value in the request: 400 naming the field (path like `body.leaveReason`). */
export const invalidField = (path: string, message: string) =>
  new AppError('validation_failed', `${path.replace(/^body\.|^querystring\./, '')}: ${message}`, {
    errors: [{ path, message }],
  });

/** A well-formed reference to something that does not exist or cannot be used: 422 naming the field. */
export const unknownRef = (path: string, message: string) =>
  new AppError('unprocessable', `${path.replace(/^body\.|^querystring\./, '')}: ${message}`, {
    errors: [{ path, message }],
  });
