import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../http/context';
import {
  anonymousClient,
  harness,
  makePartner,
  makeUser,
  signedInClient,
  type Client,
  type Harness,
} from '../../test/harness';
import { importTaxonomy } from '../assets/occupations.service';
import { addMonths } from './dates.rules';

/** Fictional people only. Dates are relative to today, so the tests keep their meaning as time passes. */
const monthsAgo = (n: number) => addMonths(new Date().toISOString().slice(0, 10), -n);
const TAKEN = monthsAgo(5);
const taxonomy = JSON.parse(readFileSync(new URL('../../../taxonomies/occupations.json', import.meta.url), 'utf8'));
const doctor = {
  fullName: 'Testa Fictional-Doctor',
  dateOfBirth: '1988-04-02',
  phone: '+44 7700 900123',
  rightToWork: 'full',
  immigrationStatus: 'refugee',
  qualifications: [
    { occupation: 'medical-doctor', country: 'SY', yearsOfPractice: 4, specialties: ['Medicine', 'Surgery'] },
  ],
  languages: [{ language: 'ar', level: 'native' }],
  englishTests: [
    {
      test: 'ielts',
      variant: 'academic',
      date: TAKEN,
      scores: { listening: 7, reading: 7, writing: 6.5, speaking: 7 },
    },
  ],
  progress: [{ step: 'pmq-acceptable', outcome: 'passed', date: monthsAgo(10) }],
};

