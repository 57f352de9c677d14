import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guideQuestions, models, questionOrder, suggestModel, type GuideAnswers } from './guide.rules';

const answersArb: fc.Arbitrary<GuideAnswers> = fc.record(
  Object.fromEntries(questionOrder.map((q) => [q, fc.constantFrom(...Object.keys(guideQuestions[q]))])) as unknown as {
    [K in keyof GuideAnswers]: fc.Arbitrary<GuideAnswers[K]>;
  },
);

describe('"which model fits" guide', () => {
  it.each([
    [
      'a food idea run and owned by its members → co-operative',
      {
        purpose: 'meet_members_needs',
        ownership: 'members',
        income: 'sales',
        profits: 'members_share',
        staff: 'some_paid',
      },
      'co_operative',
    ],
    [
      'a café selling to fund training, started by two founders → social enterprise',
      {
        purpose: 'trade_for_good',
        ownership: 'founders',
        income: 'sales',
        profits: 'reinvest_mission',
        staff: 'mostly_paid',
      },
      'social_enterprise',
    ],
    [
      'a volunteer litter-pick group on grants → community organisation',
      {
        purpose: 'serve_community',
        ownership: 'community',
        income: 'grants_donations',
        profits: 'no_profit',
        staff: 'volunteers',
      },
      'community_organisation',
    ],
    [
      'a members’ food-buying club paid by fees → co-operative',
      {
        purpose: 'meet_members_needs',
        ownership: 'members',
        income: 'member_fees',
        profits: 'no_profit',
        staff: 'volunteers',
      },
      'co_operative',
    ],
  ] as const)('%s', (_name, answers, expected) => {
    const s = suggestModel(answers as GuideAnswers);
    expect(s.model).toBe(expected);
    expect(s.reasons.length).toBeGreaterThan(0);
  });

  it('gives the members’ ownership and shared surplus as reasons for a co-operative', () => {
    const s = suggestModel({
      purpose: 'trade_for_good',
      ownership: 'members',
      income: 'sales',
      profits: 'members_share',
      staff: 'some_paid',
    });
    expect(s.model).toBe('co_operative');
    expect(s.reasons.map((r) => `${r.question}:${r.answer}`)).toEqual([
      'ownership:members',
      'profits:members_share',
      'income:sales',
    ]);
  });

  it('always suggests the highest-scoring model, with reasons that each point to it and add up to its score', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const s = suggestModel(a);
        expect(models).toContain(s.model);
        for (const m of models) expect(s.scores[s.model]).toBeGreaterThanOrEqual(s.scores[m]);
        expect(s.reasons.length).toBeGreaterThan(0);
        expect(s.reasons.reduce((n, r) => n + r.points, 0)).toBe(s.scores[s.model]);
        if (s.alsoConsider) expect(s.scores[s.model] - s.scores[s.alsoConsider]).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('owned by members and sharing the surplus among them is always a co-operative', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        expect(suggestModel({ ...a, ownership: 'members', profits: 'members_share' }).model).toBe('co_operative');
      }),
    );
  });

  it('founders who sell and reinvest in the mission are always a social enterprise', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const s = suggestModel({ ...a, ownership: 'founders', income: 'sales', profits: 'reinvest_mission' });
        expect(s.model).toBe('social_enterprise');
      }),
    );
  });

  it('is deterministic and does not depend on the order answers are given in', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const reversed = Object.fromEntries(Object.entries(a).reverse()) as GuideAnswers;
        expect(suggestModel(reversed)).toEqual(suggestModel(a));
      }),
    );
  });
});
