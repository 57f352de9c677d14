import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseText, resolveOccupation, type Occupation } from './occupations.rules';

interface Taxonomy {
  version: string;
  source: string;
  occupations: Occupation[];
}

const taxonomy = JSON.parse(
  readFileSync(new URL('../../../taxonomies/occupations.json', import.meta.url), 'utf8'),
) as Taxonomy;
const occupations = taxonomy.occupations;
const LANGUAGES = ['en', 'ar', 'ur', 'pl', 'ro', 'fa'] as const;
const top = (text: string) => resolveOccupation(text, occupations)[0];

/**
 * Every health and care profession in shared/reference/skills-matching.md (§2.2 pathways and
 * interim roles, §3.2 code list, the 15 HCPC professions), with the codes that file gives.
 * Where it marks a code "(V)" the taxonomy's choice is listed and explained in its `source`.
 */
const REFERENCE_PROFESSIONS: ReadonlyArray<[code: string, isco08: string, soc2020: string]> = [
  ['general-practitioner', '2211', '2211'],
  ['medical-doctor', '2211', '2211'],
  ['medical-support-worker', '2211', '2211'],
  ['consultant-physician', '2212', '2212'],
  ['surgeon', '2212', '2212'],
  ['surgeon-paediatric', '2212', '2212'],
  ['medical-practitioner-paediatrics', '2212', '2212'],
  ['anaesthetist', '2212', '2212'],
  ['psychiatrist', '2212', '2212'],
  ['obstetrician-gynaecologist', '2212', '2212'],
  ['public-health-consultant', '2212', '2212'],
  ['public-health-practitioner', '2269', '2259'],
  ['nurse-adult', '2221', '2237'],
  ['nurse-child', '2221', '2236'],
  ['nurse-mental-health', '2221', '2235'],
  ['nurse-learning-disability', '2221', '2237'],
  ['nurse-community', '2221', '2232'],
  ['nurse-specialist', '2221', '2233'],
  ['nurse-practitioner', '2221', '2234'],
  ['midwife', '2222', '2231'],
  ['nursing-associate', '3221', '3219'],
  ['healthcare-assistant', '5321', '6131'],
  ['maternity-support-worker', '5321', '6131'],
  ['assistant-practitioner', '3259', '3219'],
  ['care-worker', '5322', '6135'],
  ['home-carer', '5322', '6135'],
  ['senior-care-worker', '5322', '6136'],
  ['care-manager', '1343', '1232'],
  ['health-services-manager', '1342', '1171'],
  ['pharmacist', '2262', '2251'],
  ['pharmacy-technician', '3213', '3212'],
  ['pharmacy-assistant', '3213', '7114'],
  ['dentist', '2261', '2253'],
  ['dental-nurse', '3251', '6133'],
  ['dental-hygienist', '3251', '3213'],
  ['dental-therapist', '3251', '3213'],
  ['physiotherapist', '2264', '2221'],
  ['therapy-assistant', '3255', '3219'],
  ['occupational-therapist', '2269', '2222'],
  ['speech-and-language-therapist', '2266', '2223'],
  ['radiographer-diagnostic', '3211', '2254'],
  ['radiographer-therapeutic', '3211', '2254'],
  ['imaging-assistant', '5329', '6131'],
  ['paramedic', '2240', '2255'],
  ['ambulance-technician', '3258', '6132'],
  ['biomedical-scientist', '2131', '2113'],
  ['clinical-scientist', '2131', '2113'],
  ['laboratory-assistant', '3212', '3111'],
  ['phlebotomist', '3259', '6131'],
  ['hospital-porter', '5329', '9262'],
  ['optometrist', '2267', '2252'],
  ['dietitian', '2265', '2259'],
  ['podiatrist', '2269', '2256'],
  ['clinical-psychologist', '2634', '2225'],
  ['arts-therapist', '2269', '2229'],
  ['hearing-aid-dispenser', '3214', '3213'],
  ['operating-department-practitioner', '3259', '2259'],
  ['orthoptist', '2267', '2229'],
  ['prosthetist-orthotist', '2269', '2259'],
  ['social-worker', '2635', '2461'],
  ['medical-interpreter', '2643', '3412'],
  ['clinical-coder', '3252', '3549'],
  ['medical-secretary', '3344', '4211'],
  ['receptionist', '4226', '4216'],
];

