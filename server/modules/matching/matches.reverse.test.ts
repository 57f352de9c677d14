import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankVacancies, type OpenVacancy } from './matches.reverse';
import { bestMatch } from './matches.search';
import { referenceData } from './reference';
import { scoringConfig } from './scoring.config';
import { candidateFeatures, type MatchFacts } from './scoring.features.rules';
import type { OccupationInfo } from './scoring.occupations.rules';
import type { ScoringContext, VacancyFeatures } from './scoring.rules';
import type { VacancyFeatureRow } from './vacancies.repo';

const today = '2026-12-02';
const ref = referenceData();
const config = scoringConfig();
const taxonomy = JSON.parse(readFileSync(new URL('../../../taxonomies/occupations.json', import.meta.url), 'utf8')) as {
  occupations: { code: string; isco08: string; regulated: boolean; regulator: string | null; labels: { en: string } }[];
};
const occupations = new Map<string, OccupationInfo>(
  taxonomy.occupations.map((o) => [o.code, { ...o, label: o.labels.en }]),
);
const ctx: ScoringContext = { ref, occupations, config, today };

const codes = ['medical-doctor', 'nurse-adult', 'midwife', 'healthcare-assistant', 'care-worker', 'pharmacist'].filter(
  (c) => occupations.has(c),
);
const places = [null, { lat: 52.49, lng: -1.95 }, { lat: 52.5, lng: -1.9 }, { lat: 52.6, lng: -2.1 }];

const vacancy = fc.record({
  codes: fc.subarray(codes, { minLength: 1, maxLength: 2 }),
  registration: fc.constantFrom(null, 'GMC', 'NMC'),
  dbs: fc.constantFrom('none', 'basic', 'enhanced'),
  paid: fc.boolean(),
  cefr: fc.integer({ min: 0, max: 6 }),
  place: fc.constantFrom(...places),
});
const candidate = fc.record({
  codes: fc.subarray(codes, { minLength: 1, maxLength: 2 }),
  rightToWork: fc.constantFrom('full', 'unknown', 'asylum-seeker', 'restricted-visa'),
  expired: fc.boolean(),
  dbs: fc.constantFrom('unknown', 'basic-clear', 'enhanced-clear', 'barred'),
  overall: fc.constantFrom(null, 5.5, 6.5, 7, 7.5),
  place: fc.constantFrom(...places),
});

describe('the reverse search ranks exactly', () => {
  it('gives the same top k as scoring every vacancy (best first, ties by id)', () => {
    fc.assert(
      fc.property(
        fc.array(vacancy, { minLength: 0, maxLength: 40 }),
        candidate,
        fc.integer({ min: 1, max: 8 }),
        (vs, c, k) => {
          const open: OpenVacancy[] = vs.map((x, i) => {
            const v: VacancyFeatures = {
              id: `v${String(i).padStart(3, '0')}`,
              partnerId: 'p',
              title: 't',
              occupationCodes: x.codes,
              registration: x.registration,
              dbs: x.dbs as VacancyFeatures['dbs'],
              paid: x.paid,
              cefr: x.cefr,
              location: x.place,
              band: null,
            };
            return { v, row: { opportunity_id: v.id } as VacancyFeatureRow };
          });
          const byCode = new Map<string, OpenVacancy[]>();
          for (const o of open)
            for (const code of o.v.occupationCodes) byCode.set(code, [...(byCode.get(code) ?? []), o]);
          const features = c.codes.map((occupation) => {
            const facts: MatchFacts = {
              candidateId: 'c',
              partnerId: 'p',
              occupation,
              progress: [],
              english: c.overall
                ? [
                    {
                      id: 't',
                      test: 'ielts',
                      variant: 'academic',
                      date: '2026-06-01',
                      scores: { listening: c.overall, reading: c.overall, writing: c.overall, speaking: c.overall },
                    },
                  ]
                : [],
              rightToWork: c.rightToWork as MatchFacts['rightToWork'],
              rightToWorkExpiresOn: c.expired ? '2026-01-01' : null,
              dbs: c.dbs as MatchFacts['dbs'],
              yearsOfPractice: 3,
              specialties: [],
              previousRoles: [],
              location: c.place,
              selfRatedEnglish: null,
            };
            return candidateFeatures(ref, config, facts, today);
          });
          const brute = open
            .flatMap((o) => {
              const m = bestMatch(ctx, o.v, features);
              return m ? [{ id: o.v.id, total: m.total }] : [];
            })
            .sort((a, b) => (Math.abs(a.total - b.total) > 1e-9 ? b.total - a.total : a.id < b.id ? -1 : 1))
            .slice(0, k);
          const ranked = rankVacancies(ctx, features, byCode, k).map((f) => ({
            id: f.vacancy.opportunity_id,
            total: f.match.total,
          }));
          expect(ranked).toEqual(brute);
        },
      ),
      { numRuns: 300 },
    );
  });
});