describe('candidates API', () => {
  let h: Harness;
  let a: Client;
  let b: Client;
  let partnerA: { id: string; slug: string };
  let id: string;
  beforeAll(async () => {
    h = await harness();
    await importTaxonomy(h.deps, systemContext, taxonomy);
    partnerA = await makePartner(h.deps, 'Partner A');
    const partnerB = await makePartner(h.deps, 'Partner B');
    a = await signedInClient(h, (await makeUser(h.deps, 'caseworker', partnerA.slug)).email);
    b = await signedInClient(h, (await makeUser(h.deps, 'caseworker', partnerB.slug)).email);
    const res = await a.request('POST', '/api/v1/matching/candidates', doctor);
    expect(res.statusCode, res.body).toBe(201);
    id = (res.json() as { id: string }).id;
  });
  afterAll(() => h.close());

  it('creates a candidate with a reference, the caseworker assigned, and every consent defaulting to no', async () => {
    const res = await a.request('GET', `/api/v1/matching/candidates/${id}`);
    expect(res.statusCode, res.body).toBe(200);
    const c = res.json();
    expect(c.reference).toMatch(/^MC-[A-Z0-9]{8}$/);
    expect(c).toMatchObject({ status: 'pending', source: 'intake', rightToWork: 'full', dbs: 'unknown' });
    expect(c.caseworker.displayName).toBe('Test caseworker');
    expect(c.consents).toEqual({ contact: false, referral: false, matching: false, publicity: false });
    expect(c.englishTests[0]).toMatchObject({ overall: 7, expiresOn: addMonths(TAKEN, 24) });
    expect(c.qualifications[0].occupation.code).toBe('medical-doctor');
  });

  it('stores immigration status encrypted and audits every read of it', async () => {
    const stored = await sql<{
      enc: string;
    }>`select immigration_status_enc as enc from candidates where id = ${id}`.execute(h.deps.db);
    expect(stored.rows[0]!.enc).not.toContain('refugee');
    const count = async () =>
      Number(
        (
          await sql<{
            n: number;
          }>`select count(*) as n from audit_events where action = 'candidate.read' and entity_id = ${id}`.execute(
            h.deps.db,
          )
        ).rows[0]!.n,
      );
    const before = await count();
    const res = await a.request('GET', `/api/v1/matching/candidates/${id}`);
    expect(res.json().immigrationStatus).toBe('refugee');
    expect(await count()).toBe(before + 1);
  });

  it('computes the pathway: GMC English 0.5 short overall and in writing; MSW closed by English, HCA needs a DBS', async () => {
    const res = await a.request('GET', `/api/v1/matching/candidates/${id}/pathway`);
    expect(res.statusCode, res.body).toBe(200);
    const [p] = res.json().pathways;
    expect(p.pathway.profession.regulator).toBe('GMC');
    expect(p.pathway.currentStep).toBe('english');
    expect(p.pathway.english.assessments[0].overall).toEqual({ score: 7, required: 7.5, shortfall: 0.5 });
    expect(p.pathway.english.assessments[0].shortfalls).toEqual([
      { skill: 'writing', score: 6.5, required: 7, shortfall: 0.5 },
    ]);
    expect(p.pathway.examsRemaining).toEqual(['plab1', 'plab2']);
    const roles = Object.fromEntries(p.interimRoles.map((r: { id: string; status: string }) => [r.id, r.status]));
    expect(roles['medical-support-worker']).toBe('not-eligible');
    expect(roles['healthcare-assistant']).toBe('needs-evidence');
    expect(roles.volunteering).toBe('available');
  });

  it.each([
    [{ caseworker: '00000000-0000-4000-8000-000000000000' }, 422, 'body.caseworker'],
    [{ qualifications: [{ occupation: 'wizard' }] }, 422, 'body.qualifications.0.occupation'],
    [
      { englishTests: [{ ...doctor.englishTests[0], scores: { ...doctor.englishTests[0]!.scores, writing: 6.3 } }] },
      422,
      'body.englishTests.0.scores.writing',
    ],
    [
      { englishTests: [{ ...doctor.englishTests[0], scores: { ...doctor.englishTests[0]!.scores, reading: 9.5 } }] },
      422,
      'body.englishTests.0.scores.reading',
    ],
    [{ englishTests: [{ ...doctor.englishTests[0], date: '2099-01-01' }] }, 422, 'body.englishTests.0.date'],
    [
      {
        englishTests: [
          {
            test: 'oet',
            variant: 'medicine',
            date: monthsAgo(2),
            scores: { listening: 340, reading: 350, writing: 350, speaking: 350 },
            grades: { listening: 'B' },
          },
        ],
      },
      422,
      'body.englishTests.0.scores.listening',
    ],
    [{ progress: [{ step: 'plab7', outcome: 'passed', date: monthsAgo(2) }] }, 422, 'body.progress.0.step'],
    [{ dateOfBirth: '2099-01-01' }, 422, 'body.dateOfBirth'],
    [{ rightToWork: 'maybe' }, 400, 'body.rightToWork'],
  ])('refuses bad input %#, naming the field', async (change, status, path) => {
    const res = await a.request('POST', '/api/v1/matching/candidates', { ...doctor, fullName: 'Bad Input', ...change });
    expect(res.statusCode, res.body).toBe(status);
    expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(path);
  });

  it('flags possible duplicates by normalised name and date of birth, or by phone', async () => {
    const byName = await a.request('POST', '/api/v1/matching/candidates', {
      fullName: 'FICTIONAL DOCTOR, Testá',
      dateOfBirth: '1988-04-02',
    });
    expect(byName.json().possibleDuplicates).toEqual([
      expect.objectContaining({ id, reason: 'same name and date of birth' }),
    ]);
    const byPhone = await a.request('POST', '/api/v1/matching/candidates', {
      fullName: 'Other Person',
      phone: '07700 900123',
    });
    expect(byPhone.json().possibleDuplicates.map((d: { id: string }) => d.id)).toContain(id);
    const other = await b.request('POST', '/api/v1/matching/candidates', {
      fullName: 'Testa Fictional-Doctor',
      dateOfBirth: '1988-04-02',
    });
    expect(other.json().possibleDuplicates).toEqual([]); // another partner's records are never revealed
    const flagged = await a.request('GET', '/api/v1/matching/candidates?duplicates=true');
    expect(flagged.json().total).toBe(2);
    const renamed = await a.request('PATCH', `/api/v1/matching/candidates/${byPhone.json().id}`, {
      version: 1,
      phone: '07700 900999',
    });
    expect(renamed.json().duplicates).toEqual([]); // a corrected phone clears the flag
    expect((await a.request('GET', '/api/v1/matching/candidates?duplicates=true')).json().total).toBe(1);
  });

  it("keeps each partner's candidates to itself", async () => {
    for (const url of [`/api/v1/matching/candidates/${id}`, `/api/v1/matching/candidates/${id}/pathway`])
      expect((await b.request('GET', url)).statusCode).toBe(404);
    expect(
      (await b.request('PATCH', `/api/v1/matching/candidates/${id}`, { version: 1, status: 'active' })).statusCode,
    ).toBe(404);
    const list = await b.request('GET', '/api/v1/matching/candidates');
    expect(list.json().items.map((c: { id: string }) => c.id)).not.toContain(id);
  });

  it('lists with filters, search, sort and paging', async () => {
    const byOccupation = await a.request('GET', '/api/v1/matching/candidates?occupation=medical-doctor');
    expect(byOccupation.json().items.map((c: { id: string }) => c.id)).toEqual([id]);
    const search = await a.request('GET', '/api/v1/matching/candidates?q=fictional-doc&sort=fullName');
    expect(search.json().items[0].id).toBe(id);
    const page = await a.request('GET', '/api/v1/matching/candidates?pageSize=1&page=2&sort=createdAt');
    expect(page.json()).toMatchObject({ page: 2, pageSize: 1, total: 3 });
    const mine = await a.request('GET', '/api/v1/matching/candidates?caseworker=me&status=pending');
    expect(mine.json().total).toBe(3);
  });

  it('updates with optimistic concurrency, replacing the lists given', async () => {
    const res = await a.request('PATCH', `/api/v1/matching/candidates/${id}`, {
      version: 1,
      status: 'active',
      dbs: 'enhanced-clear',
      consents: { matching: true },
      englishTests: [
        {
          test: 'ielts',
          variant: 'academic',
          date: monthsAgo(1),
          scores: { listening: 8, reading: 8, writing: 7, speaking: 7.5 },
        },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ version: 2, status: 'active', consents: { matching: true, publicity: false } });
    expect(res.json().englishTests).toHaveLength(1);
    const stale = await a.request('PATCH', `/api/v1/matching/candidates/${id}`, { version: 1, notes: 'late' });
    expect(stale.statusCode).toBe(409);
    const pathway = (await a.request('GET', `/api/v1/matching/candidates/${id}/pathway`)).json();
    expect(pathway.pathways[0].pathway.currentStep).toBe('plab1');
    const msw = pathway.pathways[0].interimRoles.find((r: { id: string }) => r.id === 'medical-support-worker');
    expect(msw.status).toBe('needs-evidence'); // whether they were an MSW before is not recorded
  });

  it('takes a public self-referral as a pending record, reading nothing back', async () => {
    const anonymous = await anonymousClient(h);
    const res = await anonymous.request('POST', '/api/v1/matching/self-referrals', {
      partner: partnerA.slug,
      fullName: 'Selfa Fictional-Referrer',
      phone: '07700 900456',
      occupation: 'nurse-adult',
      consents: { contact: true },
    });
    expect(res.statusCode, res.body).toBe(202);
    expect(res.json()).toEqual({ received: true });
    const list = (await a.request('GET', '/api/v1/matching/candidates?q=Selfa')).json();
    expect(list.items[0]).toMatchObject({ status: 'pending', source: 'self-referral', occupations: ['nurse-adult'] });
    const detail = (await a.request('GET', `/api/v1/matching/candidates/${list.items[0].id}`)).json();
    expect(detail.consents).toEqual({ contact: true, referral: false, matching: false, publicity: false });
    const noConsent = await anonymous.request('POST', '/api/v1/matching/self-referrals', {
      partner: partnerA.slug,
      fullName: 'No Consent',
      consents: { contact: false },
    });
    expect(noConsent.statusCode).toBe(400);
    const unknownPartner = await anonymous.request('POST', '/api/v1/matching/self-referrals', {
      partner: 'no-such-partner',
      fullName: 'Lost Person',
      consents: { contact: true },
    });
    expect(unknownPartner.statusCode).toBe(422);
    const unknownOccupation = await anonymous.request('POST', '/api/v1/matching/self-referrals', {
      partner: partnerA.slug,
      fullName: 'Odd Occupation',
      occupation: 'dragon-tamer',
      consents: { contact: true },
    });
    expect(unknownOccupation.statusCode).toBe(422);
    expect(unknownOccupation.json().errors[0].path).toBe('body.occupation');
  });
});

describe('self-referral rate limit', () => {
  it('limits self-referrals like sign-in', async () => {
    const h = await harness({ SIGN_IN_RATE_PER_MINUTE: '2' });
    const partner = await makePartner(h.deps);
    const anonymous = await anonymousClient(h);
    const body = { partner: partner.slug, fullName: 'Rate Fictional', consents: { contact: true } };
    const codes = [];
    for (let i = 0; i < 3; i++)
      codes.push((await anonymous.request('POST', '/api/v1/matching/self-referrals', body)).statusCode);
    expect(codes).toEqual([202, 202, 429]);
    await h.close();
  });
});
