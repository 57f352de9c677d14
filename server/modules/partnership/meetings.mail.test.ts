import { sql } from 'kysely';
import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../http/context';
import { jobHandlers } from '../../jobs/handlers';
import { runDueJobs } from '../../jobs/runner';
import {
  harness,
  makePartner,
  makeUser,
  signedInClient,
  TEST_PASSWORD,
  type Client,
  type Harness,
} from '../../test/harness';
import { createUser } from '../identity/identity.directory.service';
import { dayOf, nextReminderRun } from './coordination.rules';
import { createBody } from './governance.service';
import { scheduleOverdueReminders, sendOverdueReminders } from './tasks.reminders';
import { startTestSmtp, type TestSmtp } from '../../test/smtp';

interface IcsComponent {
  name: string;
  props: { name: string; params: string; value: string }[];
  children: IcsComponent[];
}

/** A strict little RFC 5545 reader: unfolds lines, splits properties, and checks BEGIN/END nest properly. */
function parseIcs(text: string): IcsComponent {
  const lines = text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter(Boolean);
  const root: IcsComponent = { name: 'ROOT', props: [], children: [] };
  const stack = [root];
  for (const line of lines) {
    const m = /^([A-Za-z0-9-]+)((?:;[^:]*)?):(.*)$/.exec(line);
    if (!m) throw new Error(`not an iCalendar line: ${line}`);
    const [, name, params, value] = m as unknown as [string, string, string, string];
    if (name === 'BEGIN') {
      const child: IcsComponent = { name: value, props: [], children: [] };
      stack.at(-1)!.children.push(child);
      stack.push(child);
    } else if (name === 'END') {
      if (stack.pop()?.name !== value) throw new Error(`END:${value} does not close what is open`);
    } else stack.at(-1)!.props.push({ name, params, value });
  }
  if (stack.length !== 1) throw new Error('unclosed component');
  return root.children[0]!;
}
const prop = (c: IcsComponent, name: string) => c.props.find((p) => p.name === name);

