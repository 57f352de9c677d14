import { AppError } from '../../http/errors';
import { isUuid } from '../../lib/ids';
import type { Db } from '../../db/tx';
import { findPerson, type PersonRow } from './governance.repo';

/** A bad value in the request: 400 naming the field (path like `body.endsAt`). */
export const invalidField = (path: string, message: string) =>
  new AppError('validation_failed', `${path.replace(/^body\.|^querystring\./, '')}: ${message}`, {
    errors: [{ path, message }],
  });

/** A well-formed reference to something that does not exist or cannot be used: 422 naming the field. */
export const unknownRef = (path: string, message: string) =>
  new AppError('unprocessable', `${path.replace(/^body\.|^querystring\./, '')}: ${message}`, {
    errors: [{ path, message }],
  });

/** An active account, by id, or a 422 naming the field. */
export async function personRef(db: Db, id: string, path: string): Promise<PersonRow> {
  const person = isUuid(id) ? await findPerson(db, id) : undefined;
  if (!person || person.disabled) throw unknownRef(path, `no active user ${id}`);
  return person;
}
