import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../http/context';
import { harness, makePartner, makeUser, signedInClient, type Client, type Harness } from '../../test/harness';
import { importTaxonomy } from '../assets/occupations.service';
import { addMonths } from './dates.rules';

/** Medical Support Worker eligibility and exclusions, and availability, in matching. Fictional people only. */
const monthsAgo = (n: number) => addMonths(new Date().toISOString().slice(0, 10), -n);
const taxonomy = JSON.parse(readFileSync(new URL('../../../taxonomies/occupations.json', import.meta.url), 'utf8'));
const doctor = (name: string, band: number, progress: { step: string; outcome: string; date: string }[]) => ({
  fullName: name,
  email: `${name.split(' ')[0]!.toLowerCase()}@example.org`,
  rightToWork: 'full',
  previousRoles: [],
  qualifications: [
    { occupation: 'medical-doctor', country: 'SY', yearsOfPractice: 5, specialties: ['Medicine', 'Surgery'] },
  ],
  englishTests: [
    {
      test: 'ielts',
      variant: 'academic',
      date: monthsAgo(3),
      scores:
        band === 7.5
          ? { listening: 7.5, reading: 7.5, writing: 7.5, speaking: 7.5 }
          : { listening: 7, reading: 7, writing: 6.5, speaking: 7 },
    },
  ],
  progress: [{ step: 'pmq-acceptable', outcome: 'passed', date: monthsAgo(10) }, ...progress],
  consents: { matching: true },
});

