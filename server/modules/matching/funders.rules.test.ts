import { describe, expect, it } from 'vitest';
import { eligibilityRules, funderEligibility, type EligibilityRule, type FunderFacts } from './funders.rules';

const sandwell: EligibilityRule = {
  kind: 'borough',
  id: 'sandwell-residents',
  boroughs: ['Sandwell'],
  description: 'Sandwell residents only',
};
const doctors: EligibilityRule = {
  kind: 'profession',
  id: 'doctors',
  professions: ['doctor'],
  description: 'overseas-qualified doctors',
};
const facts: FunderFacts = { borough: 'Sandwell', professions: ['doctor'], rightToWork: 'full' };

describe('funder eligibility', () => {
  it.each([
    ['a Sandwell resident', [sandwell], facts, true, null],
    ['case and spaces do not matter', [sandwell], { ...facts, borough: ' sandwell ' }, true, null],
    [
      'a Birmingham resident',
      [sandwell],
      { ...facts, borough: 'Birmingham' },
      false,
      'lives in Birmingham, not Sandwell',
    ],
    ['an unknown borough never passes', [sandwell], { ...facts, borough: null }, false, 'not recorded'],
    ['a nurse for a doctors-only fund', [doctors], { ...facts, professions: ['nurse'] }, false, 'qualified as nurse'],
    ['no regulated qualification', [doctors], { ...facts, professions: [] }, false, 'no regulated qualification'],
    ['no rules: everyone', [], { ...facts, borough: null, professions: [] }, true, null],
    ['both rules', [sandwell, doctors], facts, true, null],
  ] as const)('%s', (_n, rules, f, eligible, reason) => {
    const r = funderEligibility(rules, f as FunderFacts);
    expect(r.eligible).toBe(eligible);
    if (reason) expect(r.failures[0]!.reason).toContain(reason);
    else expect(r.failures).toEqual([]);
  });

  it('names every rule that fails', () => {
    const r = funderEligibility([sandwell, doctors], {
      borough: 'Dudley',
      professions: ['nurse'],
      rightToWork: 'none',
    });
    expect(r.failures.map((f) => f.rule)).toEqual(['sandwell-residents', 'doctors']);
  });

  it('accepts rules as data and refuses unknown kinds', () => {
    expect(eligibilityRules.safeParse([sandwell, doctors]).success).toBe(true);
    expect(eligibilityRules.safeParse([{ kind: 'nationality', id: 'x', description: 'x' }]).success).toBe(false);
  });
});
