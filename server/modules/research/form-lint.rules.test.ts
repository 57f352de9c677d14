import { describe, expect, test } from 'vitest';
import { mentionsSensitiveTopic } from './form-lint.keywords';
import { lintForm, type LintCode, type LintOptions } from './form-lint.rules';
import { doorstepForm } from './testing/sample-forms';
import { compileXlsForm } from './xlsform.compile';
import type { FormField, FormSchema, Labels } from './xlsform.types';

const field = (name: string, over: Partial<FormField> = {}): FormField => ({
  name,
  xpath: `/d/${name}`,
  type: 'text',
  dataType: 'string',
  labels: { 'English (en)': name, 'Arabic (ar)': name },
  hints: {},
  required: false,
  readOnly: false,
  sensitive: false,
  ...over,
});

const schema = (fields: FormField[], languages = ['English (en)', 'Arabic (ar)']): FormSchema => ({
  formId: 'f',
  version: '1',
  title: 'F',
  rootName: 'd',
  languages,
  defaultLanguage: languages[0] ?? null,
  fields,
});

const en = (text: string): Labels => ({ 'English (en)': text, 'Arabic (ar)': text });
const easy = ['a', 'b', 'c'].map((name) => field(name));
const many = (count: number, type: FormField['type'] = 'text') =>
  Array.from({ length: count }, (_, i) => field(`q${i}`, { type }));

type Row = [string, FormSchema, LintOptions, { code: LintCode; field: string | null; language?: string }[]];
const table: Row[] = [
  ['easy questions only: no warnings', schema(easy), {}, []],
  [
    'marked sensitive first',
    schema([field('x', { sensitive: true }), ...easy]),
    {},
    [{ code: 'sensitive_before_easy', field: 'x' }],
  ],
  [
    'income by its label, after one easy question',
    schema([easy[0]!, field('money', { labels: en('Monthly income?') }), ...easy.slice(1)]),
    {},
    [{ code: 'sensitive_before_easy', field: 'money' }],
  ],
  [
    'immigration by its name',
    schema([field('immigration_status'), ...easy]),
    {},
    [{ code: 'sensitive_before_easy', field: 'immigration_status' }],
  ],
  [
    'health in Arabic',
    schema([field('q1', { labels: { 'English (en)': 'Q', 'Arabic (ar)': 'هل لديك مشاكل صحة؟' } }), ...easy]),
    {},
    [{ code: 'sensitive_before_easy', field: 'q1' }],
  ],
  [
    'benefits in Polish (one language)',
    schema([field('z', { labels: { 'Polski (pl)': 'Czy pobierasz zasiłek?' } }), ...easy], ['Polski (pl)']),
    {},
    [{ code: 'sensitive_before_easy', field: 'z' }],
  ],
  ['sensitive after three easy ones', schema([...easy, field('x', { sensitive: true })]), {}, []],
  [
    'notes do not count as easy questions',
    schema([
      field('n1', { type: 'note' }),
      field('n2', { type: 'note' }),
      field('n3', { type: 'note' }),
      field('x', { sensitive: true }),
    ]),
    {},
    [{ code: 'sensitive_before_easy', field: 'x' }],
  ],
  [
    '"learn" and "advisable" are not sensitive',
    schema([field('learn', { labels: en('What would you like to learn? Is it advisable?') }), ...easy]),
    {},
    [],
  ],
  [
    'label missing a language',
    schema([field('a', { labels: { 'English (en)': 'A' } }), ...easy.slice(1)]),
    {},
    [{ code: 'missing_translation', field: 'a', language: 'Arabic (ar)' }],
  ],
  [
    'choice missing a language',
    schema([
      field('s', { type: 'select_one', choices: [{ name: 'y', labels: { 'Arabic (ar)': 'نعم' } }] }),
      ...easy.slice(1),
    ]),
    {},
    [{ code: 'missing_translation', field: 's', language: 'English (en)' }],
  ],
  [
    'hint missing a language',
    schema([field('a', { hints: { 'English (en)': 'tip' } }), ...easy.slice(1)]),
    {},
    [{ code: 'missing_translation', field: 'a', language: 'Arabic (ar)' }],
  ],
  ['one language: nothing to translate', schema([field('a', { labels: { default: 'A' } })], ['default']), {}, []],
  [
    'required mid-form with partial responses',
    schema([field('a', { required: true }), field('b'), field('c', { required: true })]),
    { allowPartial: true },
    [{ code: 'required_blocks_partial', field: 'a' }],
  ],
  ['required mid-form without partial responses', schema([field('a', { required: true }), field('b')]), {}, []],
  ['31 questions is too long', schema(many(31)), {}, [{ code: 'too_long', field: null }]],
  ['30 questions is fine', schema(many(30)), {}, []],
  [
    'too many minutes at a slower pace',
    schema(many(20)),
    { secondsPerQuestion: 40 },
    [{ code: 'too_long', field: null }],
  ],
  [
    'calculates are not counted',
    schema([...many(30), ...many(10, 'calculate').map((f) => ({ ...f, name: `c${f.name}` }))]),
    {},
    [],
  ],
  [
    'questions inside groups and repeats are counted',
    schema([field('g', { type: 'group', children: many(31) })]),
    {},
    [{ code: 'too_long', field: null }],
  ],
];

describe('lintForm', () => {
  test.each(table)('%s', (_name, input, options, expected) => {
    const warnings = lintForm(input, options);
    expect(
      warnings.map(({ code, field: name, language }) => ({ code, field: name, ...(language ? { language } : {}) })),
    ).toEqual(expected);
    for (const warning of warnings) expect(warning.message.length).toBeGreaterThan(10);
  });

  test('the compiled doorstep form: income is marked sensitive and comes late enough', () => {
    const { schema: compiled } = compileXlsForm(doorstepForm());
    // Its one hint is only in English.
    expect(lintForm(compiled).map(({ code, field: name, language }) => [code, name, language])).toEqual([
      ['missing_translation', 'skill', 'Arabic (ar)'],
    ]);
    const partial = lintForm(compiled, { allowPartial: true }).filter((w) => w.code === 'required_blocks_partial');
    expect(partial.map((warning) => warning.field)).toEqual(['area']);
  });

  test.each([
    ['What is your monthly income?', true],
    ['Do you claim Universal Credit?', true],
    ['ما هو الدخل الشهري؟', true],
    ['أدخل اسمك', false],
    ['What is your favourite colour?', false],
  ])('keywords: %s -> %s', (text, expected) => {
    expect(mentionsSensitiveTopic([text])).toBe(expected);
  });
});
