import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amountProblem, bidTransitionProblem, poundsString, sharesOf, toPence, type BidStatus } from './awards.rules';

describe('bid transitions', () => {
  it.each<[BidStatus, BidStatus, boolean]>([
    ['draft', 'submitted', true],
    ['draft', 'withdrawn', true],
    ['submitted', 'lost', true],
    ['submitted', 'withdrawn', true],
    ['draft', 'lost', false],
    ['submitted', 'draft', false],
    ['lost', 'submitted', false],
    ['won', 'withdrawn', false],
    ['withdrawn', 'submitted', false],
    ['submitted', 'won', false],
    ['lost', 'lost', true],
  ])('%s → %s allowed: %s', (from, to, ok) => {
    expect(bidTransitionProblem(from, to) === null).toBe(ok);
  });
  it('says how a bid is won', () => {
    expect(bidTransitionProblem('submitted', 'won')).toMatch(/recording its award/);
  });
});

describe('award amounts', () => {
  it.each<[number, number | null, RegExp | null]>([
    [120_000, 120_000, null],
    [0.01, null, null],
    [0, null, /more than £0/],
    [-5, null, /more than £0/],
    [Number.NaN, null, /more than £0/],
    [10.005, null, /whole pence/],
    [100_000_001, null, /at most/],
    [250_000, 120_000, /more than 2 times/],
    [240_000, 120_000, null],
  ])('£%s against a value of %s', (amount, value, problem) => {
    const p = amountProblem(amount, value);
    if (problem) expect(p?.message).toMatch(problem);
    else expect(p).toBeNull();
  });
});

describe('shares of an award', () => {
  const consortium = { members: ['a', 'b', 'c'], leadId: 'a' };
  it('an enterprise gets all of its award', () => {
    expect(sharesOf(500, { enterpriseId: 'x' }, undefined)).toEqual({ shares: [{ enterpriseId: 'x', pence: 500 }] });
  });
  it('a consortium without shares gives all to the lead', () => {
    expect(sharesOf(500, consortium, [])).toEqual({ shares: [{ enterpriseId: 'a', pence: 500 }] });
  });
  it.each([
    ['a non-member', [{ enterprise: 'z', amount: 5 }], /not a member/],
    [
      'a repeat',
      [
        { enterprise: 'a', amount: 2.5 },
        { enterprise: 'a', amount: 2.5 },
      ],
      /twice/,
    ],
    [
      'a short sum',
      [
        { enterprise: 'a', amount: 2 },
        { enterprise: 'b', amount: 2 },
      ],
      /add up to £4.00, not/,
    ],
    [
      'a negative share',
      [
        { enterprise: 'a', amount: -1 },
        { enterprise: 'b', amount: 6 },
      ],
      /more than £0/,
    ],
  ])('refuses %s', (_n, given, problem) => {
    const r = sharesOf(500, consortium, given);
    expect('problem' in r && r.problem.message).toMatch(problem);
  });
  it('refuses shares on an enterprise award, and a leaderless consortium without shares', () => {
    expect('problem' in sharesOf(500, { enterpriseId: 'x' }, [{ enterprise: 'x', amount: 5 }])).toBe(true);
    expect('problem' in sharesOf(500, { members: ['a'], leadId: null }, undefined)).toBe(true);
  });
  it('accepted shares always add up to the award exactly (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 10_000_000 }), { minLength: 1, maxLength: 3 }), (pence) => {
        const given = pence.map((p, i) => ({ enterprise: consortium.members[i]!, amount: p / 100 }));
        const total = pence.reduce((a, b) => a + b, 0);
        const r = sharesOf(total, consortium, given);
        expect('shares' in r && r.shares.reduce((a, s) => a + s.pence, 0)).toBe(total);
        expect(poundsString(toPence(total / 100))).toBe((total / 100).toFixed(2));
      }),
    );
  });
});
