import { inForce } from './dates.rules';
import { englishStatusFor, professionFor, type PathwayFacts } from './pathway.rules';
import type { Gate, InterimRole, ReferenceData, RightToWorkStatus } from './reference.schemas';

/**
 * Gates before any role: three-valued (pass / fail / unknown), and a role is available only when every gate
 * passes. Legal gates fail closed: missing evidence (an unknown right-to-work status, no DBS) is never a pass.
 */

export const dbsStatuses = ['enhanced-clear', 'basic-clear', 'in-progress', 'none', 'barred', 'unknown'] as const;
export type DbsStatus = (typeof dbsStatuses)[number];

export interface GateFacts extends PathwayFacts {
  rightToWork: RightToWorkStatus;
  /** a right to work that ends (a visa, limited leave); null when it does not or is not recorded */
  rightToWorkExpiresOn: string | null;
  dbs: DbsStatus;
  yearsOfPractice: number | null;
  specialties: readonly string[];
  /** interim roles held before (e.g. medical-support-worker); null when not asked */
  previousRoles: readonly string[] | null;
}

export interface GateResult {
  gate: Gate['kind'];
  outcome: 'pass' | 'fail' | 'unknown';
  reason: string;
}

export interface InterimRoleView {
  id: string;
  title: string;
  occupation: string | null;
  band: { min: number; max: number } | null;
  paid: boolean;
  status: 'available' | 'needs-evidence' | 'not-eligible';
  gates: GateResult[];
  notes: string;
}

const pass = (gate: Gate['kind'], reason: string): GateResult => ({ gate, outcome: 'pass', reason });
const fail = (gate: Gate['kind'], reason: string): GateResult => ({ gate, outcome: 'fail', reason });
const unknown = (gate: Gate['kind'], reason: string): GateResult => ({ gate, outcome: 'unknown', reason });

export function rightToWorkGate(ref: ReferenceData, role: InterimRole, facts: GateFacts, today: string): GateResult {
  const g = 'right-to-work';
  const status = ref.rightToWork.statuses.find((s) => s.status === facts.rightToWork);
  if (!status) return unknown(g, 'right to work not recorded: no paid role until it is checked');
  if (facts.rightToWorkExpiresOn && facts.rightToWorkExpiresOn < today)
    return fail(g, `right to work ended on ${facts.rightToWorkExpiresOn}`);
  switch (status.paidWork) {
    case 'any':
      return pass(g, status.label);
    case 'none':
      return fail(g, `${status.label}: no paid work`);
    case 'conditions':
      return unknown(g, `${status.label}: check the visa conditions allow this role`);
    case 'listed-occupations': {
      const list = ref.rightToWork.lists.find((l) => l.id === status.list && inForce(l, today));
      if (!list || list.occupations === null)
        return unknown(
          g,
          `${status.label}: only occupations on the ${list?.name ?? 'eligible list'}, whose contents are not recorded`,
        );
      return role.occupation !== null && list.occupations.includes(role.occupation)
        ? pass(g, `on the ${list.name}`)
        : fail(g, `${status.label}: this role is not on the ${list.name}`);
    }
  }
}

function stepOutcome(facts: GateFacts, step: string): 'passed' | 'failed' | null {
  const entries = facts.progress.filter((p) => p.step === step);
  if (entries.some((e) => e.outcome === 'passed')) return 'passed';
  return entries.some((e) => e.outcome === 'failed') ? 'failed' : null;
}

export function evaluateGate(
  ref: ReferenceData,
  role: InterimRole,
  gate: Gate,
  facts: GateFacts,
  today: string,
): GateResult {
  switch (gate.kind) {
    case 'right-to-work':
      return rightToWorkGate(ref, role, facts, today);
    case 'dbs': {
      const ok = facts.dbs === 'enhanced-clear' || (gate.level === 'basic' && facts.dbs === 'basic-clear');
      if (ok) return pass(gate.kind, `${gate.level} DBS check clear`);
      if (facts.dbs === 'barred') return fail(gate.kind, 'barred from this work');
      return unknown(gate.kind, `needs a clear ${gate.level} DBS check (status: ${facts.dbs})`);
    }
    case 'step-passed': {
      const outcome = stepOutcome(facts, gate.step);
      if (outcome === 'passed') return pass(gate.kind, `${gate.step} passed`);
      return outcome === 'failed'
        ? fail(gate.kind, `${gate.step} not passed`)
        : unknown(gate.kind, `${gate.step} not yet recorded`);
    }
    case 'step-not-passed':
      return stepOutcome(facts, gate.step) === 'passed'
        ? fail(gate.kind, `excluded: ${gate.step} already passed`)
        : pass(gate.kind, `no ${gate.step} pass recorded`);
    case 'english-met': {
      const profession = professionFor(ref, facts.occupation);
      if (!profession) return unknown(gate.kind, `no ${gate.regulator} profession recorded`);
      const english = englishStatusFor(ref, profession, facts, today, gate.regulator);
      if (english.status === 'met') return pass(gate.kind, `${gate.regulator}-level English`);
      return english.status === 'unknown'
        ? unknown(gate.kind, `${gate.regulator}-level English not yet shown`)
        : fail(gate.kind, `${gate.regulator}-level English not yet met`);
    }
    case 'experience': {
      if (facts.yearsOfPractice === null) return unknown(gate.kind, 'years of practice not recorded');
      if (facts.yearsOfPractice < gate.minYears) return fail(gate.kind, `needs ${gate.minYears}+ years of practice`);
      const missing = gate.specialties.filter((s) => !facts.specialties.includes(s));
      return missing.length === 0
        ? pass(gate.kind, `${facts.yearsOfPractice} years including ${gate.specialties.join(' and ')}`)
        : unknown(gate.kind, `experience in ${missing.join(' and ')} not recorded`);
    }
    case 'not-previously':
      if (facts.previousRoles === null)
        return unknown(gate.kind, `whether they were a ${gate.role} before is not recorded`);
      return facts.previousRoles.includes(gate.role)
        ? fail(gate.kind, `excluded: already a ${gate.role} before`)
        : pass(gate.kind, `not a ${gate.role} before`);
  }
}

/** The interim roles for the candidate's profession, each with its gate trace; available ones first. */
export function interimRolesFor(ref: ReferenceData, facts: GateFacts, today: string): InterimRoleView[] {
  const profession = professionFor(ref, facts.occupation);
  if (!profession) return [];
  const order = { available: 0, 'needs-evidence': 1, 'not-eligible': 2 } as const;
  return ref.interimRoles.roles
    .filter((role) => role.forProfessions.includes(profession.id) && inForce(role, today))
    .map((role) => {
      const gates = role.gates.map((gate) => evaluateGate(ref, role, gate, facts, today));
      if (role.paid && !role.gates.some((g) => g.kind === 'right-to-work'))
        gates.unshift(rightToWorkGate(ref, role, facts, today)); // every paid role is gated on the right to work
      const status: InterimRoleView['status'] = gates.some((x) => x.outcome === 'fail')
        ? 'not-eligible'
        : gates.some((x) => x.outcome === 'unknown')
          ? 'needs-evidence'
          : 'available';
      return {
        id: role.id,
        title: role.title,
        occupation: role.occupation,
        band: role.band,
        paid: role.paid,
        status,
        gates,
        notes: role.notes,
      };
    })
    .sort((a, b) => order[a.status] - order[b.status]);
}
