import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths } from './dates.rules';
import { referenceData } from './reference';
import { scoringConfig } from './scoring.config';
import { candidateFeatures, type MatchFacts } from './scoring.features.rules';
import { fitsForVacancy, occupationFit, registrationNeeded, type OccupationInfo } from './scoring.occupations.rules';
import { evaluateMatch, staticScore, upperBound, type ScoringContext, type VacancyFeatures } from './scoring.rules';

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

const base: MatchFacts = {
  candidateId: 'c1',
  partnerId: 'p1',
  occupation: 'medical-doctor',
  progress: [{ step: 'pmq-acceptable', outcome: 'passed', date: addMonths(today, -10) }],
  english: [
    {
      id: 't1',
      test: 'ielts',
      variant: 'academic',
      date: addMonths(today, -3),
      scores: { listening: 7, reading: 7, writing: 6.5, speaking: 7 },
    },
  ],
  rightToWork: 'full',
  rightToWorkExpiresOn: null,
  dbs: 'enhanced-clear',
  yearsOfPractice: 4,
  specialties: ['medicine'],
  previousRoles: [],
  location: { lat: 52.49, lng: -1.95 },
  selfRatedEnglish: null,
};
const csw: VacancyFeatures = {
  id: 'v1',
  partnerId: 'p2',
  title: 'Clinical support worker',
  occupationCodes: ['healthcare-assistant'],
  registration: null,
  dbs: 'enhanced',
  paid: true,
  cefr: 4,
  location: { lat: 52.495, lng: -1.956 },
  band: 3,
};
const staffNurse: VacancyFeatures = { ...csw, id: 'v2', occupationCodes: ['nurse-adult'], band: 5 };

function evaluate(v: VacancyFeatures, facts: MatchFacts) {
  const f = candidateFeatures(ref, config, facts, today);
  const registration = registrationNeeded(occupations, v);
  const fit = fitsForVacancy(ref, occupations, v.occupationCodes, registration).get(f.occupation);
  return fit ? { result: evaluateMatch(ctx, v, fit, f), fit, features: f, registration } : null;
}

describe('gates (fail closed)', () => {
  it.each([
    ['full', 'ready'],
    ['asylum-seeker', 'excluded'],
    ['none', 'excluded'],
    ['unknown', 'excluded'],
    ['restricted-visa', 'excluded'],
    ['asylum-seeker-permitted', 'excluded'],
  ] as const)('right to work %s on a paid role: %s', (rightToWork, expected) => {
    const r = evaluate(csw, { ...base, rightToWork })!.result;
    expect('excluded' in r ? 'excluded' : r.readiness).toBe(expected);
  });

  it('an unpaid role does not need the right to work', () => {
    const r = evaluate({ ...csw, paid: false }, { ...base, rightToWork: 'asylum-seeker' })!.result;
    expect('excluded' in r).toBe(false);
  });

  it('a right to work that has ended excludes', () => {
    const r = evaluate(csw, { ...base, rightToWorkExpiresOn: addMonths(today, -1) })!.result;
    expect(r).toMatchObject({ excluded: { gate: 'right-to-work', outcome: 'fail' } });
  });

  it.each([
    ['enhanced-clear', 'ready'],
    ['in-progress', 'needs-evidence'],
    ['unknown', 'needs-evidence'],
    ['barred', 'excluded'],
  ] as const)('DBS %s: %s', (dbs, expected) => {
    const r = evaluate(csw, { ...base, dbs })!.result;
    expect('excluded' in r ? 'excluded' : r.readiness).toBe(expected);
  });

  it('a regulated role needs registration even when the employer did not ask (NMC for a staff nurse)', () => {
    expect(registrationNeeded(occupations, staffNurse)).toBe('NMC');
    expect(evaluate(staffNurse, base)).toBeNull(); // a doctor does not fit a nursing post
    const nurse = evaluate(staffNurse, { ...base, occupation: 'nurse-adult', progress: [] })!.result;
    expect(nurse).toMatchObject({ readiness: 'future' });
  });
});

