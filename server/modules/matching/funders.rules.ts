import { z } from 'zod';

/**
 * Funder eligibility rules are data (stored per funder), checked by one pure function. A fact that is not
 * recorded never passes a rule: an unknown borough is not "Sandwell".
 */

const text = z.string().trim().min(1).max(200);
export const eligibilityRule = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('borough'), id: text, boroughs: z.array(text).min(1).max(20), description: text }),
  z.object({ kind: z.literal('profession'), id: text, professions: z.array(text).min(1).max(20), description: text }),
  z.object({ kind: z.literal('right-to-work'), id: text, statuses: z.array(text).min(1).max(10), description: text }),
]);
export const eligibilityRules = z.array(eligibilityRule).max(20);
export type EligibilityRule = z.infer<typeof eligibilityRule>;

export interface FunderFacts {
  borough: string | null;
  /** regulated professions of the candidate's qualifications (e.g. 'doctor') */
  professions: readonly string[];
  rightToWork: string;
}

export interface RuleFailure {
  rule: string;
  description: string;
  reason: string;
}

export interface Eligibility {
  eligible: boolean;
  failures: RuleFailure[];
}

const norm = (s: string) => s.trim().toLowerCase();

function failureOf(rule: EligibilityRule, facts: FunderFacts): string | null {
  switch (rule.kind) {
    case 'borough':
      if (!facts.borough) return 'borough of residence is not recorded';
      return rule.boroughs.some((b) => norm(b) === norm(facts.borough!))
        ? null
        : `lives in ${facts.borough}, not ${rule.boroughs.join(' or ')}`;
    case 'profession':
      return facts.professions.some((p) => rule.professions.includes(p))
        ? null
        : facts.professions.length === 0
          ? 'no regulated qualification recorded'
          : `qualified as ${facts.professions.join(', ')}, not ${rule.professions.join(' or ')}`;
    case 'right-to-work':
      return rule.statuses.includes(facts.rightToWork) ? null : `right-to-work status is ${facts.rightToWork}`;
  }
}

/** Every rule must pass; each failure names the rule and why. */
export function funderEligibility(rules: readonly EligibilityRule[], facts: FunderFacts): Eligibility {
  const failures = rules.flatMap((rule) => {
    const reason = failureOf(rule, facts);
    return reason === null ? [] : [{ rule: rule.id, description: rule.description, reason }];
  });
  return { eligible: failures.length === 0, failures };
}
