import { z } from 'zod';

/**
 * The waiting-list priority: a transparent sum of points from named rules, stored as data per programme so a
 * coordinator can switch a rule off or change its weight. Every point is explained. Ties go to whoever joined
 * first, then to the entry id so the order is total and stable. Pure.
 */

const points = z.number().min(0).max(1000);
const enabled = z.boolean();
export const priorityRule = z.discriminatedUnion('id', [
  z.object({ id: z.literal('time-waited'), enabled, pointsPerWeek: z.number().min(0).max(100) }),
  z.object({ id: z.literal('funder-eligible'), enabled, points }),
  z.object({ id: z.literal('near-threshold'), enabled, maxPoints: points, pointsPerHalfBand: points }),
  z.object({ id: z.literal('active-researcher'), enabled, points }),
]);
export const priorityRules = z
  .array(priorityRule)
  .max(4)
  .refine((rules) => new Set(rules.map((r) => r.id)).size === rules.length, 'each rule may appear once');
export type PriorityRule = z.infer<typeof priorityRule>;
export type PriorityRuleId = PriorityRule['id'];

export interface WaitingFacts {
  entryId: string;
  joinedOn: string;
  /** funders of the programme's coming cohorts whose rules the candidate meets */
  fundedBy: readonly string[];
  /** the English gap in IELTS bands (OET in hundreds of points) to the regulator's rule; null when not known */
  english: { status: 'met' | 'not-met' | 'unknown'; gap: number | null };
  /** null: the researcher register could not be read */
  activeResearcher: boolean | null;
}

export interface PriorityPart {
  rule: PriorityRuleId;
  points: number;
  text: string;
  /** a stable name for the reason and its values, so a screen can word it in any language */
  reason: string;
  facts: Record<string, string | number>;
}

export interface Priority {
  entryId: string;
  score: number;
  parts: PriorityPart[];
}

const DAY = 86_400_000;
export const weeksBetween = (from: string, to: string): number =>
  Math.max(0, Math.floor((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / (7 * DAY)));
const round = (n: number) => Math.round(n * 100) / 100;

function partFor(rule: PriorityRule, f: WaitingFacts, today: string): PriorityPart {
  switch (rule.id) {
    case 'time-waited': {
      const weeks = weeksBetween(f.joinedOn, today);
      return {
        rule: rule.id,
        points: round(weeks * rule.pointsPerWeek),
        text: `waited ${weeks} weeks`,
        reason: 'waited',
        facts: { weeks },
      };
    }
    case 'funder-eligible':
      return f.fundedBy.length > 0
        ? {
            rule: rule.id,
            points: rule.points,
            text: `a funded place: ${f.fundedBy.join(', ')}`,
            reason: 'funded',
            facts: { funders: f.fundedBy.join(', ') },
          }
        : {
            rule: rule.id,
            points: 0,
            text: 'no funder of a coming cohort covers this person',
            reason: 'not-funded',
            facts: {},
          };
    case 'near-threshold': {
      if (f.english.status !== 'not-met' || f.english.gap === null)
        return {
          rule: rule.id,
          points: 0,
          text: f.english.status === 'met' ? 'already meets the English rule' : 'no English result to compare',
          reason: f.english.status === 'met' ? 'met' : 'no-result',
          facts: {},
        };
      const halfBands = Math.ceil(f.english.gap / 0.5 - 1e-9);
      const pts = Math.max(0, rule.maxPoints - Math.max(0, halfBands - 1) * rule.pointsPerHalfBand);
      return {
        rule: rule.id,
        points: pts,
        text: `${round(f.english.gap)} ${f.english.gap === 1 ? 'band' : 'bands'} short of the English rule in total`,
        reason: 'short',
        facts: { gap: round(f.english.gap) },
      };
    }
    case 'active-researcher':
      if (f.activeResearcher === null)
        return {
          rule: rule.id,
          points: 0,
          text: 'the community-researcher register could not be checked',
          reason: 'unchecked',
          facts: {},
        };
      return f.activeResearcher
        ? {
            rule: rule.id,
            points: rule.points,
            text: 'an active community researcher',
            reason: 'researcher',
            facts: {},
          }
        : { rule: rule.id, points: 0, text: 'not an active community researcher', reason: 'not-researcher', facts: {} };
  }
}

export function priorityOf(rules: readonly PriorityRule[], f: WaitingFacts, today: string): Priority {
  const parts = rules.filter((r) => r.enabled).map((r) => partFor(r, f, today));
  return { entryId: f.entryId, score: round(parts.reduce((s, p) => s + p.points, 0)), parts };
}

/** The whole list in order, each with its 1-based position and explanation. */
export function orderWaitingList(
  rules: readonly PriorityRule[],
  entries: readonly WaitingFacts[],
  today: string,
): (Priority & { position: number; joinedOn: string })[] {
  return entries
    .map((f) => ({ ...priorityOf(rules, f, today), joinedOn: f.joinedOn }))
    .sort(
      (a, b) =>
        b.score - a.score ||
        (a.joinedOn < b.joinedOn ? -1 : a.joinedOn > b.joinedOn ? 1 : 0) ||
        (a.entryId < b.entryId ? -1 : a.entryId > b.entryId ? 1 : 0),
    )
    .map((p, i) => ({ ...p, position: i + 1 }));
}

/** The default rules a new programme starts with (the reference's "time waited plus a bonus near threshold"). */
export const defaultPriorityRules: PriorityRule[] = [
  { id: 'time-waited', enabled: true, pointsPerWeek: 1 },
  { id: 'funder-eligible', enabled: true, points: 100 },
  { id: 'near-threshold', enabled: true, maxPoints: 20, pointsPerHalfBand: 5 },
  { id: 'active-researcher', enabled: true, points: 10 },
];
