import { describe, expect, test } from 'vitest';
import { compileXlsForm } from './xlsform.compile';
import { MAX_CELL_CHARS, MAX_SHEET_ROWS, XlsFormError } from './xlsform.errors';
import type { SheetRow, XlsFormSheets } from './xlsform.types';

const q = (name: string, extra: SheetRow = {}): SheetRow => ({ type: 'text', name, label: name, ...extra });
const form = (survey: SheetRow[], more: Partial<XlsFormSheets> = {}): XlsFormSheets => ({
  survey,
  settings: [{ form_id: 'f' }],
  ...more,
});

function caught(run: () => unknown): XlsFormError {
  try {
    run();
  } catch (error) {
    if (error instanceof XlsFormError) return error;
    throw error;
  }
  throw new Error('expected an XlsFormError');
}

type Case = [string, XlsFormSheets, { sheet: string; row: number | null; column: string | null; message: RegExp }];
const cases: Case[] = [
  [
    'unknown type',
    form([q('a'), { type: 'barcode2', name: 'b', label: 'B' }]),
    { sheet: 'survey', row: 3, column: 'type', message: /unknown or unsupported type "barcode2"/ },
  ],
  [
    'unsupported type',
    form([{ type: 'geotrace', name: 'b', label: 'B' }]),
    { sheet: 'survey', row: 2, column: 'type', message: /unsupported/ },
  ],
  [
    'row without type',
    form([q('a'), { name: 'b', label: 'B' }]),
    { sheet: 'survey', row: 3, column: 'type', message: /no type/ },
  ],
  [
    'unknown list',
    form([{ type: 'select_one nope', name: 'b', label: 'B' }]),
    { sheet: 'survey', row: 2, column: 'type', message: /list "nope"/ },
  ],
  [
    'begin group never ended',
    form([q('a'), { type: 'begin group', name: 'g', label: 'G' }, q('b')]),
    { sheet: 'survey', row: 3, column: 'type', message: /no matching end group/ },
  ],
  [
    'empty group',
    form([q('a'), { type: 'begin group', name: 'g', label: 'G' }, { type: 'end group' }]),
    { sheet: 'survey', row: 3, column: 'type', message: /group "g" has no questions/ },
  ],
  [
    'end group without begin',
    form([q('a'), { type: 'end group' }]),
    { sheet: 'survey', row: 3, column: 'type', message: /without a matching begin/ },
  ],
  [
    'end group closing a repeat',
    form([{ type: 'begin repeat', name: 'r', label: 'R' }, q('a'), { type: 'end group' }]),
    { sheet: 'survey', row: 4, column: 'type', message: /closes the begin repeat of row 2/ },
  ],
  [
    'duplicate name',
    form([q('a'), {}, q('a')]),
    { sheet: 'survey', row: 4, column: 'name', message: /duplicate name "a" \(first at row 2\)/ },
  ],
  [
    'missing name',
    form([q('a'), { type: 'text', label: 'x' }]),
    { sheet: 'survey', row: 3, column: 'name', message: /no name/ },
  ],
  ['invalid name', form([q('1st')]), { sheet: 'survey', row: 2, column: 'name', message: /not a valid name/ }],
  [
    'no label',
    form([{ type: 'integer', name: 'n' }]),
    { sheet: 'survey', row: 2, column: 'label', message: /no label/ },
  ],
  [
    'calculate without calculation',
    form([{ type: 'calculate', name: 'c' }]),
    { sheet: 'survey', row: 2, column: 'calculation', message: /needs a calculation/ },
  ],
  [
    'bad ${ref} in relevant',
    form([q('a'), q('b', { relevant: '${nope} = 1' })]),
    { sheet: 'survey', row: 3, column: 'relevant', message: /\$\{nope\} does not name a question/ },
  ],
  [
    'bad ${ref} in a translated label',
    form([{ type: 'text', name: 'a', 'label::English (en)': 'Hi ${who}' }]),
    { sheet: 'survey', row: 2, column: 'label::English (en)', message: /\$\{who\}/ },
  ],
  [
    'malformed ${ref}',
    form([q('a', { constraint: '${a b} > 1' })]),
    { sheet: 'survey', row: 2, column: 'constraint', message: /bad reference/ },
  ],
  [
    'unclosed ${',
    form([q('a', { calculation: '${a + 1' })]),
    { sheet: 'survey', row: 2, column: 'calculation', message: /unclosed/ },
  ],
  [
    'dynamic default',
    form([q('a'), q('b', { default: '${a}' })]),
    { sheet: 'survey', row: 3, column: 'default', message: /default/ },
  ],
  [
    'bad ref in instance_name',
    form([q('a')], { settings: [{ form_id: 'f', instance_name: '${zz}' }] }),
    { sheet: 'settings', row: 2, column: 'instance_name', message: /zz/ },
  ],
  [
    'missing form_id',
    form([q('a')], { settings: [{ form_title: 'T' }] }),
    { sheet: 'settings', row: 2, column: 'form_id', message: /form_id is missing/ },
  ],
  [
    'missing survey sheet',
    {} as XlsFormSheets,
    { sheet: 'survey', row: null, column: null, message: /survey sheet is missing/ },
  ],
  [
    'survey without a type column',
    form([{ name: 'a', label: 'A' }].slice(0, 0)),
    { sheet: 'survey', row: 1, column: 'type', message: /no "type" column/ },
  ],
  [
    'choice without name',
    form([{ type: 'select_one l', name: 'a', label: 'A' }], { choices: [{ list_name: 'l', label: 'x' }] }),
    { sheet: 'choices', row: 2, column: 'name', message: /no name/ },
  ],
  [
    'duplicate choice',
    form([{ type: 'select_one l', name: 'a', label: 'A' }], {
      choices: [
        { list_name: 'l', name: 'x' },
        { list_name: 'l', name: 'x' },
      ],
    }),
    { sheet: 'choices', row: 3, column: 'name', message: /duplicate choice "x"/ },
  ],
  [
    'cell too long',
    form([q('a', { hint: 'x'.repeat(MAX_CELL_CHARS + 1) })]),
    { sheet: 'survey', row: 2, column: 'hint', message: /longer than/ },
  ],
  [
    'too many rows',
    form(Array.from({ length: MAX_SHEET_ROWS }, (_, i) => q(`q${i}`))),
    { sheet: 'survey', row: MAX_SHEET_ROWS, column: null, message: /more than/ },
  ],
  [
    'not a row',
    form(['text' as unknown as SheetRow]),
    { sheet: 'survey', row: 2, column: null, message: /must be an object/ },
  ],
  [
    'object cell',
    form([q('a', { hint: { evil: true } as unknown as string })]),
    { sheet: 'survey', row: 2, column: 'hint', message: /unsupported cell/ },
  ],
];

describe('XlsFormError names sheet, row and column', () => {
  test.each(cases)('%s', (_name, input, expected) => {
    const error = caught(() => compileXlsForm(input));
    expect({ sheet: error.sheet, row: error.row, column: error.column }).toEqual({
      sheet: expected.sheet,
      row: expected.row,
      column: expected.column,
    });
    expect(error.detail).toMatch(expected.message);
    expect(error.toJSON()).toMatchObject({ sheet: expected.sheet, message: error.detail });
  });

  test('duplicate choices are allowed when the settings say so', () => {
    const input = form([{ type: 'select_one l', name: 'a', label: 'A' }], {
      choices: [
        { list_name: 'l', name: 'x' },
        { list_name: 'l', name: 'x' },
      ],
      settings: [{ form_id: 'f', allow_choice_duplicates: 'yes' }],
    });
    expect(() => compileXlsForm(input)).not.toThrow();
  });
});
