import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ieltsOverall, oetGrade, validateResult, type IeltsResult, type OetResult } from './english.rules';
import { assessRule, rulesFor } from './shortfall.rules';
import { referenceData } from './reference';
import { skills } from './reference.schemas';

const ref = referenceData();
const table = ref.english.oetGrades;
const TODAY = '2026-11-22';
const rule = (id: string) => ref.english.rules.find((r) => r.id === id)!;

let n = 0;
const ielts = (L: number, R: number, W: number, S: number, date = '2026-06-01'): IeltsResult => ({
  id: `ielts-${++n}`,
  test: 'ielts',
  variant: 'academic',
  date,
  scores: { listening: L, reading: R, writing: W, speaking: S },
});
const oet = (variant: string, L: number, R: number, W: number, S: number, date = '2026-06-01'): OetResult => ({
  id: `oet-${++n}`,
  test: 'oet',
  variant,
  date,
  scores: { listening: L, reading: R, writing: W, speaking: S },
});

describe('IELTS overall band (reference line 37: mean rounded to the nearest half band, .25 up, .75 up)', () => {
  it.each([
    [[6.5, 5, 7, 6.5], 6.5, 'the reference example 6.25 -> 6.5'],
    [[7, 7, 6.5, 7], 7, '6.875 -> 7.0'],
    [[6, 6, 6, 6.5], 6, '6.125 -> 6.0'],
    [[6.5, 6.5, 7, 7], 7, '6.75 -> 7.0'],
    [[6, 6.5, 6.5, 6.5], 6.5, '6.375 -> 6.5'],
    [[6.5, 6.5, 6.5, 7], 6.5, '6.625 -> 6.5'],
    [[0, 0, 0, 0.5], 0, '0.125 -> 0'],
    [[9, 9, 9, 9], 9, 'the top band'],
  ])('%j -> %d (%s)', (bands, expected) => {
    const [listening, reading, writing, speaking] = bands as [number, number, number, number];
    expect(ieltsOverall({ listening, reading, writing, speaking })).toBe(expected);
  });

  const band = fc.integer({ min: 0, max: 18 }).map((h) => h / 2);
  const scores = fc.record({ listening: band, reading: band, writing: band, speaking: band });

  it('is always a half band between the lowest and highest skill', () => {
    fc.assert(
      fc.property(scores, (s) => {
        const overall = ieltsOverall(s);
        const values = skills.map((k) => s[k]);
        expect(Number.isInteger(overall * 2)).toBe(true);
        expect(overall).toBeGreaterThanOrEqual(Math.min(...values));
        expect(overall).toBeLessThanOrEqual(Math.max(...values));
        expect(Math.abs(overall - values.reduce((a, b) => a + b) / 4)).toBeLessThanOrEqual(0.25);
      }),
    );
  });

  it('never goes down when one skill goes up', () => {
    fc.assert(
      fc.property(scores, fc.constantFrom(...skills), (s, k) => {
        fc.pre(s[k] < 9);
        expect(ieltsOverall({ ...s, [k]: s[k] + 0.5 })).toBeGreaterThanOrEqual(ieltsOverall(s));
      }),
    );
  });
});

