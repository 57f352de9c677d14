import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import type { Config } from '../config';

export interface OutgoingMail {
  id: string;
  to: string;
  subject: string;
  text: string;
  html?: string | null | undefined;
  language: string;
  attachments: { filename: string; contentType: string; content: string; encoding?: 'base64' | undefined }[];
}

export interface MailTransport {
  /** 'smtp' or the outbox folder's path */
  readonly where: string;
  send(mail: OutgoingMail): Promise<{ messageId: string }>;
}

/** An SMTP answer that says the message will never be accepted (no such mailbox, refused): 5xx. */
export function isPermanentSmtpFailure(err: unknown): boolean {
  const code = (err as { responseCode?: unknown } | null)?.responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}

const message = (config: Config, mail: OutgoingMail) => ({
  from: config.MAIL_FROM,
  to: mail.to,
  subject: mail.subject,
  text: mail.text,
  ...(mail.html ? { html: mail.html } : {}),
  headers: { 'Content-Language': mail.language, 'X-USEIT-Mail-Id': mail.id },
  attachments: mail.attachments.map((a) => ({
    filename: a.filename,
    contentType: a.contentType,
    content: a.content,
    ...(a.encoding ? { encoding: a.encoding } : {}),
  })),
});

/**
 * Mail goes over SMTP when SMTP_URL is set. In the embedded default each message is written as an .eml file to
 * DATA_DIR/outbox, where it can be opened in any mail program: nothing leaves the machine by surprise.
 */
export function createMailTransport(config: Config): MailTransport {
  if (config.SMTP_URL) {
    const smtp = nodemailer.createTransport(config.SMTP_URL);
    return {
      where: 'smtp',
      send: async (mail) => ({ messageId: (await smtp.sendMail(message(config, mail))).messageId }),
    };
  }
  const dir = join(config.DATA_DIR, 'outbox');
  const stream = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    where: dir,
    send: async (mail) => {
      const info = await stream.sendMail(message(config, mail));
      await mkdir(dir, { recursive: true });
      await writeFile(join(dir, `${mail.id}.eml`), info.message as Buffer);
      return { messageId: info.messageId };
    },
  };
}
