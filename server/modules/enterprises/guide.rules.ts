/**
 * "Which model fits" guide (issue 6 §2): a short questionnaire that suggests a community organisation, a
 * co-operative or a social enterprise, with the answers that led there as reasons. Pure; the points are a table
 * so the tests and the people who tune it read the same thing.
 */
export const models = ['community_organisation', 'co_operative', 'social_enterprise'] as const;
export type Model = (typeof models)[number];

type Points = Partial<Record<Model, number>>;

/** question → answer → points per model. Order of questions is the order they are asked. */
export const guideQuestions = {
  purpose: {
    serve_community: { community_organisation: 3 },
    trade_for_good: { social_enterprise: 3 },
    meet_members_needs: { co_operative: 3 },
  },
  ownership: {
    members: { co_operative: 4 },
    founders: { social_enterprise: 2 },
    community: { community_organisation: 2, co_operative: 1 },
  },
  income: {
    sales: { social_enterprise: 2, co_operative: 1 },
    grants_donations: { community_organisation: 2 },
    member_fees: { co_operative: 2 },
    none_yet: {},
  },
  profits: {
    members_share: { co_operative: 3 },
    reinvest_mission: { social_enterprise: 2, community_organisation: 1 },
    no_profit: { community_organisation: 2 },
  },
  staff: {
    volunteers: { community_organisation: 1 },
    some_paid: {},
    mostly_paid: { social_enterprise: 1, co_operative: 1 },
  },
} as const satisfies Record<string, Record<string, Points>>;

export type Question = keyof typeof guideQuestions;
export type GuideAnswers = { [Q in Question]: keyof (typeof guideQuestions)[Q] };
export const questionOrder = Object.keys(guideQuestions) as Question[];

export interface Reason {
  question: Question;
  answer: string;
  points: number;
}

export interface Suggestion {
  model: Model;
  scores: Record<Model, number>;
  /** the answers that pointed to the suggested model, strongest first */
  reasons: Reason[];
  /** a close second (within 1 point): worth talking through */
  alsoConsider: Model | null;
}

/** Ties go to the model asking least of a new group: community organisation, then co-operative. */
const tieOrder: readonly Model[] = ['community_organisation', 'co_operative', 'social_enterprise'];

export function suggestModel(answers: GuideAnswers): Suggestion {
  const scores: Record<Model, number> = { community_organisation: 0, co_operative: 0, social_enterprise: 0 };
  const picked = questionOrder.map((q) => {
    const answer = answers[q] as string;
    const points = (guideQuestions[q] as Record<string, Points>)[answer] ?? {};
    for (const m of models) scores[m] += points[m] ?? 0;
    return { question: q, answer, points };
  });
  const ranked = [...tieOrder].sort((a, b) => scores[b] - scores[a] || tieOrder.indexOf(a) - tieOrder.indexOf(b));
  const model = ranked[0]!;
  const second = ranked[1]!;
  const reasons = picked
    .filter((p) => (p.points[model] ?? 0) > 0)
    .map((p) => ({ question: p.question, answer: p.answer, points: p.points[model]! }))
    .sort((a, b) => b.points - a.points || questionOrder.indexOf(a.question) - questionOrder.indexOf(b.question));
  return { model, scores, reasons, alsoConsider: scores[model] - scores[second] <= 1 ? second : null };
}

/** The legal form staff start from when a lead becomes an idea-stage enterprise (they may pick another). */
export const legalFormFor: Record<Model, string> = {
  community_organisation: 'company_limited_by_guarantee',
  co_operative: 'co_operative',
  social_enterprise: 'cic',
};
