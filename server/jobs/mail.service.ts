import { z } from 'zod';
import type { Deps } from '../deps';
import type { Db } from '../db/tx';
import { createMailTransport, isPermanentSmtpFailure, type MailTransport } from '../lib/mail-transport';
import { PermanentJobError } from './jobs.rules';
import * as repo from './mail.repo';
import { enqueueJob, type JobHandler } from './runner';

export type { NewMail } from './mail.repo';

const address = z.email();

/**
 * Queues a message in the caller's transaction (the outbox pattern: the mail exists if and only if the change that
 * caused it committed); a `mail.send` job delivers it. A dedupe key already used queues nothing: returns null.
 */
export async function queueMail(db: Db, mail: repo.NewMail): Promise<string | null> {
  if (!address.safeParse(mail.to).success) throw new PermanentJobError(`${mail.to} is not an email address`);
  const id = await repo.insertMail(db, mail);
  if (id) await enqueueJob(db, { kind: 'mail.send', payload: { mailId: id }, uniqueKey: `mail:${id}`, maxAttempts: 6 });
  return id;
}

const transports = new WeakMap<object, MailTransport>();
const transportFor = (deps: Deps) => {
  let t = transports.get(deps.config);
  if (!t) transports.set(deps.config, (t = createMailTransport(deps.config)));
  return t;
};

/**
 * The `mail.send` job. A refused mailbox (SMTP 5xx) is recorded as bounced and not retried; a server that is
 * down or busy (4xx, connection errors) is retried with back-off, and after the last attempt marked failed.
 */
export const sendQueuedMail: JobHandler = async (deps, payload) => {
  const id = typeof payload.mailId === 'string' ? payload.mailId : '';
  const mail = id ? await repo.findMail(deps.db, id) : undefined;
  if (!mail) throw new PermanentJobError(`mail ${id} is not in the outbox`);
  if (mail.status === 'sent' || mail.status === 'bounced') return;
  try {
    const { messageId } = await transportFor(deps).send({
      id: mail.id,
      to: mail.to_address,
      subject: mail.subject,
      text: mail.text_body,
      html: mail.html_body,
      language: mail.language,
      attachments: mail.attachments,
    });
    await repo.markMail(deps.db, id, { status: 'sent', messageId });
  } catch (err) {
    const error = err instanceof Error ? err.message.slice(0, 500) : String(err);
    if (isPermanentSmtpFailure(err)) {
      await repo.markMail(deps.db, id, { status: 'bounced', error });
      deps.log.warn({ mail: id, purpose: mail.purpose }, 'mail bounced');
      return;
    }
    await repo.markMail(deps.db, id, { status: mail.attempts + 1 >= 6 ? 'failed' : 'queued', error });
    throw err;
  }
};

export const findMail = (deps: Deps, id: string) => repo.findMail(deps.db, id);
