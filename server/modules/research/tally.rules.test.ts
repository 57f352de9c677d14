import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { published } from './tally.service';
import { formLanguage, labelOf, median, tallyQuestion, tallyQuestions } from './tally.rules';
import { baselineSurvey } from './tally.fixtures';
import { compileXlsForm } from './xlsform.compile';

const schema = compileXlsForm(baselineSurvey()).schema;
const choices = (...names: string[]) => names.map((name) => ({ name, labels: { default: name } }));

describe('which questions are tallied', () => {
  it('keeps closed questions and leaves out free text, contact, sensitive, places and repeats', () => {
    expect(tallyQuestions(schema, false).map((q) => [q.path, q.type])).toEqual([
      ['legal_form', 'select_one'],
      ['markets', 'select_multiple'],
      ['local_jobs', 'integer'],
    ]);
  });

  it('leaves out exact numbers on an anonymous form, and everything on an encrypted one', () => {
    expect(tallyQuestions(schema, true).map((q) => q.path)).toEqual(['legal_form', 'markets']);
    expect(tallyQuestions({ ...schema, encrypted: true }, false)).toEqual([]);
  });

  it('leaves out a closed question whose name or label points at a person or a sensitive topic', () => {
    const field = schema.fields.find((f) => f.name === 'legal_form')!;
    const renamed = (name: string, en = 'Which?') => ({
      ...schema,
      fields: [{ ...field, name, xpath: `/${schema.rootName}/${name}`, labels: { 'English (en)': en } }],
    });
    for (const name of ['surname', 'contact_method', 'postcode', 'date_of_birth', 'email'])
      expect(tallyQuestions(renamed(name), false), name).toEqual([]);
    expect(tallyQuestions(renamed('status', 'Your immigration status'), false)).toEqual([]);
    expect(tallyQuestions(renamed('named_partner_shop'), false)).toHaveLength(1);
  });
});

describe('labels in the asked language', () => {
  it('finds a form language from a UI code, else falls back to the default language', () => {
    expect(formLanguage(schema, 'ar')).toBe('Arabic (ar)');
    expect(formLanguage(schema, 'Arabic (ar)')).toBe('Arabic (ar)');
    expect(formLanguage(schema, 'pl')).toBe('English (en)');
    expect(formLanguage(schema, null)).toBe('English (en)');
  });
  it('labels fall back to the default language, then any, then the name', () => {
    expect(labelOf({ 'English (en)': 'Food', 'Arabic (ar)': 'الغذاء' }, 'Arabic (ar)', 'English (en)', 'x')).toBe(
      'الغذاء',
    );
    expect(labelOf({ 'English (en)': 'Food' }, 'Arabic (ar)', 'English (en)', 'x')).toBe('Food');
    expect(labelOf({ 'Polish (pl)': 'Jedzenie' }, 'Arabic (ar)', 'English (en)', 'x')).toBe('Jedzenie');
    expect(labelOf({}, 'Arabic (ar)', null, 'food')).toBe('food');
  });
});

describe('tallies', () => {
  it('counts select_one answers per choice and select_multiple choices per response', () => {
    const one = tallyQuestion(
      { type: 'select_one', choices: choices('a', 'b') },
      new Map([
        ['a', 6],
        ['b', 2],
        ['gone', 1],
        ['', 9],
      ]),
    );
    expect(one).toEqual({ answered: 9, counts: [6, 2], median: null });
    const many = tallyQuestion(
      { type: 'select_multiple', choices: choices('a', 'b') },
      new Map([
        ['a b', 3],
        ['b', 4],
        ['a a', 1],
      ]),
    );
    expect(many).toEqual({ answered: 8, counts: [4, 7], median: null });
  });

  it('gives numbers a count and a median, ignoring what is not a number', () => {
    const t = tallyQuestion(
      { type: 'integer', choices: [] },
      new Map([
        ['1', 2],
        ['10', 1],
        ['3', 2],
        ['many', 4],
      ]),
    );
    expect(t).toEqual({ answered: 5, counts: [], median: 3 });
    expect(median([])).toBeNull();
    expect(
      median([
        [2, 1],
        [4, 1],
      ]),
    ).toBe(3);
  });

  it('a median lies between the smallest and largest value (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: -1e6, max: 1e6 }), fc.integer({ min: 1, max: 20 })), { minLength: 1 }),
        (w) => {
          const m = median(w)!;
          const xs = w.map(([x]) => x);
          return m >= Math.min(...xs) && m <= Math.max(...xs);
        },
      ),
    );
  });
});

describe('what is published', () => {
  const answers = fc.array(fc.nat({ max: 30 }), { minLength: 1, maxLength: 8 });

  it('select_one: no cell of 1 to 4 is shown, and no hidden cell can be worked out from what is shown (property)', () => {
    fc.assert(
      fc.property(answers, fc.nat({ max: 6 }), (counts, outside) => {
        const answered = counts.reduce((s, n) => s + n, 0) + outside;
        const p = published('select_one', answered, counts);
        if (p.counts.some((c, i) => c !== null && c !== counts[i])) return false;
        if (p.counts.some((c) => c !== null && c > 0 && c < 5)) return false;
        if (p.answered === null) return true;
        if (p.answered !== answered) return false;
        // what the hidden cells (the answers outside the choices among them) add up to is known: 0, or at least 5
        // (then no single small cell is all of it)
        const rest = answered - p.counts.reduce<number>((s, c) => s + (c ?? 0), 0);
        return rest === 0 || rest >= 5;
      }),
    );
  });

  it('select_multiple and numbers: each count of 1 to 4 hidden on its own', () => {
    fc.assert(
      fc.property(answers, fc.nat({ max: 40 }), (counts, answered) => {
        const p = published('select_multiple', answered, counts);
        const n = published('integer', answered, []);
        const ok = (shown: number | null, real: number) => (real > 0 && real < 5 ? shown === null : shown === real);
        return counts.every((c, i) => ok(p.counts[i]!, c)) && ok(p.answered, answered) && ok(n.answered, answered);
      }),
    );
  });

  it('a select_one of 6 and 2 hides both (the 2 could be worked out from the number answering)', () => {
    expect(published('select_one', 8, [6, 2])).toEqual({ answered: 8, counts: [null, null] });
    expect(published('select_one', 3, [3, 0])).toEqual({ answered: null, counts: [null, 0] });
    expect(published('select_one', 17, [6, 6, 3, 2])).toEqual({ answered: 17, counts: [6, 6, null, null] });
  });
});