describe('meeting invitations and overdue reminders, over real SMTP', () => {
  let h: Harness;
  let smtp: TestSmtp;
  let lead: Client;
  let received: ParsedMail[];
  const ids: Record<string, string> = {};
  const emails: Record<string, string> = {};

  beforeAll(async () => {
    smtp = await startTestSmtp();
    received = smtp.received;
    h = await harness({ SMTP_URL: smtp.url, MAIL_FROM: 'USE-IT test <useit@test.example>' });
    const p = await makePartner(h.deps, 'Hospital trust');
    const leadUser = await makeUser(h.deps, 'work_package_lead', p.slug);
    lead = await signedInClient(h, leadUser.email);
    const en = await makeUser(h.deps, 'partner_member', p.slug);
    emails.en = en.email;
    emails.ar = `arabic-${process.pid}@test.invalid`;
    const ar = await createUser(h.deps, systemContext, {
      email: emails.ar,
      displayName: 'Layla Example',
      role: 'caseworker',
      partner: p.slug,
      password: TEST_PASSWORD,
      locale: 'ar',
    });
    const third = await makeUser(h.deps, 'viewer', p.slug);
    emails.third = third.email;
    Object.assign(ids, { en: en.id, ar: ar.id, third: third.id });
    await createBody(h.deps, systemContext, { name: 'Hospital Group', kind: 'custom', members: [{ partner: p.slug }] });
  });
  afterAll(async () => {
    await h.close();
    await smtp.close();
  });

  it('mails each invitee once, in their language, with an iCalendar request', async () => {
    const res = await lead.request('POST', '/api/v1/meetings', {
      body: 'hospital-group',
      title: 'December meeting',
      startsAt: '2026-12-03T10:00:00Z',
      endsAt: '2026-12-03T11:30:00Z',
      location: 'Ladywood Community Centre',
      agenda: [{ title: 'Recruitment update' }],
      invitees: [ids.en, ids.ar],
    });
    expect(res.statusCode, res.body).toBe(201);
    ids.meeting = res.json().id;
    await runDueJobs(h.deps, jobHandlers);
    expect(received.map((m) => m.to && 'text' in m.to && m.to.text).sort()).toEqual([emails.ar, emails.en].sort());

    const english = received.find((m) => m.headers.get('content-language') === 'en')!;
    expect(english.subject).toBe('Invitation: Hospital Group – December meeting');
    expect(english.text).toContain('Recruitment update');
    const arabic = received.find((m) => m.headers.get('content-language') === 'ar')!;
    expect(arabic.subject).toBe('دعوة: Hospital Group – December meeting');

    for (const mail of received) {
      const attachment = mail.attachments.find((a) => a.filename === 'invitation.ics')!;
      expect(attachment.contentType).toBe('text/calendar');
      const calendar = parseIcs(attachment.content.toString('utf8'));
      expect(calendar.name).toBe('VCALENDAR');
      expect(prop(calendar, 'METHOD')?.value).toBe('REQUEST');
      const event = calendar.children.find((c) => c.name === 'VEVENT')!;
      expect(prop(event, 'UID')?.value).toBe(`meeting-${ids.meeting}@useit.example`);
      expect(prop(event, 'DTSTART')?.value).toBe('20261203T100000Z');
      expect(prop(event, 'DTEND')?.value).toBe('20261203T113000Z');
      expect(prop(event, 'LOCATION')?.value).toBe('Ladywood Community Centre');
      expect(prop(event, 'ORGANIZER')?.value.toLowerCase()).toBe('mailto:useit@test.example');
      const to = (mail.to as { text: string }).text;
      expect(prop(event, 'ATTENDEE')?.value.toLowerCase()).toBe(`mailto:${to}`);
    }
  });

  it('does not mail anyone twice when they are invited again; a new invitee gets one', async () => {
    const again = await lead.request('POST', `/api/v1/meetings/${ids.meeting}/invitations`, {
      users: [ids.en, ids.ar, ids.third],
    });
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json().attendance).toHaveLength(3);
    await runDueJobs(h.deps, jobHandlers);
    expect(received).toHaveLength(3);
    expect((received[2]!.to as { text: string }).text).toBe(emails.third);
  });

  it('sends an updated invitation (same UID, next SEQUENCE) when the meeting moves, except to apologies', async () => {
    const marked = await lead.request('PUT', `/api/v1/meetings/${ids.meeting}/attendance`, {
      attendance: [{ user: ids.third, status: 'apologies' }],
    });
    expect(marked.statusCode).toBe(200);
    const moved = await lead.request('PATCH', `/api/v1/meetings/${ids.meeting}`, {
      startsAt: '2026-12-04T10:00:00Z',
      endsAt: '2026-12-04T11:00:00Z',
    });
    expect(moved.statusCode, moved.body).toBe(200);
    await lead.request('PATCH', `/api/v1/meetings/${ids.meeting}`, { minutes: 'not a new time: no mail' });
    await runDueJobs(h.deps, jobHandlers);
    const updates = received.slice(3);
    expect(updates.map((m) => (m.to as { text: string }).text).sort()).toEqual([emails.ar, emails.en].sort());
    for (const mail of updates) {
      const event = parseIcs(mail.attachments[0]!.content.toString('utf8')).children[0]!;
      expect(prop(event, 'UID')?.value).toBe(`meeting-${ids.meeting}@useit.example`);
      expect(prop(event, 'SEQUENCE')?.value).toBe('1');
      expect(prop(event, 'DTSTART')?.value).toBe('20261204T100000Z');
    }
  });

  it('mails each owner their overdue tasks once a day, and queues the next day', async () => {
    received.length = 0;
    // Days relative to now, so the test means the same whenever it runs.
    const today = dayOf(new Date());
    const tomorrow = nextReminderRun(today).day;
    const task = (title: string, owner: string, dueOn: string, status = 'todo') =>
      lead.request('POST', '/api/v1/tasks', { title, owner, dueOn, status });
    await task('Send the report', ids.en!, '2026-11-01');
    await task('Book the hall', ids.en!, '2026-11-10');
    await task('Finished already', ids.en!, '2026-11-02', 'done');
    await task('Not due yet', ids.en!, '2999-01-01');
    await task('Call the college', ids.ar!, '2026-11-15');

    expect(await scheduleOverdueReminders(h.deps.db, today, new Date(Date.now() - 1000))).not.toBeNull();
    expect(await scheduleOverdueReminders(h.deps.db, today)).toBeNull();
    await runDueJobs(h.deps, jobHandlers);
    expect(received).toHaveLength(2);
    const en = received.find((m) => (m.to as { text: string }).text === emails.en)!;
    expect(en.subject).toBe('You have 2 overdue tasks');
    expect(en.text).toContain('Send the report (due 2026-11-01)');
    expect(en.text).toContain('Book the hall');
    expect(en.text).not.toContain('Finished already');
    expect(en.text).not.toContain('Not due yet');
    const ar = received.find((m) => (m.to as { text: string }).text === emails.ar)!;
    expect(ar.headers.get('content-language')).toBe('ar');

    const next = await sql<{ run_at: Date; status: string }>`
      select run_at, status from jobs where unique_key = ${`tasks.overdue-reminders:${tomorrow}`}`.execute(h.deps.db);
    expect(next.rows).toHaveLength(1);
    expect(new Date(next.rows[0]!.run_at).toISOString()).toBe(`${tomorrow}T07:00:00.000Z`);

    // the same day again (a retried job, a second server): nothing more is sent
    await sendOverdueReminders(h.deps, { day: today });
    await runDueJobs(h.deps, jobHandlers);
    expect(received).toHaveLength(2);
    // the next day, each owner hears again
    await sendOverdueReminders(h.deps, { day: tomorrow });
    await runDueJobs(h.deps, jobHandlers);
    expect(received).toHaveLength(4);
    // a run for a day long gone (the server was down) sends nothing stale
    await sendOverdueReminders(h.deps, { day: '2020-01-01' });
    await runDueJobs(h.deps, jobHandlers);
    expect(received).toHaveLength(4);
  });
});