describe('impossible scores are refused by name', () => {
  it.each([
    [ielts(9.5, 7, 7, 7), 'ielts-score-out-of-range', 'listening'],
    [ielts(7, -1, 7, 7), 'ielts-score-out-of-range', 'reading'],
    [ielts(7, 7, 6.7, 7), 'ielts-score-not-half-band', 'writing'],
    [ielts(7, 7, 7, 7.25), 'ielts-score-not-half-band', 'speaking'],
    [{ ...ielts(7, 7, 6.5, 7), reportedOverall: 7.5 }, 'ielts-overall-mismatch', 'overall'],
    [ielts(7, 7, 7, 7, '2027-01-01'), 'test-date-in-future', 'date'],
    [ielts(7, 7, 7, 7, '2026-02-30'), 'test-date-invalid', 'date'],
    [oet('medicine', 510, 350, 350, 350), 'oet-score-out-of-range', 'listening'],
    [oet('medicine', 350, 345, 350, 350), 'oet-score-not-in-steps', 'reading'],
    [{ ...oet('medicine', 350, 350, 340, 350), grades: { writing: 'B' as const } }, 'oet-grade-mismatch', 'writing'],
  ])('%#: %s at %s', (result, code, path) => {
    expect(validateResult(result, table, TODAY)).toContainEqual(expect.objectContaining({ code, path }));
  });

  it('accepts a possible result, and a grade letter that agrees with its score', () => {
    expect(validateResult({ ...ielts(7, 7, 6.5, 7), reportedOverall: 7 }, table, TODAY)).toEqual([]);
    const graded = { ...oet('nursing', 450, 350, 300, 290), grades: { listening: 'A', writing: 'C+', speaking: 'C' } };
    expect(validateResult(graded as OetResult, table, TODAY)).toEqual([]);
  });
});

describe('OET score to grade (reference lines 127-133)', () => {
  it.each([
    [500, 'A'],
    [450, 'A'],
    [440, 'B'],
    [350, 'B'],
    [340, 'C+'],
    [300, 'C+'],
    [290, 'C'],
    [200, 'C'],
    [190, 'D'],
    [100, 'D'],
    [90, 'E'],
    [0, 'E'],
  ])('%d is %s', (score, grade) => expect(oetGrade(score, table)).toBe(grade));

  it('gives every score in steps of 10 exactly one grade, never lower for a higher score', () => {
    const rank = ['E', 'D', 'C', 'C+', 'B', 'A'];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 49 }), (t) => {
        const [a, b] = [oetGrade(t * 10, table), oetGrade(t * 10 + 10, table)];
        expect(a).not.toBeNull();
        expect(rank.indexOf(b!)).toBeGreaterThanOrEqual(rank.indexOf(a!));
      }),
    );
  });
});

type Case = [name: string, ruleId: string, results: (IeltsResult | OetResult)[], status: string, gaps: string[]];
const gapsOf = (a: ReturnType<typeof assessRule>) => [
  ...(a?.overall && a.overall.shortfall > 0 ? [`overall ${a.overall.shortfall}`] : []),
  ...(a?.shortfalls ?? []).map((g) => `${g.skill} ${g.shortfall}`),
];

