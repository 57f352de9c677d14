import { sql } from 'kysely';
import type { Db } from '../db/tx';
import type { MailAttachment } from '../db/schema';

export interface NewMail {
  to: string;
  subject: string;
  text: string;
  html?: string | undefined;
  attachments?: MailAttachment[] | undefined;
  language?: string | undefined;
  purpose: string;
  dedupeKey?: string | undefined;
}

/** Writes a message to the outbox; with a dedupe key already used, writes nothing and returns null. */
export async function insertMail(db: Db, mail: NewMail): Promise<string | null> {
  const row = await db
    .insertInto('mail_outbox')
    .values({
      to_address: mail.to,
      subject: mail.subject,
      text_body: mail.text,
      html_body: mail.html ?? null,
      attachments: JSON.stringify(mail.attachments ?? []),
      language: mail.language ?? 'en',
      purpose: mail.purpose,
      dedupe_key: mail.dedupeKey ?? null,
    })
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id ?? null;
}

export const findMail = (db: Db, id: string) =>
  db.selectFrom('mail_outbox').selectAll().where('id', '=', id).executeTakeFirst();

export async function markMail(
  db: Db,
  id: string,
  outcome: { status: 'sent'; messageId: string } | { status: 'queued' | 'failed' | 'bounced'; error: string },
): Promise<void> {
  await db
    .updateTable('mail_outbox')
    .set(
      outcome.status === 'sent'
        ? { status: 'sent', message_id: outcome.messageId, sent_at: sql`now()`, last_error: null }
        : { status: outcome.status, last_error: outcome.error },
    )
    .set((eb) => ({ attempts: eb('attempts', '+', 1) }))
    .where('id', '=', id)
    .execute();
}
