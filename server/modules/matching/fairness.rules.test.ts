import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suppressCells } from '../privacy/privacy.service';
import { ageBand, fairnessTables, type FairnessPerson } from './fairness.rules';
import { pipelineStages } from './pipeline.rules';

const person = (over: Partial<FairnessPerson>): FairnessPerson => ({
  sex: null,
  ethnicity: null,
  dateOfBirth: null,
  stage: 'identified',
  reached: ['identified'],
  ...over,
});

describe('fairness report rules', () => {
  it.each([
    ['2000-06-15', '2026-06-14', '25-34'],
    ['2000-06-15', '2026-06-15', '25-34'],
    ['2002-06-16', '2026-06-15', '16-24'],
    ['1960-01-01', '2026-06-15', '65+'],
    ['1971-01-01', '2026-06-15', '55-64'],
    ['2015-01-01', '2026-06-15', 'not-recorded'],
    [null, '2026-06-15', 'not-recorded'],
  ])('born %s, on %s: age band %s', (dob, today, band) => {
    expect(ageBand(dob, today)).toBe(band);
  });

  it('counts outcomes per group and suppresses cells under 5 (and a total that would reveal them)', () => {
    const people = [
      ...Array.from({ length: 7 }, () => person({ sex: 'female', stage: 'employed', reached: ['exams', 'employed'] })),
      ...Array.from({ length: 6 }, () =>
        person({ sex: 'male', stage: 'exams', reached: ['language-passed', 'exams'] }),
      ),
      ...Array.from({ length: 2 }, () =>
        person({ sex: 'other', stage: 'withdrawn', reached: ['assessed', 'withdrawn'] }),
      ),
    ];
    const sex = fairnessTables(people, '2026-06-15', suppressCells).find((t) => t.dimension === 'sex')!;
    const col = (o: string) => sex.outcomes.find((x) => x.outcome === o)!;
    const i = (g: string) => sex.groups.indexOf(g);
    expect(col('candidates').counts[i('female')]).toBe(7);
    expect(col('candidates').counts[i('male')]).toBe(6);
    expect(col('candidates').counts[i('other')]).toBeNull();
    expect(col('candidates').total).toBeNull(); // one hidden cell: the total would give it away
    expect(col('employed').counts[i('female')]).toBe(7);
    expect(col('englishMet').counts[i('male')]).toBe(6);
    expect(col('englishMet').counts[i('female')]).toBe(7);
    expect(col('withdrawn').counts[i('other')]).toBeNull();
  });

  it('never publishes a count between 1 and 4', () => {
    const arb = fc.array(
      fc.record({
        sex: fc.constantFrom('female', 'male', 'other', null),
        ethnicity: fc.constantFrom('asian', 'black', 'white', null),
        dateOfBirth: fc.constantFrom('1980-01-01', '1995-05-05', null),
        stage: fc.constantFrom(...pipelineStages),
        reached: fc.subarray([...pipelineStages]),
      }),
      { maxLength: 60 },
    );
    fc.assert(
      fc.property(arb, (people) => {
        for (const table of fairnessTables(people, '2026-06-15', suppressCells))
          for (const o of table.outcomes)
            for (const n of [...o.counts, o.total]) expect(n === null || n === 0 || n >= 5).toBe(true);
      }),
    );
  });
});