describe('interim roles (Medical Support Worker) and availability in matching', () => {
  let h: Harness;
  let caseworker: Client;
  let ids: Record<string, string>;
  let vacancy: string;
  beforeAll(async () => {
    h = await harness();
    await importTaxonomy(h.deps, systemContext, taxonomy);
    const hospital = await makePartner(h.deps, 'MSW Test Trust');
    const admin = await signedInClient(h, (await makeUser(h.deps, 'programme_admin', hospital.slug)).email);
    await admin.request('POST', '/api/v1/matching/employers', { partner: hospital.slug, kind: 'nhs_trust' });
    caseworker = await signedInClient(h, (await makeUser(h.deps, 'caseworker', hospital.slug)).email);
    const employer = await signedInClient(h, (await makeUser(h.deps, 'employer', hospital.slug)).email);
    ids = {};
    const people = {
      eligible: doctor('Elif Fictional-Eligible', 7.5, []),
      sandwell: doctor('Rana Fictional-Sandwell', 7, []),
      plab2: doctor('Pavel Fictional-Plab', 7.5, [{ step: 'plab2', outcome: 'passed', date: monthsAgo(1) }]),
    };
    for (const [key, body] of Object.entries(people)) {
      const res = await caseworker.request('POST', '/api/v1/matching/candidates', body);
      expect(res.statusCode, res.body).toBe(201);
      ids[key] = res.json().id;
    }
    const res = await employer.request('POST', '/api/v1/matching/vacancies', {
      title: 'Medical support worker, acute medicine (test)',
      occupations: ['medical-support-worker'],
      band: 6,
      role: 'medical-support-worker',
      dbs: 'enhanced',
      quantity: 2,
    });
    expect(res.statusCode, res.body).toBe(201);
    vacancy = res.json().id;
  }, 240_000);
  afterAll(() => h.close());

  it('suggests only doctors the MSW rules allow; the excluded are listed for the caseworker with reasons', async () => {
    const res = await caseworker.request('GET', `/api/v1/matching/vacancies/${vacancy}/suggestions`);
    expect(res.statusCode, res.body).toBe(200);
    const found = res.json().items.map((i: { candidate: { id: string } }) => i.candidate.id);
    expect(found).toContain(ids.eligible);
    expect(found).not.toContain(ids.sandwell);
    expect(found).not.toContain(ids.plab2);
    const ex = await caseworker.request('GET', `/api/v1/matching/vacancies/${vacancy}/role-exclusions`);
    expect(ex.statusCode, ex.body).toBe(200);
    const why = new Map(
      ex
        .json()
        .items.map((i: { candidate: { id: string }; reasons: string[] }) => [i.candidate.id, i.reasons.join('; ')]),
    );
    expect(ex.json().role.id).toBe('medical-support-worker');
    expect(why.get(ids.sandwell)).toMatch(/GMC-level English not yet met/);
    expect(why.get(ids.plab2)).toMatch(/excluded: plab2 already passed/);
    expect(why.has(ids.eligible)).toBe(false);
  });

  it('refuses to confirm an excluded candidate, naming the reason', async () => {
    const res = await caseworker.request('POST', `/api/v1/matching/vacancies/${vacancy}/decisions`, {
      candidate: ids.plab2,
      decision: 'confirm',
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().detail).toMatch(/Medical Support Worker.*plab2 already passed/);
  });

  it('the MSW vacancy is not among the excluded candidate’s top vacancies', async () => {
    const mine = await caseworker.request('GET', `/api/v1/matching/candidates/${ids.plab2}/vacancies`);
    expect(mine.statusCode, mine.body).toBe(200);
    expect(mine.json().items.map((i: { vacancy: { id: string } }) => i.vacancy.id)).not.toContain(vacancy);
    const theirs = await caseworker.request('GET', `/api/v1/matching/candidates/${ids.eligible}/vacancies`);
    expect(theirs.json().items.map((i: { vacancy: { id: string } }) => i.vacancy.id)).toContain(vacancy);
  });

  it('availability: fewer hours than a full-time post is a named gap, not an exclusion; bad input is a 4xx', async () => {
    const current = (await caseworker.request('GET', `/api/v1/matching/candidates/${ids.eligible}/preferences`)).json();
    const bad = await caseworker.request('PUT', `/api/v1/matching/candidates/${ids.eligible}/preferences`, {
      availability: { hoursPerWeek: 90, daysPerWeek: 8, from: null },
      version: current.version,
    });
    expect(bad.statusCode).toBe(400);
    const ok = await caseworker.request('PUT', `/api/v1/matching/candidates/${ids.eligible}/preferences`, {
      availability: { hoursPerWeek: 16, daysPerWeek: 2, from: null },
      reminders: { channels: ['email'], language: 'ar' },
      version: current.version,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({
      availability: { hoursPerWeek: 16 },
      reminders: { channels: ['email'], language: 'ar' },
    });
    const stale = await caseworker.request('PUT', `/api/v1/matching/candidates/${ids.eligible}/preferences`, {
      availability: { hoursPerWeek: 20, daysPerWeek: 3, from: null },
      version: current.version,
    });
    expect(stale.statusCode).toBe(409);
    const res = await caseworker.request('GET', `/api/v1/matching/vacancies/${vacancy}/suggestions`);
    const mine = res.json().items.find((i: { candidate: { id: string } }) => i.candidate.id === ids.eligible);
    expect(mine.gaps.join(' ')).toMatch(/available 16 hours a week; a full-time post needs about 30/);
  });
});

describe('activity feed lines for a confirmed match and an interim placement', () => {
  it('records both, with no personal detail', async () => {
    const h = await harness();
    try {
      await importTaxonomy(h.deps, systemContext, taxonomy);
      const p = await makePartner(h.deps, 'Activity Trust');
      const admin = await signedInClient(h, (await makeUser(h.deps, 'programme_admin', p.slug)).email);
      await admin.request('POST', '/api/v1/matching/employers', { partner: p.slug, kind: 'nhs_trust' });
      const cw = await signedInClient(h, (await makeUser(h.deps, 'caseworker', p.slug)).email);
      const employer = await signedInClient(h, (await makeUser(h.deps, 'employer', p.slug)).email);
      const c = (await cw.request('POST', '/api/v1/matching/candidates', doctor('Aya Fictional-Active', 7, []))).json();
      const v = await employer.request('POST', '/api/v1/matching/vacancies', {
        title: 'Healthcare assistant (test)',
        occupations: ['healthcare-assistant'],
        band: 3,
        dbs: 'none',
      });
      const d = await cw.request('POST', `/api/v1/matching/vacancies/${v.json().id}/decisions`, {
        candidate: c.id,
        decision: 'confirm',
      });
      expect(d.statusCode, d.body).toBeLessThan(300);
      const pl = await cw.request('POST', `/api/v1/matching/candidates/${c.id}/placements`, {
        provider: 'Fictional Care Home',
        role: 'care-worker',
        startsOn: new Date().toISOString().slice(0, 10),
      });
      expect(pl.statusCode, pl.body).toBe(201);
      const { rows } = await sql<{ kind: string; summary: string }>`select kind, summary from activity_events
        where partner_id = ${p.id} order by occurred_at`.execute(h.deps.db);
      expect(rows.map((r) => r.kind)).toEqual(expect.arrayContaining(['match', 'placement']));
      expect(rows.map((r) => r.summary).join(' ')).not.toContain('Aya');
    } finally {
      await h.close();
    }
  }, 120_000);
});
