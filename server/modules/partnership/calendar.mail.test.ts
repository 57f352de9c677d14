import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../http/context';
import { jobHandlers } from '../../jobs/handlers';
import { runDueJobs } from '../../jobs/runner';
import {
  anonymousClient,
  harness,
  makePartner,
  makeUser,
  signedInClient,
  TEST_PASSWORD,
  type Client,
  type Harness,
} from '../../test/harness';
import { createUser } from '../identity/identity.directory.service';
import { reminderRunAt } from './calendar.reminders';
import { startTestSmtp, type TestSmtp } from '../../test/smtp';

describe('network events: registration within capacity, reminders over real SMTP, .ics', () => {
  let h: Harness;
  let smtp: TestSmtp;
  let lead: Client;
  const clients: Client[] = [];
  let received: ParsedMail[];
  const ids: Record<string, string> = {};
  const inHours = (n: number) => new Date(Date.now() + n * 3_600_000).toISOString();

  beforeAll(async () => {
    smtp = await startTestSmtp();
    received = smtp.received;
    h = await harness({ SMTP_URL: smtp.url, MAIL_FROM: 'USE-IT test <useit@test.example>' });
    const p = await makePartner(h.deps, 'Enterprise support');
    lead = await signedInClient(h, (await makeUser(h.deps, 'work_package_lead', p.slug)).email);
    const en = await makeUser(h.deps, 'enterprise_member', p.slug);
    const ar = await createUser(h.deps, systemContext, {
      email: `layla-${process.pid}@test.invalid`,
      displayName: 'Layla Example',
      role: 'enterprise_member',
      partner: p.slug,
      password: TEST_PASSWORD,
      locale: 'ar',
    });
    const third = await makeUser(h.deps, 'viewer', p.slug);
    for (const email of [en.email, `layla-${process.pid}@test.invalid`, third.email])
      clients.push(await signedInClient(h, email));
    ids.ar = ar.id;
  }, 240_000);
  afterAll(async () => {
    await h.close();
    await smtp.close();
  });

  it('reminds a day ahead, or at once inside the last day', () => {
    const now = new Date('2026-12-01T10:00:00Z');
    expect(reminderRunAt(new Date('2026-12-05T18:00:00Z'), now).toISOString()).toBe('2026-12-04T18:00:00.000Z');
    expect(reminderRunAt(new Date('2026-12-01T20:00:00Z'), now)).toEqual(now);
  });

  it('creates a network meeting with speakers, topics and capacity; bad input is a 400', async () => {
    const bad = await lead.request('POST', '/api/v1/events', {
      title: 'X',
      startsAt: inHours(5),
      endsAt: inHours(6),
      kind: 'party',
    });
    expect(bad.statusCode).toBe(400);
    const backwards = await lead.request('POST', '/api/v1/events', {
      title: 'X',
      startsAt: inHours(6),
      endsAt: inHours(5),
    });
    expect(backwards.statusCode).toBe(400);
    const res = await lead.request('POST', '/api/v1/events', {
      title: 'Network meeting: social value',
      startsAt: inHours(5),
      endsAt: inHours(7),
      location: 'Ladywood Community Centre',
      public: true,
      kind: 'network_meeting',
      capacity: 2,
      speakers: ['A. Speaker'],
      topics: ['Social-value measurement'],
    });
    expect(res.statusCode, res.body).toBe(201);
    ids.event = res.json().id;
    const list = await lead.request('GET', '/api/v1/events?kind=network_meeting&public=true');
    expect(list.json().items[0]).toMatchObject({ capacity: 2, speakers: ['A. Speaker'], registered: 0 });
  });

  it('registers people up to capacity, then answers 409; nobody registers twice', async () => {
    const url = `/api/v1/events/${ids.event}/registrations`;
    expect((await clients[0]!.request('POST', url, {})).statusCode).toBe(201);
    expect((await clients[0]!.request('POST', url, {})).statusCode).toBe(409);
    expect((await clients[0]!.request('POST', url, { email: 'someone@else.example' })).statusCode).toBe(400);
    expect((await clients[1]!.request('POST', url, {})).statusCode).toBe(201);
    const full = await clients[2]!.request('POST', url, {});
    expect(full.statusCode).toBe(409);
    expect(full.json().detail).toContain('full (2 of 2');
    const mine = await clients[1]!.request('GET', `/api/v1/events/${ids.event}`);
    expect(mine.json()).toMatchObject({ registered: 2, mine: { language: 'ar' }, registrations: [] });
  });

  it('mails each registrant one reminder in their language, with the event attached', async () => {
    await runDueJobs(h.deps, jobHandlers);
    await runDueJobs(h.deps, jobHandlers);
    expect(received).toHaveLength(2);
    const arabic = received.find((m) => m.headers.get('content-language') === 'ar')!;
    expect(arabic.subject).toBe('تذكير: Network meeting: social value');
    const english = received.find((m) => m.headers.get('content-language') === 'en')!;
    expect(english.text).toContain('Ladywood Community Centre');
    for (const mail of received) {
      const ics = mail.attachments.find((a) => a.filename === 'event.ics')!.content.toString('utf8');
      expect(ics).toContain(`UID:${ids.event}@useit`);
      expect(ics).toContain('SUMMARY:Network meeting: social value');
    }
  });

  it("marks attendance for the event's registrations only, and serves the .ics publicly", async () => {
    const detail = await lead.request('GET', `/api/v1/events/${ids.event}`);
    const regs = detail.json().registrations as { id: string }[];
    expect(regs).toHaveLength(2);
    const res = await lead.request('PUT', `/api/v1/events/${ids.event}/attendance`, {
      attendance: [{ registration: regs[0]!.id, attended: true }],
    });
    expect(res.json().registrations[0].attended).toBe(true);
    const stranger = await lead.request('PUT', `/api/v1/events/${ids.event}/attendance`, {
      attendance: [{ registration: ids.ar, attended: true }],
    });
    expect(stranger.statusCode).toBe(422);
    const anon = await anonymousClient(h);
    const ics = await anon.request('GET', `/api/v1/events/${ids.event}/ics`);
    expect(ics.headers['content-type']).toContain('text/calendar');
    expect(ics.body).toContain('BEGIN:VEVENT');
    const internal = await lead.request('POST', '/api/v1/events', {
      title: 'Staff only',
      startsAt: inHours(30),
      endsAt: inHours(31),
    });
    expect((await anon.request('GET', `/api/v1/events/${internal.json().id}/ics`)).statusCode).toBe(404);
    expect((await lead.request('GET', `/api/v1/events/${internal.json().id}/ics`)).statusCode).toBe(200);
  });
});
