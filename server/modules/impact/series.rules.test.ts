import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectedBy, figureFor, periodsOf, rollUp, statusFor, type Status } from './series.rules';

describe('indicator periods, roll-up and status', () => {
  it('cuts calendar periods clipped to the range', () => {
    expect(periodsOf('quarter', '2025-02-10', '2025-08-31')).toEqual([
      { start: '2025-02-10', end: '2025-03-31' },
      { start: '2025-04-01', end: '2025-06-30' },
      { start: '2025-07-01', end: '2025-08-31' },
    ]);
    expect(periodsOf('year', '2025-01-01', '2026-06-30').map((p) => p.end)).toEqual(['2025-12-31', '2026-06-30']);
    expect(periodsOf('month', '2025-12-01', '2026-01-31').map((p) => p.start)).toEqual(['2025-12-01', '2026-01-01']);
    expect(periodsOf('programme', '2025-01-01', '2027-12-31')).toEqual([{ start: '2025-01-01', end: '2027-12-31' }]);
  });

  it('rolls monthly figures up without losing or double-counting any month', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 35 }), fc.integer({ min: 0, max: 50 })), { maxLength: 40 }),
        fc.constantFrom('month', 'quarter', 'year', 'programme' as const),
        (entries, kind) => {
          const monthly = new Map<string, number>();
          for (const [i, v] of entries) {
            const key = `${2025 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
            monthly.set(key, (monthly.get(key) ?? 0) + v);
          }
          const total = [...monthly.values()].reduce((s, v) => s + v, 0);
          const periods = periodsOf(kind, '2025-01-01', '2027-12-31');
          expect(rollUp(monthly, periods).reduce((s, v) => s + v, 0)).toBe(total);
        },
      ),
    );
  });

  const cases: [number, number, boolean, Status][] = [
    [0, 0, false, 'no_target'],
    [0, 0, true, 'on_track'],
    [90, 100, true, 'on_track'],
    [89, 100, true, 'at_risk'],
    [70, 100, true, 'at_risk'],
    [69, 100, true, 'behind'],
    [0, 10, true, 'behind'],
    [250, 125, true, 'on_track'],
  ];
  it.each(cases)('actual %d against %d expected (target %s) is %s', (actual, expected, has, status) => {
    expect(statusFor(actual, expected, has)).toBe(status);
  });

  it('never gets worse as the result grows, and reaching the expected result is on track', () => {
    const rank = { behind: 0, at_risk: 1, on_track: 2, no_target: 3 };
    fc.assert(
      fc.property(fc.nat(1000), fc.nat(1000), fc.nat(1000), (a, b, expected) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(rank[statusFor(hi, expected, true)]).toBeGreaterThanOrEqual(rank[statusFor(lo, expected, true)]);
        expect(statusFor(expected, expected, true)).toBe('on_track');
      }),
    );
  });

  it('expects whole targets of ended periods and a pro-rata share of the current one', () => {
    const targets = [
      { start: '2025-01-01', end: '2025-12-31', target: 100 },
      { start: '2026-01-01', end: '2026-12-31', target: 100 },
    ];
    expect(expectedBy(targets, '2024-06-01')).toBe(0);
    expect(expectedBy(targets, '2025-12-31')).toBe(100);
    expect(expectedBy(targets, '2026-07-02')).toBeCloseTo(150, 0);
    expect(expectedBy(targets, '2030-01-01')).toBe(200);
  });

  it('builds a figure: series with targets and cumulative values, result to date and status', () => {
    const monthly = new Map([
      ['2025-02', 10],
      ['2025-05', 20],
      ['2026-03', 5],
    ]);
    const targets = [{ start: '2025-01-01', end: '2026-12-31', target: 60 }];
    const f = figureFor('year', monthly, targets, '2025-12-31', { start: '2025-01-01', end: '2026-12-31' });
    expect(f.series.map((p) => [p.value, p.cumulative, p.target])).toEqual([
      [30, 30, 60],
      [5, 35, 60],
    ]);
    expect(f.value).toBe(30); // 2026 has not begun on 2025-12-31
    expect(f.target).toBe(60);
    expect(f.status).toBe('on_track');
  });
});