function termsOf(o: Occupation): Array<[language: string, text: string]> {
  const labels = Object.entries(o.labels);
  const synonyms = Object.entries(o.synonyms).flatMap(([lang, list]) => list.map((t): [string, string] => [lang, t]));
  return [...labels, ...synonyms];
}

describe('occupations taxonomy data', () => {
  it('has at least 90 occupations with unique codes, a version and a source note', () => {
    expect(occupations.length).toBeGreaterThanOrEqual(90);
    expect(new Set(occupations.map((o) => o.code)).size).toBe(occupations.length);
    expect(taxonomy.version).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(taxonomy.source).toContain('Open Government Licence');
  });

  it('gives every occupation 4-digit codes, a sector, a consistent regulator and six languages', () => {
    for (const o of occupations) {
      expect(o.code, o.code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(o.isco08, o.code).toMatch(/^\d{4}$/);
      expect(o.soc2020, o.code).toMatch(/^\d{4}$/);
      expect(['health', 'care', 'construction', 'food', 'creative', 'retail', 'other']).toContain(o.sector);
      expect(o.regulated, o.code).toBe(o.regulator !== null);
      for (const lang of LANGUAGES) {
        expect(o.labels[lang]?.trim(), `${o.code} label ${lang}`).toBeTruthy();
        expect(Array.isArray(o.synonyms[lang]), `${o.code} synonyms ${lang}`).toBe(true);
      }
    }
  });

  it('covers every health and care profession in the reference, with its codes', () => {
    const byCode = new Map(occupations.map((o) => [o.code, o]));
    for (const [code, isco08, soc2020] of REFERENCE_PROFESSIONS) {
      expect(byCode.get(code), code).toMatchObject({ isco08, soc2020 });
    }
  });

  it('covers construction, food, creative, retail and care with several occupations each', () => {
    for (const sector of ['construction', 'food', 'creative', 'retail', 'care']) {
      expect(occupations.filter((o) => o.sector === sector).length, sector).toBeGreaterThanOrEqual(5);
    }
  });

  it('never gives two occupations the same label or synonym once normalised', () => {
    const owners = new Map<string, string>();
    const clashes: string[] = [];
    for (const o of occupations) {
      for (const [lang, text] of termsOf(o)) {
        const key = normaliseText(text);
        expect(key, `${o.code} ${lang} "${text}"`).not.toBe('');
        const owner = owners.get(key);
        if (owner && owner !== o.code) clashes.push(`"${text}" (${lang}): ${owner} and ${o.code}`);
        owners.set(key, o.code);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('resolves every label and synonym in every language to its own occupation', () => {
    const wrong: string[] = [];
    for (const o of occupations) {
      for (const [lang, text] of termsOf(o)) {
        const best = top(text);
        if (best?.code !== o.code || best.confidence !== 1) wrong.push(`${o.code} ${lang} "${text}" -> ${best?.code}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('resolveOccupation', () => {
  it.each([
    ['طبيب أطفال', 'medical-practitioner-paediatrics'],
    ['pielęgniarka', 'nurse-adult'],
    ['kitchen porter', 'kitchen-porter'],
  ])('resolves the issue example %s to %s with high confidence', (text, code) => {
    const best = top(text);
    expect(best?.code).toBe(code);
    expect(best?.confidence).toBeGreaterThanOrEqual(0.8);
  });

  it('returns the codes, the English label, what matched and why', () => {
    expect(top('طبيبة أطفال')).toEqual({
      code: 'medical-practitioner-paediatrics',
      isco08: '2212',
      soc2020: '2212',
      label: 'Paediatrician',
      confidence: 1,
      matched: 'طبيبة أطفال',
      language: 'ar',
      reason: 'exact match',
    });
  });

  it.each([
    ['pharmasist', 'pharmacist'],
    ['kichen porter', 'kitchen-porter'],
    ['physiotherepist', 'physiotherapist'],
    ['electrishan', 'electrician'],
    ['midwif', 'midwife'],
    ['experienced kichen porter', 'kitchen-porter'],
    ['I worked as a care worker', 'care-worker'],
    ['pielegniarka', 'nurse-adult'],
    ['asistenta medicala', 'nurse-adult'],
    ['PIELĘGNIARZ', 'nurse-adult'],
    ['طبيبه اطفال', 'medical-practitioner-paediatrics'],
    ['طَبِيبُ الأَطْفَالِ', 'medical-practitioner-paediatrics'],
    ['طبيـــب أطفال', 'medical-practitioner-paediatrics'],
    ['پزشك عمومي', 'general-practitioner'],
    ['دندان پزشک', 'dentist'],
    ['moasa', 'midwife'],
    ['moaşă', 'midwife'],
    ['mid wife', 'midwife'],
  ])('tolerates typos, case, diacritics, script variants and extra words: %s', (text, code) => {
    expect(top(text)?.code).toBe(code);
  });

  it('never scores a partial match as high as an exact one', () => {
    expect(top('nurse nurse nurse')?.confidence).toBeLessThan(1);
    expect(top('kitchen porter kitchen porter')?.confidence).toBeLessThan(1);
  });

  it.each(['qwzx', '', '   ', '!!!', '12345', 'zzzzzz'])('returns nothing for nonsense: "%s"', (text) => {
    expect(resolveOccupation(text, occupations)).toEqual([]);
  });

  it('honours the limit and language options', () => {
    expect(resolveOccupation('nurse', occupations, { limit: 2 })).toHaveLength(2);
    const englishOnly = resolveOccupation('pielęgniarka', occupations, { languages: ['en'] });
    expect(englishOnly.every((r) => r.language === 'en' && r.confidence < 1)).toBe(true);
    expect(resolveOccupation('nurse', occupations, { languages: ['en'] })[0]?.code).toBe('nurse-adult');
  });

  it('reads whatever taxonomy it is given, so data updates need no release', () => {
    const extra: Occupation = {
      code: 'beekeeper',
      isco08: '6123',
      soc2020: '5119',
      sector: 'other',
      regulated: false,
      regulator: null,
      labels: { en: 'Beekeeper', pl: 'pszczelarz' },
      synonyms: { en: ['apiarist'] },
    };
    expect(top('pszczelarz')).toBeUndefined();
    expect(resolveOccupation('pszczelarz', [...occupations, extra])[0]?.code).toBe('beekeeper');
  });

  const vocabulary = fc.constantFrom(
    ...['nurse', 'kitchen', 'porter', 'طبيب', 'أطفال', 'ال', 'pielęgniarka', 'ș', 'ی', 'ک', 'ـ', '-', ' ', 'x'],
  );
  const text = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.string({ unit: 'binary', maxLength: 20 }),
    fc.array(vocabulary, { maxLength: 6 }).map((parts) => parts.join('')),
  );

  it('always returns at most five distinct occupations, confidences in [0, 1], best first', () => {
    fc.assert(
      fc.property(text, (input) => {
        const results = resolveOccupation(input, occupations);
        expect(results.length).toBeLessThanOrEqual(5);
        expect(new Set(results.map((r) => r.code)).size).toBe(results.length);
        for (const [i, r] of results.entries()) {
          expect(r.confidence).toBeGreaterThanOrEqual(0);
          expect(r.confidence).toBeLessThanOrEqual(1);
          if (i > 0) expect(r.confidence).toBeLessThanOrEqual(results[i - 1]!.confidence);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('normalises idempotently', () => {
    fc.assert(
      fc.property(text, (input) => {
        const once = normaliseText(input);
        expect(normaliseText(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it('folds Arabic-script variants, tashkeel, tatweel and the article, and Latin diacritics', () => {
    expect(normaliseText('الطَّبِيبَةُ')).toBe(normaliseText('طبيبة'));
    expect(normaliseText('إسعاف آمن أمن')).toBe('اسعاف امن امن');
    expect(normaliseText('پزشکی یک')).toBe('پزشكي يك');
    expect(normaliseText('Łódź, Ștefan; Şerban!')).toBe('lodz stefan serban');
    expect(normaliseText('  Kitchen---PORTER  ')).toBe('kitchen porter');
    expect(normaliseText('الم')).toBe('الم');
  });
});
