import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orderedStageCounts, pipelineStages, stageRefusal, type StageFacts } from './pipeline.rules';

const ready: StageFacts = { status: 'active', english: 'met', examsRemaining: 0, rightToWork: 'pass' };
const doctor: StageFacts = { status: 'active', english: 'not-met', examsRemaining: 2, rightToWork: 'pass' };

describe('pipeline stage gates', () => {
  it.each([
    // [from, to, facts, reason, refused gate or null]
    ['identified', 'assessed', doctor, null, null],
    ['assessed', 'language-training', doctor, null, null],
    ['language-training', 'language-passed', doctor, null, 'english'],
    ['language-training', 'language-passed', { ...doctor, english: 'unknown' }, null, 'english'],
    ['language-training', 'language-passed', { ...doctor, english: null, examsRemaining: null }, null, 'english'],
    ['language-training', 'language-passed', { ...doctor, english: 'met' }, null, null],
    ['language-passed', 'exams', { ...doctor, english: 'met' }, null, null],
    ['exams', 'registered', { ...doctor, english: 'met' }, null, 'exams'],
    ['exams', 'registered', ready, null, null],
    ['assessed', 'interim-work', doctor, null, null],
    ['assessed', 'interim-work', { ...doctor, rightToWork: 'unknown' }, null, 'right-to-work'],
    ['assessed', 'interim-work', { ...doctor, rightToWork: 'fail' }, null, 'right-to-work'],
    ['interviewed', 'offered', { ...ready, rightToWork: 'fail' }, null, 'right-to-work'],
    ['offered', 'employed', ready, null, null],
    ['assessed', 'applied', { ...doctor, rightToWork: 'unknown' }, null, null],
    ['exams', 'withdrawn', doctor, null, 'reason'],
    ['exams', 'withdrawn', doctor, '   ', 'reason'],
    ['exams', 'withdrawn', doctor, 'moved to another city', null],
    ['withdrawn', 'exams', { ...doctor, english: 'met' }, null, 'reopen'],
    ['withdrawn', 'assessed', doctor, null, null],
    ['identified', 'assessed', { ...doctor, status: 'pending' }, null, null],
    ['assessed', 'language-training', { ...doctor, status: 'pending' }, null, 'self-referral-review'],
  ] as const)('%s -> %s (%j, reason %j) refused by %s', (from, to, facts, reason, gate) => {
    expect(stageRefusal(from, to, facts as StageFacts, reason)?.gate ?? null).toBe(gate);
  });

  it('never opens a paid stage without a confirmed right to work', () => {
    const facts = fc.record({
      status: fc.constantFrom('pending', 'active', 'withdrawn'),
      english: fc.constantFrom('met', 'not-met', 'unknown', null),
      examsRemaining: fc.option(fc.nat(4)),
      rightToWork: fc.constantFrom('fail', 'unknown'),
    }) as fc.Arbitrary<StageFacts>;
    fc.assert(
      fc.property(
        fc.constantFrom(...pipelineStages),
        fc.constantFrom('interim-work', 'offered', 'employed'),
        facts,
        (from, to, f) => {
          expect(stageRefusal(from, to, f, null)).not.toBeNull();
        },
      ),
    );
  });

  it('orders stage counts along the pipeline, zero-filled', () => {
    const counts = orderedStageCounts([
      { stage: 'employed', count: 2 },
      { stage: 'identified', count: 7 },
      { stage: 'identified', count: 1 },
    ]);
    expect(counts.map((c) => c.stage)).toEqual([...pipelineStages]);
    expect(counts[0]).toEqual({ stage: 'identified', count: 8 });
    expect(counts.find((c) => c.stage === 'employed')!.count).toBe(2);
    expect(counts.find((c) => c.stage === 'exams')!.count).toBe(0);
  });
});
