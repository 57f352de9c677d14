import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../http/context';
import { harness, makePartner, makeUser, signedInClient, type Client, type Harness } from '../../test/harness';
import { importTaxonomy } from '../assets/occupations.service';
import { addMonths } from './dates.rules';

/** Fictional people only; dates relative to today. The "done when" for employers, matching and shortage. */
const monthsAgo = (n: number) => addMonths(new Date().toISOString().slice(0, 10), -n);
const taxonomy = JSON.parse(readFileSync(new URL('../../../taxonomies/occupations.json', import.meta.url), 'utf8'));
const doctor = (name: string, rightToWork: string, consents: Record<string, boolean>) => ({
  fullName: name,
  rightToWork,
  qualifications: [{ occupation: 'medical-doctor', country: 'SY', yearsOfPractice: 4, specialties: ['Medicine'] }],
  englishTests: [
    {
      test: 'ielts',
      variant: 'academic',
      date: monthsAgo(3),
      scores: { listening: 7, reading: 7, writing: 6.5, speaking: 7 },
    },
  ],
  progress: [{ step: 'pmq-acceptable', outcome: 'passed', date: monthsAgo(10) }],
  consents,
});
const csw = {
  title: 'Clinical support worker, acute medicine (test)',
  occupations: ['healthcare-assistant'],
  band: 3,
  role: 'clinical-support-worker',
  dbs: 'enhanced',
  englishLevel: 'B2',
  quantity: 6,
};

