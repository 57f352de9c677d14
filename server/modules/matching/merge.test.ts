import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../http/context';
import { harness, makePartner, makeUser, signedInClient, type Client, type Harness } from '../../test/harness';
import { importTaxonomy } from '../assets/occupations.service';

/** Duplicate detection and merge on PGlite. Fictional people only. */
const taxonomy = JSON.parse(readFileSync(new URL('../../../taxonomies/occupations.json', import.meta.url), 'utf8'));
const today = new Date().toISOString().slice(0, 10);

const first = {
  fullName: 'Mohammed Al-Fictional',
  dateOfBirth: '1985-03-09',
  phone: '+44 7700 900555',
  rightToWork: 'full',
  qualifications: [{ occupation: 'medical-doctor', country: 'SY', yearsOfPractice: 6 }],
  languages: [
    { language: 'ar', level: 'native' },
    { language: 'en', level: 'B2' },
  ],
  englishTests: [
    {
      test: 'ielts',
      variant: 'academic',
      date: today,
      scores: { listening: 7, reading: 7, writing: 6.5, speaking: 7 },
    },
  ],
  consents: { matching: true, contact: true },
};
// the same man, registered again by a colleague: spelling differs, phone written differently, an older test
const second = {
  fullName: 'Mohamed Alfictional',
  dateOfBirth: '1985-03-09',
  email: 'mohamed.fictional@example.org',
  borough: 'Sandwell',
  qualifications: [{ occupation: 'medical-doctor', country: 'SY', institution: 'Fictional University' }],
  languages: [{ language: 'en', level: 'C1' }],
  englishTests: [
    {
      test: 'ielts',
      variant: 'academic',
      date: '2025-01-10',
      scores: { listening: 6, reading: 6, writing: 6, speaking: 6 },
    },
  ],
  progress: [{ step: 'pmq-acceptable', outcome: 'passed', date: '2025-02-01' }],
  consents: { matching: false, contact: true },
};

const childTables = [
  'candidate_qualifications',
  'candidate_english_tests',
  'candidate_progress',
  'candidate_stage_moves',
  'training_enrolments',
  'training_attendance',
  'training_waiting_list',
  'matches',
] as const;

