import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { simpleParser, type ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTransaction } from '../db/tx';
import { harness, type Harness } from '../test/harness';
import { findMail, queueMail } from './mail.service';
import { jobHandlers } from './handlers';
import { runDueJobs } from './runner';
import { startTestSmtp, type TestSmtp } from '../test/smtp';

const invite = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN', 'END:VCALENDAR', ''].join('\r\n');

describe('mail over SMTP', () => {
  let h: Harness;
  let smtp: TestSmtp;
  let received: ParsedMail[];

  beforeAll(async () => {
    smtp = await startTestSmtp({ refuse: (a) => a.startsWith('nobody@') });
    received = smtp.received;
    h = await harness({ SMTP_URL: smtp.url, MAIL_FROM: 'USE-IT test <useit@test.example>' });
  });
  afterAll(async () => {
    await h.close();
    await smtp.close();
  });

  it('sends a queued message with its language and an iCalendar attachment, once', async () => {
    const id = await inTransaction(h.deps.db, (trx) =>
      queueMail(trx, {
        to: 'lead@partner.example',
        subject: 'Hospital Group meeting',
        text: 'Zaproszenie na spotkanie.',
        language: 'pl',
        purpose: 'meeting.invitation',
        dedupeKey: 'meeting-1:lead@partner.example',
        attachments: [{ filename: 'invite.ics', contentType: 'text/calendar; method=REQUEST', content: invite }],
      }),
    );
    const again = await queueMail(h.deps.db, {
      to: 'lead@partner.example',
      subject: 'Hospital Group meeting',
      text: 'again',
      purpose: 'meeting.invitation',
      dedupeKey: 'meeting-1:lead@partner.example',
    });
    expect(again).toBeNull();
    expect(await runDueJobs(h.deps, jobHandlers)).toEqual({ done: 1, retry: 0, failed: 0 });
    expect(received).toHaveLength(1);
    const mail = received[0]!;
    expect(mail.subject).toBe('Hospital Group meeting');
    expect(mail.text?.trim()).toBe('Zaproszenie na spotkanie.');
    expect(mail.headers.get('content-language')).toBe('pl');
    expect(mail.from?.text).toContain('useit@test.example');
    expect(mail.attachments.map((a) => [a.filename, a.contentType])).toEqual([['invite.ics', 'text/calendar']]);
    expect(await findMail(h.deps, id!)).toMatchObject({ status: 'sent', attempts: 1, last_error: null });
  });

  it('records a refused mailbox as bounced, without retrying or stopping the other mail', async () => {
    const bad = await queueMail(h.deps.db, {
      to: 'nobody@partner.example',
      subject: 'Round-up',
      text: 'x',
      purpose: 't',
    });
    const good = await queueMail(h.deps.db, { to: 'ok@partner.example', subject: 'Round-up', text: 'y', purpose: 't' });
    expect(await runDueJobs(h.deps, jobHandlers)).toEqual({ done: 2, retry: 0, failed: 0 });
    expect(await findMail(h.deps, bad!)).toMatchObject({
      status: 'bounced',
      last_error: expect.stringMatching(/550|mailbox/i),
    });
    expect(await findMail(h.deps, good!)).toMatchObject({ status: 'sent' });
  });

  it('refuses what is not an email address before anything is stored', async () => {
    await expect(queueMail(h.deps.db, { to: 'not an address', subject: 's', text: 't', purpose: 't' })).rejects.toThrow(
      /not an email address/,
    );
  });

  it('retries later when the SMTP server is down, keeping the message queued', async () => {
    await smtp.close();
    const id = await queueMail(h.deps.db, { to: 'later@partner.example', subject: 'S', text: 't', purpose: 't' });
    expect(await runDueJobs(h.deps, jobHandlers)).toEqual({ done: 0, retry: 1, failed: 0 });
    expect(await findMail(h.deps, id!)).toMatchObject({ status: 'queued', attempts: 1 });
    const job = await sql<{ status: string; run_at: Date }>`
      select status, run_at from jobs where unique_key = ${`mail:${id}`}`.execute(h.deps.db);
    expect(job.rows[0]!.status).toBe('queued');
    expect(new Date(job.rows[0]!.run_at).getTime()).toBeGreaterThan(Date.now());
  });
});

describe('mail in the embedded default', () => {
  it('writes each message to the outbox folder as an .eml file', async () => {
    const h = await harness();
    try {
      const id = await queueMail(h.deps.db, {
        to: 'pm@partner.example',
        subject: 'Round-up',
        text: 'Hello',
        purpose: 't',
      });
      await runDueJobs(h.deps, jobHandlers);
      const file = join(h.deps.config.DATA_DIR, 'outbox', `${id}.eml`);
      expect(existsSync(file)).toBe(true);
      const parsed = await simpleParser(readFileSync(file));
      expect([parsed.subject, parsed.text?.trim()]).toEqual(['Round-up', 'Hello']);
    } finally {
      await h.close();
    }
  });
});
