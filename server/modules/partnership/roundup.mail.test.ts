import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobHandlers } from '../../jobs/handlers';
import { runDueJobs } from '../../jobs/runner';
import { harness, makePartner, makeUser, signedInClient, type Client, type Harness } from '../../test/harness';
import { recordActivity } from './activity.service';
import { draftWeeklyRoundup, scheduleRoundupDraft } from './roundup.job';
import { startTestSmtp, type TestSmtp } from '../../test/smtp';

describe('the weekly round-up, over real SMTP', () => {
  let h: Harness;
  let smtp: TestSmtp;
  let manager: Client;
  let member: Client;
  let received: ParsedMail[];
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    smtp = await startTestSmtp({ refuse: (a) => a.startsWith('bounce@') });
    received = smtp.received;
    h = await harness({ SMTP_URL: smtp.url, MAIL_FROM: 'USE-IT test <useit@test.example>' });
    const a = await makePartner(h.deps, 'Hospital trust');
    const b = await makePartner(h.deps, 'Polish centre');
    Object.assign(ids, { a: a.id, b: b.id, slugA: a.slug, slugB: b.slug });
    manager = await signedInClient(h, (await makeUser(h.deps, 'programme_admin', a.slug)).email);
    member = await signedInClient(h, (await makeUser(h.deps, 'partner_member', a.slug)).email);
    const owner = await makeUser(h.deps, 'partner_member', a.slug);
    await h.deps.db
      .insertInto('tasks')
      .values({
        title: 'Send the hospital rota',
        owner_user_id: owner.id,
        owner_partner_id: a.id,
        due_on: '2026-11-30',
        updated_at: new Date(),
      })
      .execute();
    const at = (d: string) => new Date(`${d}T10:00:00Z`);
    const event = (partnerId: string, summary: string, visibility: 'partners' | 'partner', day: string) =>
      recordActivity(h.deps.db, {
        kind: 'asset',
        partnerId,
        subject: { type: 'micro_asset', id: summary },
        summary,
        visibility,
        occurredAt: at(day),
      });
    await event(a.id, 'Shared: hospital open day booked', 'partners', '2026-11-24');
    await event(a.id, 'Only hospital: staffing plan drafted', 'partner', '2026-11-25');
    await event(b.id, 'Only Polish centre: new volunteer group', 'partner', '2026-11-26');
    await event(b.id, 'Last week shared event', 'partners', '2026-11-18');
  });
  afterAll(async () => {
    await h.close();
    await smtp.close();
  });

  it('drafts on Friday from the job table, once a week, and queues the next Friday', async () => {
    await scheduleRoundupDraft(h.deps.db, new Date('2026-11-26T12:00:00Z'));
    const job = await h.deps.db
      .selectFrom('jobs')
      .select(['run_at', 'payload'])
      .where('kind', '=', 'roundup.draft')
      .executeTakeFirstOrThrow();
    expect(job.run_at.toISOString()).toBe('2026-11-27T07:00:00.000Z');
    await draftWeeklyRoundup(h.deps, { at: '2026-11-27T07:00:00.000Z' });
    await draftWeeklyRoundup(h.deps, { at: '2026-11-27T07:00:00.000Z' });
    const list = (await manager.request('GET', '/api/v1/roundups')).json();
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).toMatchObject({ weekStart: '2026-11-23', status: 'draft' });
    // only what every partner may see becomes a draft highlight
    expect(list.items[0].highlights).toEqual(['Shared: hospital open day booked (Hospital trust)']);
    const next = await h.deps.db
      .selectFrom('jobs')
      .select('run_at')
      .where('unique_key', '=', 'roundup.draft:2026-12-04')
      .executeTakeFirst();
    expect(next).toBeDefined();
    expect((await member.request('GET', '/api/v1/roundups')).statusCode).toBe(403);
  });

  it('the manager edits, approves and sends: two partners get different mails, in English and Polish', async () => {
    for (const c of [
      { partner: ids.slugA, name: 'Alice Example', email: `alice-${process.pid}@test.invalid`, language: 'en' },
      { partner: ids.slugB, name: 'Bogdan Przykład', email: `bogdan-${process.pid}@test.invalid`, language: 'pl' },
      { partner: ids.slugB, name: 'Gone Away', email: `bounce@test.invalid`, language: 'pl' },
    ])
      expect((await manager.request('POST', '/api/v1/partner-contacts', c)).statusCode).toBe(201);
    const bad = await manager.request('POST', '/api/v1/partner-contacts', {
      partner: ids.slugA,
      name: 'X',
      email: 'not-mail',
    });
    expect(bad.statusCode).toBe(400);

    const draft = (await manager.request('GET', '/api/v1/roundups/2026-11-23')).json();
    const notApproved = await manager.request('POST', `/api/v1/roundups/${draft.id}/send`, { version: draft.version });
    expect(notApproved.statusCode).toBe(422);
    const edited = await manager.request('PATCH', `/api/v1/roundups/${draft.id}`, {
      intro: 'A busy week at the hospital.',
      highlights: [...draft.highlights, 'Port Loop group meets next week'],
      version: draft.version,
    });
    expect(edited.statusCode, edited.body).toBe(200);
    const approved = await manager.request('POST', `/api/v1/roundups/${draft.id}/approve`, {
      version: edited.json().version,
    });
    expect(approved.statusCode, approved.body).toBe(200);
    const sent = await manager.request('POST', `/api/v1/roundups/${draft.id}/send`, {
      version: approved.json().version,
    });
    expect(sent.statusCode, sent.body).toBe(200);
    const twice = await manager.request('POST', `/api/v1/roundups/${draft.id}/send`, { version: sent.json().version });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().detail).toMatch(/cannot be sent twice/);

    await runDueJobs(h.deps, jobHandlers);
    expect(received).toHaveLength(2);
    const toA = received.find((m) => m.to && JSON.stringify(m.to).includes('alice-'))!;
    const toB = received.find((m) => m.to && JSON.stringify(m.to).includes('bogdan-'))!;
    expect(toA.subject).toMatch(/weekly round-up, week of 2026-11-23/);
    expect(toB.subject).toMatch(/cotygodniowe podsumowanie, tydzień od 2026-11-23/);
    for (const m of [toA, toB]) {
      expect(m.text).toContain('A busy week at the hospital.');
      expect(m.text).toContain('Port Loop group meets next week');
    }
    expect(toA.text).toContain('Only hospital: staffing plan drafted');
    expect(toA.text).not.toContain('Only Polish centre');
    expect(toA.text).toContain('Send the hospital rota, due 2026-11-30');
    expect(toA.text).toContain('new assets: 2 (1)');
    expect(toB.text).toContain('Only Polish centre: new volunteer group');
    expect(toB.text).not.toContain('staffing plan');
    expect(toB.text).not.toContain('hospital rota');
    expect(toB.text).toContain('nowe zasoby: 2 (1)');
    expect(toB.text).toContain('Skierowania czekające na odpowiedź: 0');

    const archived = (await manager.request('GET', `/api/v1/roundups/${draft.id}`)).json();
    expect(archived.status).toBe('sent');
    const statuses = Object.fromEntries(
      archived.deliveries.map((d: { email: string; status: string }) => [d.email, d.status]),
    );
    expect(statuses['bounce@test.invalid']).toBe('bounced');
    expect(Object.values(statuses).filter((s) => s === 'sent')).toHaveLength(2);
  });
});