describe('duplicate candidates and merge', () => {
  let h: Harness;
  let a: Client;
  let other: Client;
  let ids: { a: string; b: string };
  const count = async (table: string, id: string) =>
    Number(
      (
        await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)} where candidate_id = ${id}`.execute(
          h.deps.db,
        )
      ).rows[0]!.n,
    );

  beforeAll(async () => {
    h = await harness();
    await importTaxonomy(h.deps, systemContext, taxonomy);
    const partner = await makePartner(h.deps, 'Merge Partner');
    const partnerB = await makePartner(h.deps, 'Other Partner');
    a = await signedInClient(h, (await makeUser(h.deps, 'caseworker', partner.slug)).email);
    other = await signedInClient(h, (await makeUser(h.deps, 'caseworker', partnerB.slug)).email);
    const r1 = await a.request('POST', '/api/v1/matching/candidates', first);
    const r2 = await a.request('POST', '/api/v1/matching/candidates', second);
    expect(r1.statusCode, r1.body).toBe(201);
    expect(r2.statusCode, r2.body).toBe(201);
    ids = { a: r1.json().id, b: r2.json().id };
    // the second record has pipeline history, training and a match decision of its own
    const move = await a.request('POST', `/api/v1/matching/candidates/${ids.b}/stage`, {
      from: 'identified',
      to: 'assessed',
    });
    expect([200, 201], move.body).toContain(move.statusCode);
    const db = h.deps.db;
    const funder = (
      await sql<{ id: string }>`insert into training_funders (slug, name, kind) values ('merge-fund', 'Fund', 'charity')
        returning id`.execute(db)
    ).rows[0]!.id;
    const programme = (
      await sql<{ id: string }>`insert into training_programmes (slug, name, kind, weeks, pathway_step, priority_rules)
        values ('merge-ielts', 'IELTS', 'ielts', 12, 'english', '[]'::jsonb) returning id`.execute(db)
    ).rows[0]!.id;
    const cohort = (
      await sql<{
        id: string;
      }>`insert into training_cohorts (programme_id, funder_id, name, capacity, starts_on, ends_on)
        values (${programme}, ${funder}, 'Cohort 1', 10, '2026-01-05', '2026-03-30') returning id`.execute(db)
    ).rows[0]!.id;
    for (const [id, joined, token] of [
      [ids.a, '2026-02-01', 'a'],
      [ids.b, '2025-11-01', 'b'],
    ] as const)
      await sql`insert into training_waiting_list (programme_id, candidate_id, joined_on, token_hash)
        values (${programme}, ${id}, ${joined}, ${token.repeat(64)})`.execute(db);
    await sql`insert into training_enrolments (cohort_id, candidate_id, enrolled_on) values (${cohort}, ${ids.b}, '2026-01-05')`.execute(
      db,
    );
    await sql`insert into training_attendance (cohort_id, candidate_id, session_on, present)
      values (${cohort}, ${ids.b}, '2026-01-05', true), (${cohort}, ${ids.b}, '2026-01-12', false)`.execute(db);
    const opportunity = (
      await sql<{
        id: string;
      }>`insert into opportunities (partner_id, kind, title) values (${partner.id}, 'vacancy', 'Post')
        returning id`.execute(db)
    ).rows[0]!.id;
    await sql`insert into matches (opportunity_id, candidate_id, occupation_code, status, score, readiness, breakdown, reasons, gaps)
      values (${opportunity}, ${ids.b}, 'medical-doctor', 'confirmed', 70, 'ready', '[]', '[]', '[]')`.execute(db);
  });
  afterAll(() => h.close());

  it('finds the pair: similar name and the same date of birth, on the list and on the candidate', async () => {
    const list = await a.request('GET', '/api/v1/matching/duplicates');
    expect(list.statusCode, list.body).toBe(200);
    const pair = list.json().items[0];
    expect([pair.a.id, pair.b.id].sort()).toEqual([ids.a, ids.b].sort());
    expect(pair.reasons[0]).toMatch(/^similar name \(\d+% alike\) and same date of birth$/);
    const one = (await a.request('GET', `/api/v1/matching/candidates/${ids.a}/duplicates`)).json();
    expect(one.items.map((i: { candidate: { id: string } }) => i.candidate.id)).toEqual([ids.b]);
    // another partner sees neither the pair nor the records
    expect((await other.request('GET', '/api/v1/matching/duplicates')).json().total).toBe(0);
    expect((await other.request('GET', `/api/v1/matching/candidates/${ids.a}/duplicates`)).statusCode).toBe(404);
  });

  it('compares side by side (audited) and refuses a stale version or a self-merge with a 4xx', async () => {
    const cmp = await a.request('GET', `/api/v1/matching/candidates/${ids.a}/compare/${ids.b}`);
    expect(cmp.statusCode, cmp.body).toBe(200);
    expect(cmp.json().b.counts).toMatchObject({ englishTests: 1, stageMoves: 1, enrolments: 1, matches: 1 });
    const self = await a.request('POST', `/api/v1/matching/candidates/${ids.a}/merge`, {
      merged: ids.a,
      version: 1,
      mergedVersion: 1,
    });
    expect(self.statusCode).toBe(422);
    const stale = await a.request('POST', `/api/v1/matching/candidates/${ids.a}/merge`, {
      merged: ids.b,
      version: 99,
      mergedVersion: cmp.json().b.version,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().errors[0].path).toBe('body.version');
    expect(
      (
        await other.request('POST', `/api/v1/matching/candidates/${ids.a}/merge`, {
          merged: ids.b,
          version: 1,
          mergedVersion: 1,
        })
      ).statusCode,
    ).toBe(404);
  });

  it('merges in one transaction: nothing is lost, conflicts are explained, the other is a tombstone', async () => {
    const before: Record<string, number> = {};
    for (const t of childTables) before[t] = (await count(t, ids.a)) + (await count(t, ids.b));
    const cmp = (await a.request('GET', `/api/v1/matching/candidates/${ids.a}/compare/${ids.b}`)).json();
    const res = await a.request('POST', `/api/v1/matching/candidates/${ids.a}/merge`, {
      merged: ids.b,
      version: cmp.a.version,
      mergedVersion: cmp.b.version,
    });
    expect(res.statusCode, res.body).toBe(200);
    const out = res.json();
    for (const t of childTables) {
      // the tombstone keeps one row of its own: its withdrawal ("Merged into ...") in the pipeline history
      expect(await count(t, ids.b), `${t} left on the tombstone`).toBe(t === 'candidate_stage_moves' ? 1 : 0);
      expect(await count(t, ids.a), `${t} on the survivor`).toBe(before[t]);
    }
    // both waited for the same programme: one place open, with the earlier date joined
    const waiting = (
      await sql<{ joined_on: string }>`select joined_on::text as joined_on from training_waiting_list
        where candidate_id = ${ids.a} and status = 'waiting'`.execute(h.deps.db)
    ).rows;
    expect(waiting).toEqual([{ joined_on: '2025-11-01' }]);
    expect(out.filled).toEqual(expect.arrayContaining(['email', 'borough']));
    expect(out.conflicts.map((c: { field: string }) => c.field)).toEqual(
      expect.arrayContaining(['consent.matching', 'waiting-list']),
    );
    const detail = (await a.request('GET', `/api/v1/matching/candidates/${ids.a}`)).json();
    expect(detail.email).toBe(second.email);
    expect(detail.consents.matching).toBe(false); // the two records disagreed: no until the candidate confirms
    expect(detail.languages).toEqual(
      expect.arrayContaining([
        { language: 'ar', level: 'native' },
        { language: 'en', level: 'C1' },
      ]),
    );
    const tomb = (
      await sql<{
        merged_into: string;
        status: string;
        withdrawn_reason: string;
      }>`select merged_into, status, withdrawn_reason
        from candidates where id = ${ids.b}`.execute(h.deps.db)
    ).rows[0]!;
    expect(tomb).toMatchObject({ merged_into: ids.a, status: 'withdrawn' });
    expect(tomb.withdrawn_reason).toMatch(/^Merged into MC-/);
    const audit = await sql<{ n: number }>`select count(*)::int as n from audit_events
      where action = 'candidate.merge' and entity_id in (${ids.a}, ${ids.b})`.execute(h.deps.db);
    expect(audit.rows[0]!.n).toBe(2);
    const list = (await a.request('GET', '/api/v1/matching/candidates?q=Fictional')).json();
    expect(list.items.map((i: { id: string }) => i.id)).toEqual([ids.a]);
    expect((await a.request('GET', '/api/v1/matching/duplicates')).json().total).toBe(0);
    // merging the tombstone again is a conflict, not a second move
    const again = await a.request('POST', `/api/v1/matching/candidates/${ids.a}/merge`, {
      merged: ids.b,
      version: detail.version,
      mergedVersion: 3,
    });
    expect(again.statusCode).toBe(409);
  });
});
