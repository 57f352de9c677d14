import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../http/context';
import { harness, makePartner, makeUser, signedInClient, type Client, type Harness } from '../../test/harness';
import { importTaxonomy } from '../assets/occupations.service';
import { addMonths } from './dates.rules';
import { pipelineStageCounts } from './pipeline.service';

/** Fictional people only; dates relative to today. */
const monthsAgo = (n: number) => addMonths(new Date().toISOString().slice(0, 10), -n);
const taxonomy = JSON.parse(readFileSync(new URL('../../../taxonomies/occupations.json', import.meta.url), 'utf8'));
const ielts = (w: number, o = 7) => ({
  test: 'ielts',
  variant: 'academic',
  date: monthsAgo(3),
  scores: { listening: o, reading: o, writing: w, speaking: o },
});
const doctor = (name: string, extra: Record<string, unknown> = {}) => ({
  fullName: name,
  rightToWork: 'full',
  qualifications: [{ occupation: 'medical-doctor', country: 'SY', yearsOfPractice: 4 }],
  englishTests: [ielts(6.5)],
  ...extra,
});

describe('pipeline, placements and fairness', () => {
  let h: Harness;
  let a: Client;
  let b: Client;
  let partnerA: { id: string; slug: string };
  const ids: Record<string, string> = {};
  const create = async (body: unknown) => {
    const res = await a.request('POST', '/api/v1/matching/candidates', body);
    expect(res.statusCode, res.body).toBe(201);
    return (res.json() as { id: string }).id;
  };
  const move = (id: string, from: string, to: string, reason?: string) =>
    a.request('POST', `/api/v1/matching/candidates/${id}/stage`, { from, to, ...(reason ? { reason } : {}) });

  beforeAll(async () => {
    h = await harness();
    await importTaxonomy(h.deps, systemContext, taxonomy);
    partnerA = await makePartner(h.deps, 'Pipeline partner A');
    const partnerB = await makePartner(h.deps, 'Pipeline partner B');
    a = await signedInClient(h, (await makeUser(h.deps, 'caseworker', partnerA.slug)).email);
    b = await signedInClient(h, (await makeUser(h.deps, 'caseworker', partnerB.slug)).email);
    ids.short = await create(doctor('Pipe Fictional-Short', { status: 'active' }));
    ids.ready = await create(
      doctor('Pipe Fictional-Ready', { status: 'active', englishTests: [ielts(7.5, 7.5)], rightToWork: 'unknown' }),
    );
    ids.pending = await create(doctor('Pipe Fictional-Pending'));
  });
  afterAll(() => h.close());

  it('starts everyone at identified and moves them along, auditing every move', async () => {
    expect((await move(ids.short!, 'identified', 'assessed')).statusCode).toBe(200);
    const res = await move(ids.short!, 'assessed', 'language-training');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().stage).toBe('language-training');
    const history = (await a.request('GET', `/api/v1/matching/candidates/${ids.short}/stage`)).json();
    expect(history.moves.map((m: { to: string }) => m.to)).toEqual(['language-training', 'assessed']);
    const audited = await sql<{ n: string }>`select count(*) as n from audit_events
      where action = 'candidate.stage-move' and entity_id = ${ids.short}`.execute(h.deps.db);
    expect(Number(audited.rows[0]!.n)).toBe(2);
  });

  it('refuses a move the gates forbid with a 422 naming the gate', async () => {
    const english = await move(ids.short!, 'language-training', 'language-passed');
    expect(english.statusCode).toBe(422);
    expect(english.json().detail).toMatch(/^gate english/);
    expect(english.json().errors[0].path).toBe('body.to');
    await move(ids.ready!, 'identified', 'assessed');
    expect((await move(ids.ready!, 'assessed', 'language-passed')).statusCode).toBe(200);
    expect((await move(ids.ready!, 'language-passed', 'exams')).statusCode).toBe(200);
    const exams = await move(ids.ready!, 'exams', 'registered');
    expect(exams.statusCode).toBe(422);
    expect(exams.json().detail).toMatch(/^gate exams: 2 registration exam/);
    const rtw = await move(ids.ready!, 'exams', 'interim-work');
    expect(rtw.statusCode).toBe(422);
    expect(rtw.json().detail).toMatch(/^gate right-to-work/);
    const pending = await move(ids.pending!, 'identified', 'language-training');
    expect(pending.json().detail).toMatch(/^gate self-referral-review/);
    const reason = await move(ids.pending!, 'identified', 'withdrawn');
    expect(reason.statusCode).toBe(422);
    expect(reason.json().errors[0].path).toBe('body.reason');
  });

  it('answers 409 for a stale from-stage, 404 across partners and 400 for an unknown stage', async () => {
    expect((await move(ids.short!, 'identified', 'assessed')).statusCode).toBe(409);
    expect(
      (
        await b.request('POST', `/api/v1/matching/candidates/${ids.short}/stage`, {
          from: 'language-training',
          to: 'assessed',
        })
      ).statusCode,
    ).toBe(404);
    expect((await move(ids.short!, 'language-training', 'hired')).statusCode).toBe(400);
  });

  it('withdraws with a reason and reopens only at identified or assessed', async () => {
    expect((await move(ids.pending!, 'identified', 'withdrawn', 'moved away')).statusCode).toBe(200);
    const row = (await a.request('GET', `/api/v1/matching/pipeline?stage=withdrawn`)).json();
    expect(row.items).toHaveLength(1);
    expect(row.items[0]).toMatchObject({ withdrawnReason: 'moved away', status: 'withdrawn' });
    expect((await move(ids.pending!, 'withdrawn', 'exams')).json().detail).toMatch(/^gate reopen/);
    expect((await move(ids.pending!, 'withdrawn', 'identified')).statusCode).toBe(200);
  });

  it('lists the pipeline with counts per stage, filters, scoping, and a CSV export', async () => {
    const page = (await a.request('GET', '/api/v1/matching/pipeline?sort=stage')).json();
    expect(page.total).toBe(3);
    expect(page.items.map((i: { stage: string }) => i.stage)).toEqual(['identified', 'language-training', 'exams']);
    expect(page.stages.find((s: { stage: string }) => s.stage === 'exams').count).toBe(1);
    expect((await b.request('GET', '/api/v1/matching/pipeline')).json().total).toBe(0);
    const filtered = (await a.request('GET', '/api/v1/matching/pipeline?q=ready')).json();
    expect(filtered.items.map((i: { fullName: string }) => i.fullName)).toEqual(['Pipe Fictional-Ready']);
    const csv = await a.request('GET', '/api/v1/matching/pipeline.csv?stage=exams');
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.body.trim().split('\r\n')).toHaveLength(2);
    expect(csv.body).toContain('Pipe Fictional-Ready,exams');
    const counts = await pipelineStageCounts(h.deps.db, { kind: 'partner', partnerId: partnerA.id }, [
      'medical-doctor',
    ]);
    expect(counts.reduce((n, c) => n + c.count, 0)).toBe(3);
    expect(counts.find((c) => c.stage === 'exams')).toMatchObject({ occupation: 'medical-doctor', count: 1 });
  });

  it('records interim placements; paid work needs a confirmed right to work', async () => {
    const body = {
      provider: 'Fictional Care Homes Ltd',
      role: 'care-worker',
      startsOn: monthsAgo(1),
      status: 'active',
    };
    const ok = await a.request('POST', `/api/v1/matching/candidates/${ids.short}/placements`, body);
    expect(ok.statusCode, ok.body).toBe(201);
    const refused = await a.request('POST', `/api/v1/matching/candidates/${ids.ready}/placements`, body);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().detail).toMatch(/right-to-work/);
    const unpaid = { ...body, role: 'volunteering' };
    expect((await a.request('POST', `/api/v1/matching/candidates/${ids.ready}/placements`, unpaid)).statusCode).toBe(
      201,
    );
    const unknownRole = await a.request('POST', `/api/v1/matching/candidates/${ids.short}/placements`, {
      ...body,
      role: 'astronaut',
    });
    expect(unknownRole.json().errors[0].path).toBe('body.role');
    const backwards = { ...body, endsOn: monthsAgo(3) };
    expect((await a.request('POST', `/api/v1/matching/candidates/${ids.short}/placements`, backwards)).statusCode).toBe(
      400,
    );
    const p = ok.json();
    const ended = await a.request('PATCH', `/api/v1/matching/candidates/${ids.short}/placements/${p.id}`, {
      version: p.version,
      status: 'ended',
      endsOn: monthsAgo(0),
    });
    expect(ended.statusCode, ended.body).toBe(200);
    const stale = await a.request('PATCH', `/api/v1/matching/candidates/${ids.short}/placements/${p.id}`, {
      version: p.version,
      status: 'active',
    });
    expect(stale.statusCode).toBe(409);
    expect((await a.request('GET', `/api/v1/matching/candidates/${ids.short}/placements`)).json().items).toHaveLength(
      1,
    );
  });

  it('reports outcomes by sex, age band and ethnicity with small cells suppressed, from encrypted monitoring', async () => {
    for (let i = 0; i < 6; i++)
      await create(
        doctor(`Pipe Fictional-Monitor ${i}`, {
          dateOfBirth: '1990-03-03',
          monitoring: { sex: 'female', ethnicity: 'black' },
        }),
      );
    await create(doctor('Pipe Fictional-Monitor X', { monitoring: { sex: 'male', ethnicity: 'asian' } }));
    const stored = await sql<{ enc: string }>`select monitoring_enc as enc from candidates
      where full_name = 'Pipe Fictional-Monitor X'`.execute(h.deps.db);
    expect(stored.rows[0]!.enc).not.toContain('asian');
    const res = await a.request('GET', '/api/v1/matching/fairness');
    expect(res.statusCode, res.body).toBe(200);
    const sex = res.json().tables.find((t: { dimension: string }) => t.dimension === 'sex');
    const all = sex.outcomes.find((o: { outcome: string }) => o.outcome === 'candidates');
    expect(all.counts[sex.groups.indexOf('female')]).toBe(6);
    expect(all.counts[sex.groups.indexOf('male')]).toBeNull();
    for (const t of res.json().tables)
      for (const o of t.outcomes) for (const n of o.counts) expect(n === null || n === 0 || n >= 5).toBe(true);
    const audited = await sql<{
      n: string;
    }>`select count(*) as n from audit_events where action = 'fairness.read'`.execute(h.deps.db);
    expect(Number(audited.rows[0]!.n)).toBe(1);
  });
});
