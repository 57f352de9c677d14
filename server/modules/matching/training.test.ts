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
import { readTrainingPack, seedTraining } from './training.seed';

/** Fictional people only; dates relative to today. The pack's training.json supplies funders and cohorts. */
const now = () => new Date().toISOString().slice(0, 10);
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
const taxonomy = JSON.parse(readFileSync(new URL('../../../taxonomies/occupations.json', import.meta.url), 'utf8'));
const pack = readTrainingPack(new URL('../../../city-packs/greater-icknield/', import.meta.url).pathname)!;

const person = (fullName: string, borough: string, phone: string, ielts: [number, number, number, number]) => ({
  fullName,
  dateOfBirth: '1987-03-04',
  phone,
  borough,
  rightToWork: 'full',
  qualifications: [{ occupation: 'medical-doctor', country: 'SY', yearsOfPractice: 5 }],
  englishTests: [
    {
      test: 'ielts',
      variant: 'academic',
      date: addMonths(now(), -5),
      scores: { listening: ielts[0], reading: ielts[1], writing: ielts[2], speaking: ielts[3] },
    },
  ],
  progress: [{ step: 'pmq-acceptable', outcome: 'passed', date: addMonths(now(), -8) }],
});

describe('training: waiting lists, cohorts, attendance and results', () => {
  let h: Harness;
  let a: Client; // caseworker, partner A
  let b: Client; // caseworker, partner B
  let admin: Client;
  let doctor: string; // Sandwell, IELTS 7.0/7.0/6.5/7.0
  let brum: string; // Birmingham: no Sandwell funding
  let other: string; // partner B, Sandwell
  let token: string;
  const create = async (c: Client, body: object) => {
    const res = await c.request('POST', '/api/v1/matching/candidates', body);
    expect(res.statusCode, res.body).toBe(201);
    return (res.json() as { id: string }).id;
  };
  const cohortNamed = async (name: string) => {
    const res = await a.request('GET', '/api/v1/matching/programmes/ielts-classes');
    return (res.json() as { cohorts: { id: string; name: string }[] }).cohorts.find((c) => c.name.startsWith(name))!.id;
  };

  beforeAll(async () => {
    h = await harness();
    await importTaxonomy(h.deps, systemContext, taxonomy);
    await seedTraining(h.deps, systemContext, pack, true);
    const pa = await makePartner(h.deps, 'Partner A');
    const pb = await makePartner(h.deps, 'Partner B');
    a = await signedInClient(h, (await makeUser(h.deps, 'caseworker', pa.slug)).email);
    b = await signedInClient(h, (await makeUser(h.deps, 'caseworker', pb.slug)).email);
    admin = await signedInClient(h, (await makeUser(h.deps, 'programme_admin', pa.slug)).email);
    doctor = await create(a, person('Testa Fictional-Sandwell', 'Sandwell', '+44 7700 900201', [7, 7, 6.5, 7]));
    brum = await create(a, person('Testo Fictional-Ladywood', 'Birmingham', '+44 7700 900202', [6, 6, 6, 6]));
    other = await create(b, person('Testi Fictional-Other', 'Sandwell', '+44 7700 900203', [6.5, 6.5, 6, 6.5]));
  });
  afterAll(() => h.close());

  it('shows the doctor the next IELTS cohort her funder covers, and the English gap (0.5 overall + 0.5 writing)', async () => {
    const res = await a.request('GET', `/api/v1/matching/candidates/${doctor}/training`);
    expect(res.statusCode, res.body).toBe(200);
    const t = res.json();
    expect(t.english).toEqual({ status: 'not-met', gap: 1 });
    const ielts = t.nextCohorts.filter((c: { programme: { slug: string } }) => c.programme.slug === 'ielts-classes');
    expect(ielts.map((c: { name: string }) => c.name)).toEqual(['IELTS classes, next intake (demo)']);
    expect(t.nextCohorts.some((c: { programme: { slug: string } }) => c.programme.slug === 'plab-preparation')).toBe(
      true,
    );
    const brumView = (await a.request('GET', `/api/v1/matching/candidates/${brum}/training`)).json();
    expect(
      brumView.nextCohorts.some((c: { programme: { slug: string } }) => c.programme.slug === 'ielts-classes'),
    ).toBe(false);
    expect(brumView.ineligible[0].reasons.join()).toContain('Sandwell residents only: lives in Birmingham');
  });

  it('orders the waiting list by explained priority; a funded place outranks a longer wait', async () => {
    const join = async (c: Client, candidateId: string, joinedOn?: string) => {
      const res = await c.request('POST', '/api/v1/matching/programmes/ielts-classes/waiting-list', {
        candidateId,
        ...(joinedOn ? { joinedOn } : {}),
      });
      expect(res.statusCode, res.body).toBe(201);
      return res.json();
    };
    await join(a, brum, daysAgo(70));
    const mine = await join(a, doctor, daysAgo(14));
    token = mine.token;
    expect(mine.positionPath).toBe(`/training/position/${token}`);
    await join(b, other, daysAgo(7));
    const again = await a.request('POST', '/api/v1/matching/programmes/ielts-classes/waiting-list', {
      candidateId: doctor,
    });
    expect(again.statusCode).toBe(409);
    const list = (await a.request('GET', '/api/v1/matching/programmes/ielts-classes/waiting-list')).json();
    expect(list.total).toBe(3);
    const first = list.items[0];
    expect(first.candidate.id).toBe(doctor);
    expect(first.parts.map((p: { rule: string }) => p.rule)).toEqual([
      'time-waited',
      'funder-eligible',
      'near-threshold',
      'active-researcher',
    ]);
    expect(first.parts[1].text).toContain('Sandwell adult-learning fund');
    expect(first.parts[2]).toMatchObject({ points: 15, text: '1 band short of the English rule in total' });
    expect(first.parts[3]).toMatchObject({ points: 0, text: 'not an active community researcher' });
    // partner A's caseworker sees partner B's candidate as a place, not a person
    expect(list.items.find((e: { candidate: unknown }) => e.candidate === null)).toBeDefined();
    expect(list.items.at(-1).candidate.id).toBe(brum);
  });

  it("gives the 'active community researchers first' points from the research module's register", async () => {
    const resident = await sql<{ id: string }>`
      insert into residents (reference, partner_id, display_name)
      select 'R-TRAIN-1', partner_id, 'Testo F.' from candidates where id = ${brum} returning id`.execute(h.deps.db);
    const residentId = resident.rows[0]!.id;
    await sql`update candidates set resident_id = ${residentId} where id = ${brum}`.execute(h.deps.db);
    await sql`insert into research_researchers (partner_id, resident_id, display_name)
      select partner_id, ${residentId}, 'Testo F.' from candidates where id = ${brum}`.execute(h.deps.db);
    const list = (await a.request('GET', '/api/v1/matching/programmes/ielts-classes/waiting-list')).json();
    const entry = list.items.find((e: { candidate: { id: string } | null }) => e.candidate?.id === brum);
    expect(entry.parts.find((p: { rule: string }) => p.rule === 'active-researcher')).toEqual({
      rule: 'active-researcher',
      points: 10,
      text: 'an active community researcher',
      reason: 'researcher',
      facts: {},
    });
  });

  it('lets the candidate see her own place by her link, and nobody else', async () => {
    const anon = await anonymousClient(h);
    const res = await anon.request('GET', `/api/v1/matching/training-positions/${token}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ position: 1, waiting: 3, programme: { name: 'IELTS Academic classes' } });
    expect(res.body).not.toMatch(/Fictional|MC-|[0-9a-f]{8}-[0-9a-f]{4}/);
    const wrong = await anon.request('GET', `/api/v1/matching/training-positions/${'x'.repeat(43)}`);
    expect(wrong.statusCode).toBe(404);
    expect((await anon.request('GET', '/api/v1/matching/training-positions/short')).statusCode).toBe(400);
  });

  it('lets a coordinator switch a rule off (visible in the order), never a caseworker; stale versions get 409', async () => {
    const p = (await admin.request('GET', '/api/v1/matching/programmes/ielts-classes')).json();
    // time waited alone: the Birmingham candidate has waited longest
    const rules = p.priorityRules.map((r: { id: string }) =>
      r.id === 'funder-eligible' || r.id === 'near-threshold' ? { ...r, enabled: false } : r,
    );
    expect(
      (
        await a.request('PUT', '/api/v1/matching/programmes/ielts-classes/priority-rules', {
          version: p.version,
          priorityRules: rules,
        })
      ).statusCode,
    ).toBe(403);
    const res = await admin.request('PUT', '/api/v1/matching/programmes/ielts-classes/priority-rules', {
      version: p.version,
      priorityRules: rules,
    });
    expect(res.statusCode, res.body).toBe(200);
    const list = (await a.request('GET', '/api/v1/matching/programmes/ielts-classes/waiting-list')).json();
    expect(list.items[0].candidate.id).toBe(brum);
    expect(list.items[0].parts.map((x: { rule: string }) => x.rule)).not.toContain('funder-eligible');
    const stale = await admin.request('PUT', '/api/v1/matching/programmes/ielts-classes/priority-rules', {
      version: p.version,
      priorityRules: p.priorityRules,
    });
    expect(stale.statusCode).toBe(409);
    const back = await admin.request('PUT', '/api/v1/matching/programmes/ielts-classes/priority-rules', {
      version: p.version + 1,
      priorityRules: p.priorityRules,
    });
    expect(back.statusCode).toBe(200);
    const csv = await a.request('GET', '/api/v1/matching/programmes/ielts-classes/waiting-list.csv');
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body.split('\r\n')[1]).toMatch(/^1,MC-[A-Z0-9]{8},Testa Fictional-Sandwell,/);
    const positions = (path: string) =>
      a.request('GET', path).then((r) => r.json().items.map((e: { position: number }) => e.position) as number[]);
    const ascending = await positions('/api/v1/matching/programmes/ielts-classes/waiting-list');
    expect(await positions('/api/v1/matching/programmes/ielts-classes/waiting-list?sort=-position')).toEqual(
      [...ascending].reverse(),
    );
  });

  it('refuses bad cohorts: end before start, unknown funder or programme, no capacity', async () => {
    const base = {
      name: 'Tiny IELTS',
      funder: 'sandwell-adult-learning',
      capacity: 1,
      startsOn: daysAgo(-10),
      endsOn: daysAgo(-80),
    };
    const post = (slug: string, body: object) =>
      admin.request('POST', `/api/v1/matching/programmes/${slug}/cohorts`, body);
    expect((await post('ielts-classes', { ...base, endsOn: daysAgo(-5) })).statusCode).toBe(400);
    expect((await post('ielts-classes', { ...base, funder: 'no-such-fund' })).statusCode).toBe(422);
    expect((await post('no-such-programme', base)).statusCode).toBe(404);
    expect((await post('ielts-classes', { ...base, capacity: 0 })).statusCode).toBe(400);
    expect((await a.request('POST', '/api/v1/matching/programmes/ielts-classes/cohorts', base)).statusCode).toBe(403);
    expect((await post('ielts-classes', base)).statusCode).toBe(201);
  });

  it('enrols from the waiting list: funder rule named, over capacity refused, enrolled people leave the list', async () => {
    const next = await cohortNamed('IELTS classes, next intake');
    const ineligible = await a.request('POST', `/api/v1/matching/cohorts/${next}/enrolments`, { candidateId: brum });
    expect(ineligible.statusCode).toBe(422);
    expect(ineligible.json().detail).toContain('funder rule "sandwell-residents"');
    const tiny = await cohortNamed('Tiny IELTS');
    expect(
      (await b.request('POST', `/api/v1/matching/cohorts/${tiny}/enrolments`, { candidateId: other })).statusCode,
    ).toBe(201);
    const full = await a.request('POST', `/api/v1/matching/cohorts/${tiny}/enrolments`, { candidateId: doctor });
    expect(full.statusCode).toBe(422);
    expect(full.json().detail).toContain('is full (1 of 1 places taken)');
    // a caseworker cannot enrol another partner's candidate (it looks missing)
    expect(
      (await a.request('POST', `/api/v1/matching/cohorts/${next}/enrolments`, { candidateId: other })).statusCode,
    ).toBe(404);
    const list = (await a.request('GET', '/api/v1/matching/programmes/ielts-classes/waiting-list')).json();
    expect(list.total).toBe(2);
  });

  it('records attendance and results, and the pathway reflects them', async () => {
    const running = await cohortNamed('IELTS classes, Smethwick');
    expect(
      (await a.request('POST', `/api/v1/matching/cohorts/${running}/enrolments`, { candidateId: doctor })).statusCode,
    ).toBe(201);
    const att = (sessionOn: string, candidateId = doctor) =>
      a.request('PUT', `/api/v1/matching/cohorts/${running}/attendance`, {
        sessionOn,
        entries: [{ candidateId, present: true }],
      });
    expect((await att(daysAgo(-1))).statusCode).toBe(422);
    expect((await att(daysAgo(1), brum)).statusCode).toBe(422);
    const ok = await att(daysAgo(1));
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().enrolments[0]).toMatchObject({ attendanceRate: 100 });
    const detail = (await a.request('GET', `/api/v1/matching/candidates/${doctor}`)).json();
    expect(detail.progress).toContainEqual({ step: 'english', outcome: 'started', date: daysAgo(1) });

    const result = (englishTest: object) =>
      a.request('POST', `/api/v1/matching/cohorts/${running}/results`, { candidateId: doctor, englishTest });
    const scores = { listening: 7.5, reading: 7.5, writing: 7, speaking: 7.5 };
    const test = { test: 'ielts', variant: 'academic', date: daysAgo(1), scores };
    expect((await result({ ...test, date: daysAgo(-3) })).statusCode).toBe(422);
    expect((await result({ ...test, scores: { ...scores, reading: 9.5 } })).statusCode).toBe(422);
    const exam = await a.request('POST', `/api/v1/matching/cohorts/${running}/results`, {
      candidateId: doctor,
      exam: { outcome: 'passed', date: daysAgo(1) },
    });
    expect(exam.statusCode).toBe(422);
    const recorded = await result(test);
    expect(recorded.statusCode, recorded.body).toBe(201);
    const pathway = (await a.request('GET', `/api/v1/matching/candidates/${doctor}/pathway`)).json();
    expect(pathway.pathways[0].pathway.english.status).toBe('met');
    expect(pathway.pathways[0].pathway.examsRemaining).toEqual(['plab1', 'plab2']);
    const training = (await a.request('GET', `/api/v1/matching/candidates/${doctor}/training`)).json();
    expect(training.english.status).toBe('met');
    expect(training.enrolments[0]).toMatchObject({ attendanceRate: 100 });
  });
});
