import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GateFacts } from './gates.rules';
import { referenceData } from './reference';
import { gatedRoles, roleFeatures, roleOutcome, roleVerdict } from './roles.rules';

/** The role verdicts stored with the match features are the ones roleVerdict gives (fictional facts only). */
const ref = referenceData();
const today = '2026-12-03';

const facts = fc.record({
  occupation: fc.constantFrom('medical-doctor', 'general-practitioner', 'nurse-adult', 'midwife', 'care-worker'),
  steps: fc.subarray(['pmq-acceptable', 'plab1', 'plab2', 'registered']),
  band: fc.constantFrom(null, 6.5, 7, 7.5, 8),
  yearsOfPractice: fc.constantFrom(null, 0, 1, 5),
  specialties: fc.subarray(['medicine', 'surgery', 'paediatrics']),
  previousRoles: fc.constantFrom(null, [], ['medical-support-worker']),
});

const toFacts = (x: typeof facts extends fc.Arbitrary<infer T> ? T : never): GateFacts => ({
  occupation: x.occupation,
  progress: x.steps.map((step) => ({ step, outcome: 'passed' as const, date: '2026-01-10' })),
  english:
    x.band === null
      ? []
      : [
          {
            id: 't1',
            test: 'ielts',
            variant: 'academic',
            date: '2026-06-01',
            scores: { listening: x.band, reading: x.band, writing: x.band, speaking: x.band },
          },
        ],
  rightToWork: 'full',
  rightToWorkExpiresOn: null,
  dbs: 'enhanced-clear',
  yearsOfPractice: x.yearsOfPractice,
  specialties: x.specialties,
  previousRoles: x.previousRoles,
});

describe('role features', () => {
  it('agree with roleVerdict on every gated role: eligible roles listed, with the evidence still to show', () => {
    expect(gatedRoles(ref).map((r) => r.id)).toContain('medical-support-worker');
    fc.assert(
      fc.property(fc.array(facts, { minLength: 1, maxLength: 3 }), (xs) => {
        const all = xs.map(toFacts);
        const stored = roleFeatures(ref, all, today);
        for (const role of gatedRoles(ref)) {
          const verdict = roleVerdict(ref, role, all, today);
          expect(stored.rolesEligible.includes(role.id)).toBe(verdict.eligible);
          if (verdict.eligible) expect(stored.roleGaps[role.id] ?? []).toEqual(verdict.reasons);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a vacancy for a gated role excludes a candidate the role is not listed for; availability is only a gap', () => {
    const msw = gatedRoles(ref).find((r) => r.id === 'medical-support-worker')!;
    const post = { role: msw, hours: 'full-time', closesOn: '2027-01-31' };
    expect(roleOutcome(post, {}, today)).toBeNull();
    expect(roleOutcome(post, { rolesEligible: [] }, today)).toBeNull();
    const ok = roleOutcome(
      post,
      { rolesEligible: [msw.id], roleGaps: {}, availability: { hoursPerWeek: 16, from: null } },
      today,
    );
    expect(ok?.reasons).toEqual([`eligible for the ${msw.title} role`]);
    expect(ok?.gaps.join(' ')).toMatch(/available 16 hours a week/);
    expect(roleOutcome({ role: null, hours: null, closesOn: null }, {}, today)).toEqual({ reasons: [], gaps: [] });
  });
});
