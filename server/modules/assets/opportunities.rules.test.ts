import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canSeeOpportunity,
  changedColumns,
  changedFields,
  datesProblem,
  moneyProblem,
  moneyString,
  occupationsChanged,
} from './opportunities.rules';

describe('opportunity rules', () => {
  it('accepts exact, non-negative amounts in pounds and normalises them to two decimals', () => {
    expect([moneyProblem(0), moneyProblem('1250.5'), moneyProblem(31049), moneyProblem('999999999999.99')]).toEqual([
      null,
      null,
      null,
      null,
    ]);
    expect([moneyString(1250.5), moneyString('0012'), moneyString(0), moneyString('7.05')]).toEqual([
      '1250.50',
      '12.00',
      '0.00',
      '7.05',
    ]);
    expect(moneyProblem(-1)).toMatch(/negative/);
    expect(moneyProblem('-0.01')).toMatch(/negative/);
    for (const bad of [12.345, '1e5', 'abc', '', '1,000', Infinity, Number.NaN, '1000000000000'])
      expect(moneyProblem(bad), String(bad)).not.toBeNull();
  });

  it('round-trips every valid amount in pence', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 99_999_999_999_999n }), (pence) => {
        const text = `${pence / 100n}.${String(pence % 100n).padStart(2, '0')}`;
        expect(moneyProblem(text)).toBeNull();
        expect(moneyString(text)).toBe(text);
      }),
    );
  });

  it('refuses a close date before the open date', () => {
    expect(datesProblem('2027-02-01', '2027-01-31')).toMatch(/before it opens/);
    expect(datesProblem('2027-02-01', '2027-02-01')).toBeNull();
    expect(datesProblem(null, '2020-01-01')).toBeNull();
  });

  it('shows drafts only to the publishing partner and coordinators', () => {
    const draft = { partnerId: 'a', status: 'draft' };
    expect(canSeeOpportunity({ partnerId: 'a', allPartners: false }, draft)).toBe(true);
    expect(canSeeOpportunity({ partnerId: 'b', allPartners: false }, draft)).toBe(false);
    expect(canSeeOpportunity({ partnerId: 'b', allPartners: true }, draft)).toBe(true);
    expect(canSeeOpportunity({ partnerId: 'b', allPartners: false }, { partnerId: 'a', status: 'open' })).toBe(true);
  });

  it('finds what really changed', () => {
    expect(changedFields({ a: 1, b: [1, 2] }, { a: 1, b: [1, 3], c: null })).toEqual(['b', 'c']);
    expect(
      changedColumns({ title: 'x', quantity: undefined, qualifications: ['a'] }, { title: 'x', qualifications: ['b'] }),
    ).toEqual(['qualifications']);
    expect(occupationsChanged(['a', 'b'], ['b', 'a'])).toBe(false);
    expect(occupationsChanged(['a'], ['a', 'b'])).toBe(true);
    expect(occupationsChanged(['a'], undefined)).toBe(false);
  });
});
