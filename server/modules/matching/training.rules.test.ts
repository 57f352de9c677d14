import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  attendanceRate,
  englishGap,
  enrolmentProblem,
  nextCohorts,
  sessionProblem,
  type CohortFacts,
} from './training.rules';
import type { Eligibility } from './funders.rules';
import type { EnglishStatus } from './pathway.types';

const TODAY = '2026-12-01';
const cohort: CohortFacts = {
  id: 'c1',
  name: 'IELTS spring',
  capacity: 12,
  enrolled: 3,
  startsOn: '2027-01-11',
  endsOn: '2027-04-02',
  funder: 'Sandwell fund',
};
const ok = { eligible: true, failures: [] };

describe('enrolment', () => {
  it.each([
    ['a place free, eligible', cohort, ok, null],
    ['full', { ...cohort, enrolled: 12 }, ok, 'is full (12 of 12 places taken)'],
    ['ended', { ...cohort, startsOn: '2026-01-01', endsOn: '2026-03-01' }, ok, 'ended on 2026-03-01'],
    [
      'funder rule not met',
      cohort,
      {
        eligible: false,
        failures: [
          { rule: 'sandwell-residents', description: 'Sandwell residents only', reason: 'lives in Birmingham' },
        ],
      },
      'funder rule "sandwell-residents"',
    ],
  ] as const)('%s', (_n, c, e, message) => {
    const p = enrolmentProblem(c, e as unknown as Eligibility, TODAY);
    if (message === null) expect(p).toBeNull();
    else expect(p!.message).toContain(message);
  });
});

describe('attendance sessions', () => {
  const running = { startsOn: '2026-11-01', endsOn: '2027-01-31' };
  it.each([
    ['today', TODAY, null],
    ['future', '2026-12-02', 'future'],
    ['before the cohort', '2026-10-31', 'runs from'],
  ] as const)('%s', (_n, d, message) => {
    const p = sessionProblem(running, d, TODAY);
    if (message === null) expect(p).toBeNull();
    else expect(p!.message).toContain(message);
  });

  it('rates attendance as a whole percentage', () => {
    expect(attendanceRate([])).toBeNull();
    expect(attendanceRate([{ present: true }, { present: false }, { present: true }])).toBe(67);
  });
});

describe('the English gap', () => {
  const status = (a: Partial<EnglishStatus['assessments'][number]>[], s: EnglishStatus['status'] = 'not-met') =>
    ({ status: s, by: null, assessments: a }) as EnglishStatus;
  it('adds the overall and per-skill shortfalls (GMC: 7.0/7.0/6.5/7.0 is 0.5 + 0.5 short)', () => {
    const gap = englishGap(
      status([
        {
          status: 'not-met',
          test: 'ielts',
          basedOn: ['t1'],
          overall: { score: 7, required: 7.5, shortfall: 0.5 },
          shortfalls: [{ skill: 'writing', score: 6.5, required: 7, shortfall: 0.5 }],
        },
      ]),
    );
    expect(gap).toEqual({ status: 'not-met', gap: 1 });
  });
  it('reads OET points in hundreds, and knows nothing without a result', () => {
    const oet = status([
      {
        status: 'not-met',
        test: 'oet',
        basedOn: ['t'],
        overall: null,
        shortfalls: [{ skill: 'writing', score: 300, required: 350, shortfall: 50 }],
      },
    ]);
    expect(englishGap(oet).gap).toBe(0.5);
    expect(englishGap(null)).toEqual({ status: 'unknown', gap: null });
    expect(englishGap(status([], 'met'))).toEqual({ status: 'met', gap: 0 });
  });
});

describe('next cohorts (property)', () => {
  const day = fc
    .integer({ min: -60, max: 300 })
    .map((n) => new Date(Date.parse(`${TODAY}T00:00:00Z`) + n * 864e5).toISOString().slice(0, 10));
  const cohorts = fc.uniqueArray(
    fc.record({
      id: fc.uuid(),
      capacity: fc.integer({ min: 1, max: 20 }),
      enrolled: fc.integer({ min: 0, max: 20 }),
      startsOn: day,
      funder: fc.constantFrom('A', 'B'),
    }),
    { selector: (c) => c.id, maxLength: 20 },
  );
  it('offers only coming cohorts with a free place and an eligible funder, soonest first', () => {
    fc.assert(
      fc.property(cohorts, (cs) => {
        const all = cs.map((c) => ({ ...c, name: c.id, endsOn: '2099-01-01' }));
        const next = nextCohorts(all, (c) => c.funder === 'A', TODAY);
        for (const c of next) {
          expect(c.startsOn >= TODAY && c.enrolled < c.capacity && c.funder === 'A').toBe(true);
        }
        const expected = all.filter((c) => c.startsOn >= TODAY && c.enrolled < c.capacity && c.funder === 'A');
        expect(next).toHaveLength(expected.length);
        for (let i = 1; i < next.length; i++) expect(next[i - 1]!.startsOn <= next[i]!.startsOn).toBe(true);
      }),
    );
  });
});
