import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  capabilityHits,
  compareMatches,
  scoreSupplier,
  suggestSuppliers,
  type OpportunityNeed,
  type Supplier,
} from './contracts.rules';

const ward = 'ward-ladywood';
const need: OpportunityNeed = {
  market: 'food',
  capabilities: ['catering', 'food hygiene'],
  value: 120_000,
  areaId: ward,
};
const supplier = (over: Partial<Supplier> = {}): Supplier => ({
  kind: 'enterprise',
  id: 'e1',
  name: 'Test Kitchen CIC',
  markets: ['food'],
  capabilityHits: [true, true],
  turnoverBands: ['250k_1m'],
  localJobs: 6,
  areaIds: [ward],
  ...over,
});
const codes = (notes: { code: string }[]) => notes.map((n) => n.code);

describe('one supplier against one contract', () => {
  it.each<[string, Partial<Supplier>, number, string[], string[]]>([
    ['perfect fit', {}, 100, ['market', 'capability', 'capability', 'turnover_fits', 'local_jobs', 'same_ward'], []],
    ['half the capabilities', { capabilityHits: [true, false] }, 80, ['capability'], ['no_capability']],
    [
      'turnover fits, no local jobs',
      { turnoverBands: ['50k_250k'], localJobs: 0 },
      91,
      ['turnover_fits'],
      ['no_local_jobs'],
    ],
    [
      'two small members stretch (ratio 0.8)',
      { kind: 'consortium', turnoverBands: ['10k_50k', '10k_50k'] },
      84,
      [],
      ['turnover_small'],
    ],
    ['turnover far too small', { turnoverBands: ['under_10k'] }, 76, [], ['turnover_small']],
    ['turnover unknown', { turnoverBands: ['unknown'] }, 87, [], ['turnover_unknown']],
    ['another ward', { areaIds: ['ward-soho'] }, 90, ['local'], []],
    ['no ward known', { areaIds: [null] }, 83, [], ['area_unknown']],
    [
      'consortium pools turnover',
      { kind: 'consortium', turnoverBands: ['50k_250k', '50k_250k'], areaIds: ['ward-soho', ward] },
      100,
      ['turnover_fits', 'same_ward'],
      [],
    ],
  ])('%s', (_name, over, score, reasons, gaps) => {
    const m = scoreSupplier(need, supplier(over))!;
    expect(m.score).toBe(score);
    for (const r of reasons) expect(codes(m.reasons)).toContain(r);
    expect(codes(m.gaps)).toEqual(expect.arrayContaining(gaps));
    if (gaps.length === 0) expect(m.gaps).toEqual([]);
  });

  it('is not suggested outside its market (the gate)', () => {
    expect(scoreSupplier(need, supplier({ markets: ['creative'] }))).toBeNull();
  });

  it('a contract asking no capability or stating no value does not count against anyone', () => {
    const m = scoreSupplier({ ...need, capabilities: [], value: null }, supplier({ turnoverBands: ['none'] }))!;
    expect(m.components).toEqual({ capability: 1, capacity: 1, area: 1 });
  });
});

describe('capability hits', () => {
  it('finds the words case-insensitively, and an empty term never matches', () => {
    expect(capabilityHits(['Catering', 'events', ' '], ['Community CATERING and cafés'])).toEqual([true, false, false]);
  });
});

const arbSupplier = fc.record({
  kind: fc.constantFrom('enterprise' as const, 'consortium' as const),
  id: fc.uuid(),
  name: fc.string({ maxLength: 12 }),
  markets: fc.subarray(['food', 'creative', 'retail']),
  capabilityHits: fc.array(fc.boolean(), { minLength: 2, maxLength: 2 }),
  turnoverBands: fc.array(
    fc.constantFrom('unknown', 'none', 'under_10k', '10k_50k', '50k_250k', '250k_1m', 'over_1m'),
    { minLength: 1, maxLength: 4 },
  ),
  localJobs: fc.nat(200),
  areaIds: fc.array(fc.constantFrom(ward, 'ward-soho', null), { minLength: 1, maxLength: 3 }),
});

describe('properties', () => {
  it('scores lie in 0..100 and every suggestion is in the market', () => {
    fc.assert(
      fc.property(fc.array(arbSupplier, { maxLength: 30 }), (suppliers) => {
        for (const m of suggestSuppliers(need, suppliers, 50)) {
          expect(m.score).toBeGreaterThanOrEqual(0);
          expect(m.score).toBeLessThanOrEqual(100);
          expect(suppliers.find((s) => s.id === m.id && s.kind === m.kind)!.markets).toContain('food');
        }
      }),
    );
  });

  it('the order does not depend on the input order, and is sorted by score', () => {
    fc.assert(
      fc.property(fc.array(arbSupplier, { maxLength: 30 }), (suppliers) => {
        const a = suggestSuppliers(need, suppliers, 10);
        const b = suggestSuppliers(need, [...suppliers].reverse(), 10);
        expect(b.map((m) => [m.kind, m.id])).toEqual(a.map((m) => [m.kind, m.id]));
        for (let i = 1; i < a.length; i++) expect(compareMatches(a[i - 1]!, a[i]!)).toBeLessThanOrEqual(0);
      }),
    );
  });

  it('showing one more capability never lowers the score', () => {
    fc.assert(
      fc.property(arbSupplier, fc.nat(1), (s, i) => {
        const food = { ...s, markets: ['food'] };
        const more = { ...food, capabilityHits: food.capabilityHits.map((h, j) => h || j === i) };
        expect(scoreSupplier(need, more)!.score).toBeGreaterThanOrEqual(scoreSupplier(need, food)!.score);
      }),
    );
  });
});
