import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dbsStatuses, interimRolesFor, type GateFacts } from './gates.rules';
import type { IeltsResult } from './english.rules';
import { referenceData } from './reference';
import { rightToWorkStatuses } from './reference.schemas';

const ref = referenceData();
const TODAY = '2026-11-22';
const gmcEnglish: IeltsResult = {
  id: 't',
  test: 'ielts',
  variant: 'academic',
  date: '2026-06-01',
  scores: { listening: 8, reading: 8, writing: 7, speaking: 7.5 },
};
/** a fictional refugee doctor who meets every Medical Support Worker condition */
const doctor: GateFacts = {
  occupation: 'medical-doctor',
  progress: [{ step: 'pmq-acceptable', outcome: 'passed', date: '2026-01-01' }],
  english: [gmcEnglish],
  rightToWork: 'full',
  rightToWorkExpiresOn: null,
  dbs: 'enhanced-clear',
  yearsOfPractice: 3,
  specialties: ['medicine', 'surgery'],
  previousRoles: [],
};
const role = (facts: GateFacts, id: string) => interimRolesFor(ref, facts, TODAY).find((r) => r.id === id)!;
const failing = (facts: GateFacts, id: string) =>
  role(facts, id)
    .gates.filter((g) => g.outcome !== 'pass')
    .map((g) => `${g.gate}:${g.outcome}`);

describe('interim roles and legal gates (reference sections 0.3, 2.2, 2.3)', () => {
  it('lines 87-95: a doctor meeting every condition can be a Medical Support Worker (Band 6)', () => {
    expect(role(doctor, 'medical-support-worker')).toMatchObject({ status: 'available', band: { min: 6, max: 6 } });
  });

  it.each([
    [
      'line 94: excluded after passing PLAB 2',
      { progress: [...doctor.progress, { step: 'plab2', outcome: 'passed', date: '2026-05-01' }] },
      'not-eligible',
      ['step-not-passed:fail'],
    ],
    [
      'line 94: excluded once GMC registered',
      { progress: [...doctor.progress, { step: 'registered', outcome: 'passed', date: '2026-05-01' }] },
      'not-eligible',
      ['step-not-passed:fail'],
    ],
    [
      'line 94: excluded after a previous MSW post',
      { previousRoles: ['medical-support-worker'] },
      'not-eligible',
      ['not-previously:fail'],
    ],
    [
      'line 92: needs GMC-level English (7.0/7.0/6.5/7.0 is not)',
      { english: [{ ...gmcEnglish, scores: { listening: 7, reading: 7, writing: 6.5, speaking: 7 } }] },
      'not-eligible',
      ['english-met:fail'],
    ],
    ['line 91: under 1 year of postgraduate experience', { yearsOfPractice: 0.5 }, 'not-eligible', ['experience:fail']],
    [
      'line 91: medicine and surgery experience not recorded',
      { specialties: ['paediatrics'] },
      'needs-evidence',
      ['experience:unknown'],
    ],
    [
      'line 90: GMC acceptability of the qualification not recorded',
      { progress: [] },
      'needs-evidence',
      ['step-passed:unknown'],
    ],
    [
      'line 93: unknown right to work fails closed',
      { rightToWork: 'unknown' },
      'needs-evidence',
      ['right-to-work:unknown'],
    ],
  ] as [string, Partial<GateFacts>, string, string[]][])('%s', (_name, change, status, gates) => {
    const facts = { ...doctor, ...change };
    expect(role(facts, 'medical-support-worker').status).toBe(status);
    expect(failing(facts, 'medical-support-worker')).toEqual(gates);
  });

  it('line 12: an asylum seeker without permission to work matches no paid role, but can volunteer', () => {
    const roles = interimRolesFor(ref, { ...doctor, rightToWork: 'asylum-seeker' }, TODAY);
    for (const r of roles.filter((x) => x.paid)) expect(r.status, r.id).toBe('not-eligible');
    expect(roles.find((r) => r.id === 'volunteering')?.status).toBe('available');
  });

  it('line 12/14: with permission to work, only listed occupations; the list contents are not recorded, so unknown', () => {
    const hca = role({ ...doctor, rightToWork: 'asylum-seeker-permitted' }, 'healthcare-assistant');
    expect(hca.status).toBe('needs-evidence');
    expect(hca.gates[0]).toMatchObject({ gate: 'right-to-work', outcome: 'unknown' });
  });

  it('a right to work that has ended is a fail', () => {
    expect(failing({ ...doctor, rightToWorkExpiresOn: '2026-01-01' }, 'healthcare-assistant')).toEqual([
      'right-to-work:fail',
    ]);
  });

  it('DBS where required: no clear enhanced check means the role needs evidence; barred means not eligible', () => {
    expect(role({ ...doctor, dbs: 'unknown' }, 'healthcare-assistant').status).toBe('needs-evidence');
    expect(role({ ...doctor, dbs: 'barred' }, 'healthcare-assistant').status).toBe('not-eligible');
  });

  it('line 64: a maternity support worker role is offered to midwives, not doctors', () => {
    const midwife = { ...doctor, occupation: 'midwife' };
    expect(role(midwife, 'maternity-support-worker').status).toBe('available');
    expect(role(doctor, 'maternity-support-worker')).toBeUndefined();
  });

  it('property: legal gates fail closed: without a full right to work and a clear DBS no paid role is available', () => {
    const occupations = ref.regulators.professions.flatMap((p) => p.occupations);
    fc.assert(
      fc.property(
        fc.constantFrom(...occupations),
        fc.constantFrom(...rightToWorkStatuses),
        fc.constantFrom(...dbsStatuses),
        (occupation, rightToWork, dbs) => {
          const roles = interimRolesFor(ref, { ...doctor, occupation, rightToWork, dbs }, TODAY);
          for (const r of roles.filter((x) => x.paid && x.status === 'available')) {
            expect(rightToWork).toBe('full');
            if (r.gates.some((g) => g.gate === 'dbs')) expect(dbs).toBe('enhanced-clear');
          }
        },
      ),
    );
  });
});
