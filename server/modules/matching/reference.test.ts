import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReferenceData, readReferenceFiles, ReferenceDataError, referenceData } from './reference';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests break raw JSON of any shape
type RawJson = any;
const clone = <T>(v: T): T => structuredClone(v);
const files = readReferenceFiles();
const taxonomy = JSON.parse(readFileSync(new URL('../../../taxonomies/occupations.json', import.meta.url), 'utf8')) as {
  occupations: { code: string; regulator: string | null }[];
};

function refusal(mutate: (raw: Record<string, RawJson>) => void): ReferenceDataError {
  const raw = clone(files) as Record<string, RawJson>;
  mutate(raw);
  try {
    parseReferenceData(raw as never);
  } catch (err) {
    if (err instanceof ReferenceDataError) return err;
    throw err;
  }
  throw new Error('the broken data was accepted');
}

describe('reference data files', () => {
  it('load and pass their schemas and cross-checks', () => {
    const ref = referenceData();
    expect(ref.regulators.routes.map((r) => r.regulator).sort()).toEqual(['GDC', 'GMC', 'GPhC', 'HCPC', 'NMC']);
    expect(ref.english.rules.length).toBeGreaterThanOrEqual(11);
  });

  it.each([
    ['english-rules.json', 'rules.0.overallMin', (r: RawJson) => (r.english.rules[0].overallMin = 7.3)],
    ['english-rules.json', 'rules.2.perSkillMin', (r: RawJson) => (r.english.rules[2].perSkillMin.writing = 'six')],
    ['english-rules.json', 'rules.1.checkedOn', (r: RawJson) => delete r.english.rules[1].checkedOn],
    ['english-rules.json', 'rules.3.sources', (r: RawJson) => (r.english.rules[3].sources = [])],
    ['english-rules.json', 'rules.0.professions.0', (r: RawJson) => (r.english.rules[0].professions = ['astronaut'])],
    ['english-rules.json', 'oetGrades.grades', (r: RawJson) => (r.english.oetGrades.grades[1].min = 360)],
    [
      'regulators.json',
      'routes.0.steps.2.estimate',
      (r: RawJson) => (r.regulators.routes[0].steps[2].estimate = 'soon'),
    ],
    ['regulators.json', 'professions.0.route', (r: RawJson) => (r.regulators.professions[0].route = 'no-such-route')],
    ['interim-roles.json', 'roles.3.gates.2', (r: RawJson) => (r.interimRoles.roles[3].gates[2].step = 'plab9')],
    ['interim-roles.json', 'roles.0.gates.1.kind', (r: RawJson) => (r.interimRoles.roles[0].gates[1].kind = 'vibes')],
    ['right-to-work.json', 'statuses.0.paidWork', (r: RawJson) => (r.rightToWork.statuses[0].paidWork = 'some')],
  ])('refuses a broken %s naming the field %s', (file, field, mutate) => {
    const err = refusal(mutate);
    expect(err.file).toBe(file);
    expect(err.field).toBe(field);
    expect(err.message).toContain(file);
    expect(err.message).toContain(field);
  });

  it('dates every entry and names a source for it', () => {
    const { english, regulators, interimRoles } = referenceData();
    for (const entry of [...english.rules, ...regulators.routes, ...interimRoles.roles]) {
      expect(entry.checkedOn, entry.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(entry.sources.length, entry.id).toBeGreaterThan(0);
    }
  });

  it('uses only occupation codes in the taxonomy, each with the regulator the taxonomy gives', () => {
    const byCode = new Map(taxonomy.occupations.map((o) => [o.code, o]));
    const { regulators, interimRoles } = referenceData();
    for (const p of regulators.professions)
      for (const code of p.occupations) expect(byCode.get(code)?.regulator, code).toBe(p.regulator);
    for (const role of interimRoles.roles)
      if (role.occupation) expect(byCode.has(role.occupation), role.occupation).toBe(true);
  });

  it('gives a typical time only where the reference gives one (the GPhC OSPAP and foundation year)', () => {
    const known = referenceData()
      .regulators.routes.flatMap((r) => r.steps.map((s) => ({ id: `${r.id}/${s.id}`, estimate: s.estimate })))
      .filter((s) => s.estimate !== 'unknown')
      .map((s) => s.id);
    expect(known).toEqual(['gphc-ospap/ospap', 'gphc-ospap/foundation-training']);
  });
});
