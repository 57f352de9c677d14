import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IeltsResult } from './english.rules';
import { computePathway, type PathwayFacts, type StepProgress } from './pathway.rules';
import { referenceData } from './reference';

const ref = referenceData();
const TODAY = '2026-11-22';
const ielts = (id: string, L: number, R: number, W: number, S: number, date = '2026-06-01'): IeltsResult => ({
  id,
  test: 'ielts',
  variant: 'academic',
  date,
  scores: { listening: L, reading: R, writing: W, speaking: S },
});
const facts = (
  occupation: string | null,
  progress: StepProgress[] = [],
  english: IeltsResult[] = [],
): PathwayFacts => ({
  occupation,
  progress,
  english,
});
const passed = (step: string, date = '2026-01-10'): StepProgress => ({ step, outcome: 'passed', date });

describe('pathway (reference section 2.2)', () => {
  it('line 26/44: a doctor at 7.0/7.0/6.5/7.0 is at the English step, 0.5 short overall and in writing', () => {
    const p = computePathway(
      ref,
      facts('medical-doctor', [passed('pmq-acceptable')], [ielts('t1', 7, 7, 6.5, 7)]),
      TODAY,
    );
    expect(p.profession).toMatchObject({ id: 'doctor', regulator: 'GMC', route: 'gmc-plab' });
    expect(p.currentStep).toBe('english');
    expect(p.english?.status).toBe('not-met');
    const best = p.english!.assessments[0]!;
    expect(best.overall).toEqual({ score: 7, required: 7.5, shortfall: 0.5 });
    expect(best.shortfalls).toEqual([{ skill: 'writing', score: 6.5, required: 7, shortfall: 0.5 }]);
    expect(p.examsRemaining).toEqual(['plab1', 'plab2']);
    expect(p.nextAction?.text).toMatch(/Raise writing from 6.5 to 7 and overall from 7 to 7.5/);
    expect(p.nextAction?.estimate).toBe('unknown');
    expect(p.tests[0]).toMatchObject({ id: 't1', overall: 7, expiresOn: '2028-06-01', status: 'valid' });
  });

  it('line 44-46: with English met and PLAB 1 passed, PLAB 2 is next with its deadline 2 years on', () => {
    const p = computePathway(
      ref,
      facts(
        'general-practitioner',
        [passed('pmq-acceptable'), passed('plab1', '2026-03-05')],
        [ielts('t', 8, 8, 7, 7.5)],
      ),
      TODAY,
    );
    expect(p.currentStep).toBe('plab2');
    expect(p.examsRemaining).toEqual(['plab2']);
    expect(p.steps.find((s) => s.id === 'plab2')?.deadline).toEqual({
      date: '2028-03-05',
      confidence: 'general-knowledge',
      missed: false,
    });
    expect(p.nextAction?.text).toMatch(/^Book PLAB 2\./);
  });

  it('line 26: warns when the English result will have expired by the booked PLAB 1', () => {
    const p = computePathway(
      ref,
      facts(
        'medical-doctor',
        [passed('pmq-acceptable'), { step: 'plab1', outcome: 'booked', date: '2027-03-01' }],
        [ielts('t', 8, 8, 8, 8, '2025-01-15')],
      ),
      TODAY,
    );
    expect(p.nextAction?.text).toBe('Sit PLAB 1 on 2027-03-01.');
    expect(p.notes).toContain('The English result used expires on 2027-01-15, before PLAB 1 on 2027-03-01.');
  });

  it('line 48: four failed PLAB 1 attempts block the step', () => {
    const fails = ['2025-01-01', '2025-04-01', '2025-07-01', '2025-10-01'].map((date): StepProgress => ({
      step: 'plab1',
      outcome: 'failed',
      date,
    }));
    const p = computePathway(
      ref,
      facts('medical-doctor', [passed('pmq-acceptable'), ...fails], [ielts('t', 8, 8, 8, 8)]),
      TODAY,
    );
    const plab1 = p.steps.find((s) => s.id === 'plab1')!;
    expect(plab1).toMatchObject({ status: 'blocked', attempts: { used: 4, allowed: 4, remaining: 0 } });
    expect(p.nextAction?.text).toMatch(/all 4 attempts used/);
  });

  it('line 59/28: a nurse with NMC English met and the CBT passed is at the OSCE', () => {
    const p = computePathway(
      ref,
      facts('nurse-adult', [passed('eligibility'), passed('cbt')], [ielts('t', 7, 7, 6.5, 7)]),
      TODAY,
    );
    expect([p.profession?.regulator, p.currentStep, p.examsRemaining]).toEqual(['NMC', 'osce', ['osce']]);
  });

  it('line 72: a pharmacist has OSPAP and foundation year estimates of 52 weeks, from the reference', () => {
    const p = computePathway(ref, facts('pharmacist', [passed('uk-enic'), passed('english')]), TODAY);
    expect(p.english?.by).toBe('alternative');
    expect(p.currentStep).toBe('ospap');
    expect(p.nextAction?.estimate).toEqual({ weeks: 52, basis: 'a one-year course' });
  });

  it('line 81: ORE Part 2 must be passed within 5 years of first sitting Part 1', () => {
    const p = computePathway(
      ref,
      facts('dentist', [
        { step: 'english', outcome: 'passed', date: '2020-01-01' },
        { step: 'ore1', outcome: 'failed', date: '2021-03-01' },
        passed('ore1', '2021-09-01'),
      ]),
      TODAY,
    );
    const ore2 = p.steps.find((s) => s.id === 'ore2')!;
    expect(ore2.deadline).toEqual({ date: '2026-03-01', confidence: 'official', missed: true });
    expect(ore2.status).toBe('blocked');
  });

  it('line 10: an OET result for an HCPC profession is reported as unknown, not met', () => {
    const p = computePathway(
      ref,
      {
        occupation: 'physiotherapist',
        progress: [],
        english: [
          {
            id: 'o',
            test: 'oet',
            variant: 'medicine',
            date: '2026-05-01',
            scores: { listening: 500, reading: 500, writing: 500, speaking: 500 },
          },
        ],
      },
      TODAY,
    );
    expect(p.english?.status).toBe('unknown');
    expect(p.currentStep).toBe('english');
  });

  it('an unregulated occupation has no pathway', () => {
    const p = computePathway(ref, facts('care-worker'), TODAY);
    expect([p.profession, p.currentStep, p.steps]).toEqual([null, null, []]);
  });

  const occupations = ref.regulators.professions.flatMap((p) => p.occupations);
  const allSteps = [...new Set(ref.regulators.routes.flatMap((r) => r.steps.map((s) => s.id)))];
  const day = fc
    .integer({ min: 0, max: 3000 })
    .map((d) => new Date(Date.UTC(2018, 0, 1) + d * 86_400_000).toISOString().slice(0, 10));
  const progress = fc.array(
    fc.record({
      step: fc.constantFrom(...allSteps),
      outcome: fc.constantFrom('passed', 'failed', 'booked', 'started'),
      date: day,
    }),
    { maxLength: 12 },
  ) as fc.Arbitrary<StepProgress[]>;

  it('property: never reports a passed exam as remaining, and the current step is the first not passed', () => {
    fc.assert(
      fc.property(fc.constantFrom(...occupations), progress, (occupation, prog) => {
        const p = computePathway(ref, facts(occupation, prog), TODAY);
        const passedSteps = new Set(prog.filter((e) => e.outcome === 'passed').map((e) => e.step));
        for (const exam of p.examsRemaining) expect(passedSteps.has(exam)).toBe(false);
        const first = p.steps.find((s) => s.status !== 'passed');
        expect(p.currentStep).toBe(first?.id ?? null);
        for (const s of p.steps)
          if (s.attempts.remaining !== null) expect(s.attempts.remaining).toBeGreaterThanOrEqual(0);
        expect(p.nextAction === null).toBe(p.currentStep === null);
      }),
    );
  });

  it('property: passing one more step never adds a remaining exam', () => {
    fc.assert(
      fc.property(fc.constantFrom(...occupations), progress, fc.constantFrom(...allSteps), (occupation, prog, step) => {
        const before = computePathway(ref, facts(occupation, prog), TODAY).examsRemaining;
        const after = computePathway(ref, facts(occupation, [...prog, passed(step)]), TODAY).examsRemaining;
        for (const e of after) expect(before).toContain(e);
      }),
    );
  });
});
