import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../http/context';
import { harness, makePartner, type Harness } from '../../test/harness';
import { importTaxonomy } from '../assets/occupations.service';
import { scoringContext } from './features.service';
import { insertFeatures } from './features.repo';
import { bestMatch, rolePostOf, topCandidates, withRole } from './matches.search';
import type { CandidateFeatures } from './scoring.features.rules';
import type { MatchEvaluation, ScoringContext, VacancyFeatures } from './scoring.rules';

/**
 * The top-candidates search filters by a vacancy's interim-role eligibility BEFORE taking the top k (it used to drop
 * the excluded after, returning fewer than asked): asked for k, it gives k whenever k eligible candidates exist, and
 * exactly the top k of the eligible by brute force. Real SQL on PGlite; features written directly (fictional ids).
 */
const taxonomy = JSON.parse(readFileSync(new URL('../../../taxonomies/occupations.json', import.meta.url), 'utf8'));
const POOL = 30;

const msw: VacancyFeatures = {
  id: '00000000-0000-4000-8000-000000000001',
  partnerId: 'p',
  title: 'Medical support worker (test)',
  occupationCodes: ['medical-support-worker'],
  registration: null,
  dbs: 'enhanced',
  paid: true,
  cefr: 0,
  location: null,
  band: 6,
  role: 'medical-support-worker',
  hours: 'full-time',
  closesOn: null,
};

describe('top candidates: role eligibility is filtered before the top k', () => {
  let h: Harness;
  let ctx: ScoringContext;
  let ids: string[];
  let partnerId: string;
  beforeAll(async () => {
    h = await harness();
    await importTaxonomy(h.deps, systemContext, taxonomy);
    partnerId = (await makePartner(h.deps, 'Top-k Test Trust')).id;
    const res = await sql<{ id: string }>`
      insert into candidates (reference, partner_id, status, source, full_name, name_key, right_to_work, dbs)
      select 'MC-' || lpad(upper(to_hex(g + 536870912)), 8, '0'), ${partnerId}::uuid, 'active', 'intake', 'Topk Fictional ' || g, 'topk fictional ' || g,
             'full', 'enhanced-clear'
      from generate_series(1, ${POOL}) g returning id`.execute(h.deps.db);
    ids = res.rows.map((r) => r.id).sort();
    ctx = await scoringContext(h.deps);
  }, 240_000);
  afterAll(() => h.close());

  const featuresFor = (id: string, eligible: boolean, cefr: number): CandidateFeatures => ({
    candidateId: id,
    occupation: 'medical-doctor',
    partnerId,
    profession: 'doctor',
    regulator: 'GMC',
    rightToWork: 'full',
    rightToWorkExpiresOn: null,
    dbs: 'enhanced-clear',
    cefr,
    cefrSource: 'test',
    englishForRegulator: eligible ? 'met' : 'not-met',
    englishShortfall: eligible ? 0 : 0.5,
    stage: 0.25,
    registered: false,
    currentStep: 'plab1',
    stepsLeft: ['plab1', 'plab2'],
    readyInMonths: 12,
    readyBasis: 'estimate',
    staticOpen: ctx.config.weights.english * (cefr / 6) + ctx.config.weights.registration,
    staticReg: 0,
    location: null,
    rolesEligible: eligible ? ['medical-support-worker'] : [],
    roleGaps: eligible ? { 'medical-support-worker': ['evidence of 3 months in surgery (test)'] } : {},
    availability: { hoursPerWeek: null, from: null },
  });

  it('asked for k, gives min(k, eligible) results: the eligible top k, even when the excluded score higher', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ eligible: fc.boolean(), cefr: fc.integer({ min: 1, max: 6 }) }), {
          minLength: 1,
          maxLength: POOL,
        }),
        fc.integer({ min: 1, max: 12 }),
        async (people, k) => {
          const features = people.map((p, i) => featuresFor(ids[i]!, p.eligible, p.cefr));
          await sql`delete from candidate_match_features`.execute(h.deps.db);
          await insertFeatures(h.deps.db, features);
          const found = await topCandidates(h.deps.db, ctx, msw, k, null);
          const post = rolePostOf(ctx, msw);
          const brute = features
            .map((f) => {
              const m = bestMatch(ctx, msw, [f]);
              return m && withRole(ctx, post, f, m);
            })
            .filter((m): m is MatchEvaluation => m !== null)
            .sort((a, b) => b.total - a.total || (a.candidateId < b.candidateId ? -1 : 1))
            .slice(0, k);
          const eligible = people.filter((p) => p.eligible).length;
          expect(found).toHaveLength(Math.min(k, eligible));
          expect(found.map((m) => m.candidateId)).toEqual(brute.map((m) => m.candidateId));
          for (const m of found) {
            expect(m.reasons.join(' ')).toMatch(/eligible for the Medical Support Worker/);
            expect(m.gaps).toContain('evidence of 3 months in surgery (test)');
          }
        },
      ),
      { numRuns: 30 },
    );
  }, 240_000);

  it('a candidate whose features list no role verdicts matches no gated role (fails closed)', async () => {
    const f = featuresFor(ids[0]!, true, 6);
    delete f.rolesEligible;
    const m = bestMatch(ctx, msw, [f]);
    expect(m).not.toBeNull();
    expect(withRole(ctx, rolePostOf(ctx, msw), f, m!)).toBeNull();
  });
});