describe('occupation fit', () => {
  it.each([
    ['healthcare-assistant', null, 'healthcare-assistant', 'same', 1],
    ['healthcare-assistant', null, 'medical-doctor', 'interim', 0.8],
    ['healthcare-assistant', null, 'maternity-support-worker', 'isco-unit', 0.7],
    ['nurse-adult', 'NMC', 'nurse-child', 'same-profession', 0.7],
    ['nurse-adult', 'NMC', 'medical-doctor', null, null],
    ['electrician', null, 'medical-doctor', null, null],
  ] as const)('%s (%s) from %s: %s', (vacancy, registration, candidate, kind, value) => {
    const fit = occupationFit(ref, occupations, vacancy, registration, candidate);
    expect(fit?.kind ?? null).toBe(kind);
    expect(fit?.value ?? null).toBe(value);
  });
});

const facts = fc.record({
  rightToWork: fc.constantFrom('full', 'asylum-seeker', 'unknown', 'restricted-visa') as fc.Arbitrary<
    MatchFacts['rightToWork']
  >,
  dbs: fc.constantFrom('enhanced-clear', 'basic-clear', 'in-progress', 'unknown') as fc.Arbitrary<MatchFacts['dbs']>,
  occupation: fc.constantFrom('medical-doctor', 'nurse-adult', 'healthcare-assistant', 'midwife', 'care-worker'),
  writing: fc.constantFrom(5, 5.5, 6, 6.5, 7, 7.5, 8),
  lat: fc.double({ min: 52.3, max: 52.7, noNaN: true }),
  lng: fc.double({ min: -2.2, max: -1.7, noNaN: true }),
});
const toFacts = (x: Record<string, unknown>): MatchFacts => ({
  ...base,
  rightToWork: x.rightToWork as MatchFacts['rightToWork'],
  dbs: x.dbs as MatchFacts['dbs'],
  occupation: x.occupation as string,
  english: [{ ...base.english[0]!, scores: { listening: 7, reading: 7, writing: x.writing as number, speaking: 7 } }],
  location: { lat: x.lat as number, lng: x.lng as number },
});

describe('properties', () => {
  it('no score exceeds the upper bound the search stops on, and scores stay within 0..100', () => {
    fc.assert(
      fc.property(facts, fc.constantFrom(csw, staffNurse), (x, v) => {
        const e = evaluate(v, toFacts(x));
        if (!e || 'excluded' in e.result) return;
        expect(e.result.total).toBeLessThanOrEqual(
          upperBound(config, e.fit, staticScore(e.features, e.registration)) + 1e-12,
        );
        expect(e.result.score).toBeGreaterThanOrEqual(0);
        expect(e.result.score).toBeLessThanOrEqual(100);
      }),
    );
  });

  it('protected characteristics, nationality and the dates of a qualification change nothing', () => {
    // The facts the rules take have no name, birth date, sex, ethnicity, religion or nationality at all; what a
    // caller might still pass (extra fields, a qualification's country, an old year: a displacement gap) is ignored.
    fc.assert(
      fc.property(
        facts,
        fc.record({
          dateOfBirth: fc.date({ min: new Date('1950-01-01'), max: new Date('2005-01-01'), noInvalidDate: true }),
          sex: fc.constantFrom('female', 'male', 'other'),
          nationality: fc.constantFrom('SY', 'AF', 'ER', 'GB', 'UA'),
          ethnicity: fc.string(),
          immigrationStatus: fc.string(),
          yearsOfPractice: fc.integer({ min: 0, max: 40 }),
          qualificationYear: fc.integer({ min: 1970, max: 2025 }),
        }),
        (x, protectedFacts) => {
          const plain = evaluate(csw, toFacts(x));
          const withMore = evaluate(csw, { ...toFacts(x), ...protectedFacts } as MatchFacts);
          expect(withMore).toEqual(plain);
        },
      ),
    );
  });

  it('a career gap costs nothing: years of practice and old test dates within validity do not change a score', () => {
    fc.assert(
      fc.property(facts, fc.integer({ min: 0, max: 40 }), (x, years) => {
        const a = evaluate(csw, { ...toFacts(x), yearsOfPractice: years });
        const b = evaluate(csw, { ...toFacts(x), yearsOfPractice: 0 });
        expect(a).toEqual(b);
      }),
    );
  });

  it('a candidate nearer the vacancy never scores lower, everything else equal', () => {
    fc.assert(
      fc.property(facts, (x) => {
        const far = evaluate(csw, { ...toFacts(x), location: { lat: 52.9, lng: -2.4 } });
        const near = evaluate(csw, { ...toFacts(x), location: csw.location });
        if (!far || 'excluded' in far.result || 'excluded' in near!.result) return;
        expect(near!.result.total).toBeGreaterThanOrEqual(far.result.total);
      }),
    );
  });
});
