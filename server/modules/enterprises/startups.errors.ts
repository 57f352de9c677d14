import { AppError } from '../../http/errors';

/** Problems of the start-up programme, mentors and events, each naming the field (path like `body.enterprise`). */
const short = (path: string) => path.replace(/^body\.|^querystring\.|^params\./, '');

/** A bad value: 400. */
export const badField = (path: string, message: string) =>
  new AppError('validation_failed', `${short(path)}: ${message}`, { errors: [{ path, message }] });

/** A well-formed value that breaks a rule or names nothing usable: 422. */
export const ruleBroken = (path: string, message: string) =>
  new AppError('unprocessable', `${short(path)}: ${message}`, { errors: [{ path, message }] });

/** No place left (a cohort, a session or an event at capacity): 409. */
export const full = (what: string, capacity: number) =>
  new AppError('conflict', `${what} is full (${capacity} of ${capacity} places taken)`, {
    errors: [{ path: 'capacity', message: `at most ${capacity}` }],
  });
