import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../http/context';
import { harness, makePartner, makeUser, signedInClient, type Client, type Harness } from '../../test/harness';
import { importTaxonomy } from '../assets/occupations.service';
import { addMonths } from './dates.rules';
import { ensureFresh } from './features.service';

/** Fictional people only. Features follow every change of a candidate's facts, through the triggers (migration 0023). */
const monthsAgo = (n: number) => addMonths(new Date().toISOString().slice(0, 10), -n);
const taxonomy = JSON.parse(readFileSync(new URL('../../../taxonomies/occupations.json', import.meta.url), 'utf8'));

describe('match features are refreshed exactly when facts change', () => {
  let h: Harness;
  let caseworker: Client;
  let id: string;
  const dirty = async () =>
    (await sql<{ candidate_id: string }>`select candidate_id from candidate_match_dirty`.execute(h.deps.db)).rows.map(
      (r) => r.candidate_id,
    );
  const features = async () =>
    (
      await sql<{
        english_for_regulator: string;
        occupation_code: string;
      }>`select english_for_regulator, occupation_code
        from candidate_match_features where candidate_id = ${id} order by occupation_code`.execute(h.deps.db)
    ).rows;
  beforeAll(async () => {
    h = await harness();
    await importTaxonomy(h.deps, systemContext, taxonomy);
    const partner = await makePartner(h.deps, 'Features Test Trust');
    caseworker = await signedInClient(h, (await makeUser(h.deps, 'caseworker', partner.slug)).email);
    await ensureFresh(h.deps); // builds the (empty) features and marks them built
    const res = await caseworker.request('POST', '/api/v1/matching/candidates', {
      fullName: 'Fenna Fictional-Features',
      rightToWork: 'full',
      qualifications: [{ occupation: 'medical-doctor', country: 'SY', yearsOfPractice: 4, specialties: [] }],
      englishTests: [
        {
          test: 'ielts',
          variant: 'academic',
          date: monthsAgo(3),
          scores: { listening: 7, reading: 7, writing: 6.5, speaking: 7 },
        },
      ],
      consents: { matching: true },
    });
    expect(res.statusCode, res.body).toBe(201);
    id = (res.json() as { id: string }).id;
  }, 240_000);
  afterAll(() => h.close());

  it('lists a new or changed candidate, and the next search refreshes exactly them', async () => {
    expect(await dirty()).toContain(id);
    await ensureFresh(h.deps);
    expect(await dirty()).toEqual([]);
    expect(await features()).toEqual([{ english_for_regulator: 'not-met', occupation_code: 'medical-doctor' }]);

    await sql`update candidate_english_tests set listening = 8, reading = 8, writing = 8, speaking = 8
      where candidate_id = ${id}`.execute(h.deps.db);
    expect(await dirty()).toEqual([id]);
    await ensureFresh(h.deps);
    expect(await features()).toEqual([{ english_for_regulator: 'met', occupation_code: 'medical-doctor' }]);

    await sql`delete from candidate_qualifications where candidate_id = ${id}`.execute(h.deps.db);
    await ensureFresh(h.deps);
    expect(await features()).toEqual([]);
    await ensureFresh(h.deps); // nothing left to do: no candidate is refreshed again
    expect(await dirty()).toEqual([]);
  });
});