describe('one case per regulator rule in the reference (section 2.1)', () => {
  const cases: Case[] = [
    [
      'line 26 GMC IELTS: 7.0/7.0/6.5/7.0 is overall 7.0, short 0.5 overall and 0.5 in writing',
      'gmc-ielts',
      [ielts(7, 7, 6.5, 7)],
      'not-met',
      ['overall 0.5', 'writing 0.5'],
    ],
    ['line 26 GMC IELTS: 7.5 overall with 7.0 in each skill meets it', 'gmc-ielts', [ielts(7.5, 8, 7, 7.5)], 'met', []],
    [
      'line 26 GMC IELTS: only the most recent sitting counts, even when an earlier one met the rule',
      'gmc-ielts',
      [ielts(8, 8, 7.5, 8, '2026-02-01'), ielts(7, 7, 6.5, 7, '2026-05-01')],
      'not-met',
      ['overall 0.5', 'writing 0.5'],
    ],
    [
      'line 33 GDC IELTS: one test result, so two sittings do not combine (the better single one is reported)',
      'gdc-ielts',
      [ielts(7.5, 7.5, 6, 7.5, '2026-03-01'), ielts(6, 6, 7.5, 6, '2026-05-01')],
      'not-met',
      ['writing 0.5'],
    ],
    [
      'line 26 GMC IELTS: older than 2 years no longer counts',
      'gmc-ielts',
      [ielts(8, 8, 8, 8, '2024-11-01')],
      'not-met',
      [],
    ],
    [
      'line 26 GMC IELTS: General Training is not IELTS Academic',
      'gmc-ielts',
      [{ ...ielts(8, 8, 8, 8), variant: 'general-training' }],
      'none',
      [],
    ],
    ['line 27 GMC OET Medicine: B (350) in each', 'gmc-oet', [oet('medicine', 350, 360, 350, 400)], 'met', []],
    [
      'line 27 GMC OET Medicine: C+ writing is short by 50',
      'gmc-oet',
      [oet('medicine', 400, 400, 300, 400)],
      'not-met',
      ['writing 50'],
    ],
    [
      'line 27 GMC OET: combining sittings is unverified, so not done',
      'gmc-oet',
      [oet('medicine', 400, 400, 300, 400, '2026-03-01'), oet('medicine', 300, 300, 400, 300, '2026-04-01')],
      'not-met',
      ['writing 50'],
    ],
    ['line 28 NMC IELTS: writing 6.5 with 7.0 elsewhere meets it', 'nmc-ielts', [ielts(7, 7, 6.5, 7)], 'met', []],
    ['line 28 NMC IELTS: writing 6.0 is short by 0.5', 'nmc-ielts', [ielts(7.5, 7, 6, 7)], 'not-met', ['writing 0.5']],
    [
      'line 28 NMC IELTS: two sittings within 6 months combine',
      'nmc-ielts',
      [ielts(7, 7, 6.5, 6.5, '2026-03-01'), ielts(6.5, 7.5, 7, 7.5, '2026-07-01')],
      'met',
      [],
    ],
    [
      'line 28 NMC IELTS: two sittings 7 months apart do not combine',
      'nmc-ielts',
      [ielts(7, 7, 6.5, 6.5, '2026-01-01'), ielts(6.5, 7.5, 7, 7.5, '2026-08-15')],
      'not-met',
      ['listening 0.5'],
    ],
    [
      'line 28 NMC IELTS: a sitting with a skill below 6.5 cannot be combined',
      'nmc-ielts',
      [ielts(7.5, 7.5, 6, 7.5, '2026-03-01'), ielts(7, 7, 6.5, 6.5, '2026-04-01')],
      'not-met',
      ['speaking 0.5'],
    ],
    ['line 29 NMC OET: writing C+ (300), others B (350)', 'nmc-oet', [oet('nursing', 350, 350, 300, 350)], 'met', []],
    [
      'line 29 NMC OET: writing C (290) is short by 10',
      'nmc-oet',
      [oet('midwifery', 350, 350, 290, 350)],
      'not-met',
      ['writing 10'],
    ],
    [
      'line 29 NMC OET: two sittings within 6 months combine, none below C+',
      'nmc-oet',
      [oet('nursing', 350, 300, 300, 350, '2026-03-01'), oet('nursing', 300, 350, 300, 350, '2026-05-01')],
      'met',
      [],
    ],
    [
      'line 29 NMC OET: a sitting with a grade below C+ cannot be combined (ties go to the later sitting)',
      'nmc-oet',
      [oet('nursing', 350, 290, 300, 350, '2026-03-01'), oet('nursing', 290, 350, 300, 350, '2026-05-01')],
      'not-met',
      ['listening 60'],
    ],
    ['line 7/30 HCPC IELTS: 7.0 overall, none below 6.5', 'hcpc-ielts', [ielts(7, 7, 6.5, 7.5)], 'met', []],
    [
      'line 7/30 HCPC IELTS: 6.0 in one skill fails even with 7.0 overall',
      'hcpc-ielts',
      [ielts(7.5, 7.5, 6, 7.5)],
      'not-met',
      ['writing 0.5'],
    ],
    [
      'line 7/31 HCPC speech and language therapists: 8.0, none below 7.5',
      'hcpc-slt-ielts',
      [ielts(8, 8, 7.5, 8.5)],
      'met',
      [],
    ],
    [
      'line 7/31 HCPC SLT: 7.5 overall is short by 0.5',
      'hcpc-slt-ielts',
      [ielts(7.5, 7.5, 7.5, 7.5)],
      'not-met',
      ['overall 0.5'],
    ],
    [
      'line 10/30 HCPC OET: accepted from 29 Jan 2025 but grades not in the reference, so unknown',
      'hcpc-oet',
      [oet('medicine', 500, 500, 500, 500)],
      'unknown',
      [],
    ],
    ['line 32 GPhC IELTS: 7.0 in each and overall', 'gphc-ielts', [ielts(7, 7, 7, 7)], 'met', []],
    [
      'line 32 GPhC IELTS: writing 6.5 (the unverified 2026 claim) is not enough',
      'gphc-ielts',
      [ielts(7.5, 7.5, 6.5, 7.5)],
      'not-met',
      ['writing 0.5'],
    ],
    ['line 32 GPhC OET Pharmacy: B in each', 'gphc-oet', [oet('pharmacy', 350, 350, 350, 350)], 'met', []],
    ['line 33 GDC IELTS: 7.0 overall, 6.5 in each', 'gdc-ielts', [ielts(7, 7.5, 6.5, 7)], 'met', []],
    [
      'line 33 GDC IELTS: 6.5 overall is short by 0.5',
      'gdc-ielts',
      [ielts(6.5, 6.5, 6.5, 7)],
      'not-met',
      ['overall 0.5'],
    ],
    [
      'line 33 GDC OET Dentistry: B in each; Medicine OET is another test',
      'gdc-oet',
      [oet('medicine', 400, 400, 400, 400)],
      'none',
      [],
    ],
    [
      'line 33 GDC OET Dentistry: speaking C+ is short by 50',
      'gdc-oet',
      [oet('dentistry', 400, 400, 400, 300)],
      'not-met',
      ['speaking 50'],
    ],
  ];

  it.each(cases)('%s', (_name, ruleId, results, status, gaps) => {
    const a = assessRule(rule(ruleId), results, table, TODAY);
    if (status === 'none') return expect(a).toBeNull();
    expect(a?.status).toBe(status);
    expect(gapsOf(a)).toEqual(gaps);
  });

  it('applies a rule only while it is in force (validFrom / validTo)', () => {
    const nmc = rule('nmc-ielts');
    const superseded = { ...nmc, id: 'nmc-ielts-old', validFrom: '2010-01-01', validTo: '2018-12-05' };
    const file = { ...ref.english, rules: [superseded, nmc] };
    expect(rulesFor(file, 'nurse', '2018-12-04').map((r) => r.id)).toEqual(['nmc-ielts-old']);
    expect(rulesFor(file, 'nurse', '2018-12-05').map((r) => r.id)).toEqual(['nmc-ielts']);
    expect(rulesFor(ref.english, 'hcpc-ahp', '2025-01-28').map((r) => r.id)).toEqual(['hcpc-ielts']);
    expect(rulesFor(ref.english, 'hcpc-ahp', '2025-01-29').map((r) => r.id)).toEqual(['hcpc-ielts', 'hcpc-oet']);
  });

  it('line 26: the expiry of the result used is its date plus 2 years', () => {
    expect(assessRule(rule('gmc-ielts'), [ielts(8, 8, 8, 8, '2025-02-28')], table, TODAY)?.expiresOn).toBe(
      '2027-02-28',
    );
  });

  it('never reports a shortfall on a skill that meets its minimum, and meets the rule only with no shortfall', () => {
    const band = fc.integer({ min: 8, max: 18 }).map((h) => h / 2);
    fc.assert(
      fc.property(
        fc.constantFrom(...ref.english.rules.filter((r) => r.test === 'ielts')),
        band,
        band,
        band,
        band,
        (r, L, R, W, S) => {
          const a = assessRule(r, [ielts(L, R, W, S)], table, TODAY)!;
          for (const g of a.shortfalls) expect(g.score).toBeLessThan(g.required);
          expect(a.status === 'met').toBe(a.shortfalls.length === 0 && (a.overall?.shortfall ?? 0) === 0);
        },
      ),
    );
  });
});
