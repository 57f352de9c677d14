import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../http/context';
import { jobHandlers } from '../../jobs/handlers';
import { runDueJobs } from '../../jobs/runner';
import { harness, makePartner, makeUser, signedInClient, type Client, type Harness } from '../../test/harness';
import { importTaxonomy } from '../assets/occupations.service';
import { today as todayOf } from './candidates.input.service';
import { remind } from './reminders.job';
import { mailTo as to, startTestSmtp, type TestSmtp } from '../../test/smtp';

const taxonomy = JSON.parse(readFileSync(new URL('../../../taxonomies/occupations.json', import.meta.url), 'utf8'));
const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

/** Class and exam reminders in the candidate's language, over a real SMTP server on loopback. Fictional people. */
describe('candidate reminders for classes and exams, over real SMTP', () => {
  let h: Harness;
  let smtp: TestSmtp;
  let caseworker: Client;
  let received: ParsedMail[];
  const ids: Record<string, string> = {};

  const register = async (key: string, body: Record<string, unknown>, language: string | null, optIn: boolean) => {
    const res = await caseworker.request('POST', '/api/v1/matching/candidates', body);
    expect(res.statusCode, res.body).toBe(201);
    ids[key] = res.json().id;
    const { version } = (await caseworker.request('GET', `/api/v1/matching/candidates/${ids[key]}/preferences`)).json();
    const put = await caseworker.request('PUT', `/api/v1/matching/candidates/${ids[key]}/preferences`, {
      reminders: { channels: optIn ? ['email'] : [], language },
      version,
    });
    expect(put.statusCode, put.body).toBe(200);
  };

  beforeAll(async () => {
    smtp = await startTestSmtp();
    received = smtp.received;
    h = await harness({ SMTP_URL: smtp.url, MAIL_FROM: 'USE-IT test <useit@test.example>' });
    await importTaxonomy(h.deps, systemContext, taxonomy);
    const p = await makePartner(h.deps, 'Reminder Partner');
    caseworker = await signedInClient(h, (await makeUser(h.deps, 'caseworker', p.slug)).email);
    const exam = { progress: [{ step: 'plab1', outcome: 'booked', date: day(1) }] };
    const doctor = { qualifications: [{ occupation: 'medical-doctor', country: 'SY' }] };
    await register('ar', { fullName: 'Huda Fictional', email: 'huda@example.org', ...doctor, ...exam }, 'ar', true);
    await register('pl', { fullName: 'Marta Fictional', email: 'marta@example.org', ...doctor }, 'pl', true);
    await register('off', { fullName: 'Olek Fictional', email: 'olek@example.org', ...doctor, ...exam }, 'pl', false);
    // an IELTS cohort starting in 7 days, with Marta and Olek enrolled
    const db = h.deps.db;
    const one = async <T>(q: ReturnType<typeof sql<T>>) => (await q.execute(db)).rows[0]!;
    const funder = await one(sql<{ id: string }>`insert into training_funders (slug, name, kind)
      values ('reminder-fund', 'Fund', 'charity') returning id`);
    const programme = await one(sql<{ id: string }>`insert into training_programmes
      (slug, name, kind, weeks, pathway_step, priority_rules)
      values ('reminder-ielts', 'IELTS classes', 'ielts', 12, 'english', '[]'::jsonb) returning id`);
    const cohort = await one(sql<{ id: string }>`insert into training_cohorts
      (programme_id, funder_id, name, capacity, starts_on, ends_on)
      values (${programme.id}, ${funder.id}, 'Cohort 3', 10, ${day(7)}, ${day(90)}) returning id`);
    for (const id of [ids.pl, ids.off])
      await sql`insert into training_enrolments (cohort_id, candidate_id, enrolled_on)
        values (${cohort.id}, ${id}, ${todayOf()})`.execute(db);
  });
  afterAll(async () => {
    await h.close();
    await smtp.close();
  });

  it('the daily job mails opted-in candidates in their language, once; nobody else', async () => {
    // opting in queued today's run for 07:00 UTC; let that hour arrive whatever time the test runs at
    await sql`update jobs set run_at = now() where kind = 'matching.candidate-reminders' and status = 'queued'`.execute(
      h.deps.db,
    );
    // running due jobs sends the reminders and then the mails
    await runDueJobs(h.deps, jobHandlers);
    await runDueJobs(h.deps, jobHandlers);
    expect(received.map(to).sort()).toEqual(['huda@example.org', 'marta@example.org']);
    const arabic = received.find((m) => to(m) === 'huda@example.org')!;
    expect(arabic.subject).toBe('تذكير: امتحان PLAB 1 غدًا');
    expect(arabic.headers.get('content-language')).toBe('ar');
    expect(arabic.text).toContain(day(1));
    const polish = received.find((m) => to(m) === 'marta@example.org')!;
    expect(polish.subject).toBe('Przypomnienie: IELTS classes (Cohort 3) zaczyna się za 7 dni');
    // a rerun of the day sends nothing twice
    expect(await remind(h.deps, todayOf())).toBe(0);
    const next = await sql<{ n: number }>`select count(*)::int as n from jobs
      where kind = 'matching.candidate-reminders' and status = 'queued'`.execute(h.deps.db);
    expect(next.rows[0]!.n).toBe(1); // tomorrow's run is queued
  });

  it('email reminders need an address; other channels are refused', async () => {
    const res = await caseworker.request('POST', '/api/v1/matching/candidates', { fullName: 'Nadia Fictional' });
    const id = res.json().id;
    const { version } = (await caseworker.request('GET', `/api/v1/matching/candidates/${id}/preferences`)).json();
    const noMail = await caseworker.request('PUT', `/api/v1/matching/candidates/${id}/preferences`, {
      reminders: { channels: ['email'], language: 'ro' },
      version,
    });
    expect(noMail.statusCode).toBe(422);
    const sms = await caseworker.request('PUT', `/api/v1/matching/candidates/${id}/preferences`, {
      reminders: { channels: ['sms'], language: 'ro' },
      version,
    });
    expect(sms.statusCode).toBe(400);
  });
});
