import { AppError } from '../../http/errors';

/** A bad value in the request: 400 naming the field. */
export const invalidField = (path: string, message: string) =>
  new AppError('validation_failed', `${path}: ${message}`, { errors: [{ path, message }] });

/** A well-formed request that breaks a rule (an unsafe definition, an unknown reference): 422 naming the field. */
export const unprocessable = (problems: readonly { path: string; message: string }[]) =>
  new AppError('unprocessable', problems.map((p) => `${p.path}: ${p.message}`).join('; '), { errors: [...problems] });