describe('employers, vacancies and matches', () => {
  let h: Harness;
  let admin: Client;
  let caseworker: Client;
  let employer: Client;
  let otherEmployer: Client;
  let hospital: { id: string; slug: string };
  let ids: Record<string, string>;
  let vacancy: string;
  beforeAll(async () => {
    h = await harness();
    await importTaxonomy(h.deps, systemContext, taxonomy);
    hospital = await makePartner(h.deps, 'Test Hospital Trust');
    const other = await makePartner(h.deps, 'Other Test Trust');
    admin = await signedInClient(h, (await makeUser(h.deps, 'programme_admin', hospital.slug)).email);
    for (const p of [hospital, other])
      expect(
        (await admin.request('POST', '/api/v1/matching/employers', { partner: p.slug, kind: 'nhs_trust' })).statusCode,
      ).toBe(200);
    caseworker = await signedInClient(h, (await makeUser(h.deps, 'caseworker', hospital.slug)).email);
    employer = await signedInClient(h, (await makeUser(h.deps, 'employer', hospital.slug)).email);
    otherEmployer = await signedInClient(h, (await makeUser(h.deps, 'employer', other.slug)).email);
    ids = {};
    const people = {
      doctor: doctor('Testa Fictional-Doctor', 'full', { matching: true, contact: false }),
      asylum: doctor('Nadir Fictional-Seeker', 'asylum-seeker', { matching: true }),
      unknown: doctor('Ulla Fictional-Unknown', 'unknown', { matching: true }),
      noConsent: doctor('Noor Fictional-Private', 'full', { matching: false }),
    };
    for (const [key, body] of Object.entries(people)) {
      const res = await caseworker.request('POST', '/api/v1/matching/candidates', body);
      expect(res.statusCode, res.body).toBe(201);
      ids[key] = (res.json() as { id: string }).id;
    }
    const res = await employer.request('POST', '/api/v1/matching/vacancies', csw);
    expect(res.statusCode, res.body).toBe(201);
    vacancy = (res.json() as { id: string }).id;
  }, 240_000);
  afterAll(() => h.close());

  it('lists the vacancy for its employer and caseworkers, not for another employer', async () => {
    const mine = (await employer.request('GET', '/api/v1/matching/vacancies?q=clinical')).json();
    expect(mine).toMatchObject({ total: 1, items: [{ id: vacancy, band: 3, englishLevel: 'B2', quantity: 6 }] });
    expect((await otherEmployer.request('GET', '/api/v1/matching/vacancies')).json()).toMatchObject({ total: 0 });
    expect((await otherEmployer.request('GET', `/api/v1/matching/vacancies/${vacancy}`)).statusCode).toBe(404);
    expect((await caseworker.request('GET', `/api/v1/matching/vacancies/${vacancy}`)).statusCode).toBe(200);
  });

  it('gates first: no right to work (or none recorded) matches no paid role; reasons and gaps are shown', async () => {
    const res = await caseworker.request('GET', `/api/v1/matching/vacancies/${vacancy}/suggestions`);
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items as {
      candidate: { id: string };
      reasons: string[];
      gaps: string[];
      readiness: string;
      components: unknown[];
    }[];
    const found = items.map((i) => i.candidate.id);
    expect(found).toContain(ids.doctor);
    expect(found).not.toContain(ids.asylum);
    expect(found).not.toContain(ids.unknown);
    const doc = items.find((i) => i.candidate.id === ids.doctor)!;
    expect(doc.components).toHaveLength(4);
    expect(doc.reasons.join(' ')).toMatch(/interim role/);
    expect(doc.readiness).toBe('needs-evidence');
    expect(doc.gaps.join(' ')).toMatch(/DBS/);
  });

  it('the employer sees a match only after a caseworker confirms it, and only what was consented', async () => {
    expect((await employer.request('GET', `/api/v1/matching/vacancies/${vacancy}/suggestions`)).statusCode).toBe(403);
    expect((await employer.request('GET', `/api/v1/matching/vacancies/${vacancy}/matches`)).json()).toEqual({
      items: [],
    });
    const refused = await caseworker.request('POST', `/api/v1/matching/vacancies/${vacancy}/decisions`, {
      candidate: ids.noConsent,
      decision: 'confirm',
    });
    expect(refused.statusCode).toBe(422);
    const gated = await caseworker.request('POST', `/api/v1/matching/vacancies/${vacancy}/decisions`, {
      candidate: ids.asylum,
      decision: 'confirm',
    });
    expect(gated.statusCode).toBe(422);
    const ok = await caseworker.request('POST', `/api/v1/matching/vacancies/${vacancy}/decisions`, {
      candidate: ids.doctor,
      decision: 'confirm',
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const seen = (await employer.request('GET', `/api/v1/matching/vacancies/${vacancy}/matches`)).json();
    expect(seen.items).toHaveLength(1);
    expect(seen.items[0].candidate).toMatchObject({ name: null, email: null, phone: null });
    expect(seen.items[0].candidate.reference).toMatch(/^MC-/);
    expect((await otherEmployer.request('GET', `/api/v1/matching/vacancies/${vacancy}/matches`)).statusCode).toBe(404);
  });

  it('top vacancies for a candidate, and shortage analysis with export', async () => {
    const res = await caseworker.request('GET', `/api/v1/matching/candidates/${ids.doctor}/vacancies`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().items.map((i: { vacancy: { id: string } }) => i.vacancy.id)).toContain(vacancy);
    const s = (await employer.request('GET', '/api/v1/matching/shortage')).json();
    const row = s.rows.find((r: { occupation: string }) => r.occupation === 'healthcare-assistant');
    expect(row).toMatchObject({ band: 3, demand: 6, vacancies: 1 });
    expect(row.supply.now).toBeNull(); // 2 people: suppressed
    const csv = await employer.request('GET', '/api/v1/matching/shortage.csv');
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.body).toMatch(/^occupation,occupation_label,band/);
  });

  it('refuses bad vacancies with a clear 4xx', async () => {
    const unknown = await employer.request('POST', '/api/v1/matching/vacancies', {
      ...csw,
      occupations: ['astronaut'],
    });
    expect(unknown.statusCode).toBe(422);
    const band = await employer.request('POST', '/api/v1/matching/vacancies', { ...csw, band: 12 });
    expect(band.statusCode).toBe(400);
    const notEmployer = await makePartner(h.deps, 'Not an employer');
    const coordinator = await signedInClient(h, (await makeUser(h.deps, 'employer', notEmployer.slug)).email);
    expect((await coordinator.request('POST', '/api/v1/matching/vacancies', csw)).statusCode).toBe(422);
  });
});
