import { evaluateGate, type GateFacts, type GateResult } from './gates.rules';
import { professionFor } from './pathway.rules';
import type { InterimRole, ReferenceData } from './reference.schemas';

/**
 * Interim roles with eligibility and exclusions of their own (the Medical Support Worker: a GMC-registrable
 * qualification, experience, GMC-level English; excluded after PLAB 2, GMC registration or a previous MSW post),
 * applied to vacancies for that role. The gates are data (reference/interim-roles.json); the right to work and DBS
 * are the matching engine's own legal gates, so only the role's other gates are evaluated here. Pure.
 */

const legal = new Set(['right-to-work', 'dbs']);
const eligibilityGates = (role: InterimRole) => role.gates.filter((g) => !legal.has(g.kind));

/** The interim role a vacancy is for: the one named, or the only role with eligibility gates for its occupation. */
export function vacancyRole(
  ref: ReferenceData,
  vacancy: { role: string | null; occupations: readonly string[] },
): InterimRole | null {
  const named = vacancy.role ? ref.interimRoles.roles.find((r) => r.id === vacancy.role) : undefined;
  if (named) return eligibilityGates(named).length > 0 ? named : null;
  const gated = ref.interimRoles.roles.filter(
    (r) => r.occupation !== null && vacancy.occupations.includes(r.occupation) && eligibilityGates(r).length > 0,
  );
  return gated.length === 1 ? gated[0]! : null;
}

export interface RoleVerdict {
  eligible: boolean;
  /** why not (excluded), or what is still to show (eligible with evidence missing) */
  reasons: string[];
  gates: GateResult[];
}

/**
 * A candidate against a role: eligible through any one qualification of a profession the role is for, with no
 * gate failing (unknowns are evidence still to show, not exclusions). Not eligible: every route has a failing gate.
 */
export function roleVerdict(
  ref: ReferenceData,
  role: InterimRole,
  facts: readonly GateFacts[],
  today: string,
): RoleVerdict {
  const routes = facts
    .filter((f) => {
      const profession = professionFor(ref, f.occupation);
      return profession !== undefined && role.forProfessions.includes(profession.id);
    })
    .map((f) => eligibilityGates(role).map((g) => evaluateGate(ref, role, g, f, today)));
  if (routes.length === 0)
    return { eligible: false, reasons: [`${role.title} is for ${role.forProfessions.join(', ')} only`], gates: [] };
  const open = routes.find((gates) => !gates.some((g) => g.outcome === 'fail'));
  if (open)
    return { eligible: true, reasons: open.filter((g) => g.outcome === 'unknown').map((g) => g.reason), gates: open };
  const first = routes[0]!;
  return { eligible: false, reasons: first.filter((g) => g.outcome === 'fail').map((g) => g.reason), gates: first };
}

export interface Availability {
  hoursPerWeek: number | null;
  daysPerWeek?: number | null;
  from: string | null;
}

/** Hours a week a post asks for at least, by its pattern; flexible posts ask for none. */
export const hoursAsked = { 'full-time': 30, 'part-time': 8, flexible: 0 } as const;

/**
 * Availability is a soft gate (it fails open): a candidate who offers fewer hours than the post needs, or who can
 * start only after it closes, is still suggested, with the gap named for the caseworker to discuss.
 */
export function availabilityGaps(
  a: Pick<Availability, 'hoursPerWeek' | 'from'>,
  post: { hours: keyof typeof hoursAsked; closesOn: string | null },
  today: string,
): string[] {
  const gaps: string[] = [];
  const asked = hoursAsked[post.hours];
  if (a.hoursPerWeek !== null && a.hoursPerWeek < asked)
    gaps.push(`available ${a.hoursPerWeek} hours a week; a ${post.hours} post needs about ${asked} or more`);
  if (a.from !== null && a.from > today && post.closesOn !== null && a.from > post.closesOn)
    gaps.push(`available from ${a.from}, after the post closes on ${post.closesOn}`);
  return gaps;
}

/** The interim roles whose own eligibility gates apply to a vacancy for them (e.g. the Medical Support Worker). */
export const gatedRoles = (ref: ReferenceData): InterimRole[] =>
  ref.interimRoles.roles.filter((r) => eligibilityGates(r).length > 0);

/** A candidate's verdicts on every gated role, worked out once with their match features (migration 0025). */
export interface RoleFeatures {
  /** the gated roles they are eligible for: a role not listed excludes them (fail closed) */
  rolesEligible: string[];
  /** per eligible role, the evidence still to show */
  roleGaps: Record<string, string[]>;
}

export function roleFeatures(ref: ReferenceData, facts: readonly GateFacts[], today: string): RoleFeatures {
  const out: RoleFeatures = { rolesEligible: [], roleGaps: {} };
  for (const role of gatedRoles(ref)) {
    // as roleVerdict decides it (the first route with no failing gate), but a route stops at its first failing gate:
    // the rematch judges every candidate, and the reasons of an exclusion are not stored
    for (const f of facts) {
      const profession = professionFor(ref, f.occupation);
      if (!profession || !role.forProfessions.includes(profession.id)) continue;
      const unknown: string[] = [];
      const failed = eligibilityGates(role).some((g) => {
        const r = evaluateGate(ref, role, g, f, today);
        if (r.outcome === 'unknown') unknown.push(r.reason);
        return r.outcome === 'fail';
      });
      if (failed) continue;
      out.rolesEligible.push(role.id);
      if (unknown.length > 0) out.roleGaps[role.id] = unknown;
      break;
    }
  }
  return out;
}

export interface RolePost {
  role: InterimRole | null;
  /** the post's hours pattern; null when the vacancy has no details (availability is then not compared) */
  hours: string | null;
  closesOn: string | null;
}

/**
 * What a vacancy's role and hours add to a match: null when the role excludes the candidate; otherwise the reason
 * (eligible for the role) and the gaps (the role's evidence still to show, then availability). Pure.
 */
export function roleOutcome(
  post: RolePost,
  c: Partial<RoleFeatures> & { availability?: Pick<Availability, 'hoursPerWeek' | 'from'> | undefined },
  today: string,
): { reasons: string[]; gaps: string[] } | null {
  if (post.role && !(c.rolesEligible ?? []).includes(post.role.id)) return null;
  const reasons = post.role ? [`eligible for the ${post.role.title} role`] : [];
  const gaps = post.role ? [...(c.roleGaps?.[post.role.id] ?? [])] : [];
  if (post.hours !== null && c.availability) {
    const hours = post.hours in hoursAsked ? (post.hours as keyof typeof hoursAsked) : 'full-time';
    gaps.push(...availabilityGaps(c.availability, { hours, closesOn: post.closesOn }, today));
  }
  return { reasons, gaps };
}
