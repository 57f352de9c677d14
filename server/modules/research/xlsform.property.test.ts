/** fast-check: garbled sheets, bytes and XML never throw anything but the typed errors. */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { randomSurvey } from './testing/random-forms';
import { doorstepForm } from './testing/sample-forms';
import { parseXForm } from './xform.parse';
import { compileXlsForm } from './xlsform.compile';
import { XFormError, XlsFormError } from './xlsform.errors';
import { readXlsFormWorkbook } from './xlsform.reader';
import type { FormField, SheetRow, XlsFormSheets } from './xlsform.types';

const HEADERS = [
  'type',
  'name',
  'label',
  'label::English (en)',
  'label:Arabic (ar)',
  'hint',
  'required',
  'relevant',
  'constraint',
  'constraint_message',
  'calculation',
  'choice_filter',
  'appearance',
  'default',
  'read_only',
  'repeat_count',
  'sensitive',
  'list_name',
  'list name',
  'form_id',
  'version',
  'default_language',
  '__proto__',
];
const TYPES = [
  'text',
  'integer',
  'decimal',
  'date',
  'geopoint',
  'note',
  'calculate',
  'select_one l',
  'select_multiple l',
  'select_one l or_other',
  'select_one nope',
  'begin group',
  'end group',
  'begin_repeat',
  'end repeat',
  'bogus',
];
const WORDS = ['a', 'b', 'c', 'l', 'g', 'yes', 'no', '${a}', '${b}', '${zz}', '${', '. > 1', 'x y', '1a', ''];

const cell = fc.oneof(
  fc.constantFrom(...TYPES, ...WORDS),
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.date({ noInvalidDate: false }),
  fc.constant(null),
  fc.constant(undefined),
);
const row: fc.Arbitrary<SheetRow> = fc.dictionary(fc.oneof(fc.constantFrom(...HEADERS), fc.string()), cell, {
  maxKeys: 8,
});
const sheets: fc.Arbitrary<XlsFormSheets> = fc.record({
  survey: fc.array(row, { maxLength: 12 }),
  choices: fc.array(row, { maxLength: 6 }),
  settings: fc.array(row, { maxLength: 2 }),
});

const onlyTyped = (Type: new (...args: never[]) => Error, run: () => unknown) => {
  try {
    run();
    return true;
  } catch (error) {
    return error instanceof Type;
  }
};

describe('compileXlsForm under random input', () => {
  test('random sheets compile or throw XlsFormError; what compiles parses back', () => {
    fc.assert(
      fc.property(sheets, (input) =>
        onlyTyped(XlsFormError, () => {
          const { xml, schema } = compileXlsForm(input, { fallbackFormId: 'prop' });
          expect(parseXForm(xml).formId).toBe(schema.formId);
        }),
      ),
      { numRuns: 400 },
    );
  });

  test('well-formed random surveys mostly compile, and every compiled form parses back whole', () => {
    let compiled = 0;
    fc.assert(
      fc.property(randomSurvey, (input) => {
        const ok = onlyTyped(XlsFormError, () => {
          const { xml, schema } = compileXlsForm(input, { fallbackFormId: 'p' });
          const names = (fields: FormField[]): string[] => fields.flatMap((f) => [f.name, ...names(f.children ?? [])]);
          expect(names(parseXForm(xml).schema.fields)).toEqual(names(schema.fields));
          compiled += 1;
        });
        return ok;
      }),
      { numRuns: 300 },
    );
    expect(compiled).toBeGreaterThan(30);
  });

  test('arbitrary values in place of sheets throw only XlsFormError', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => onlyTyped(XlsFormError, () => compileXlsForm(input as XlsFormSheets))),
      { numRuns: 200 },
    );
  });

  test('a valid form with random cells overwritten compiles or throws XlsFormError', () => {
    const base = doorstepForm();
    fc.assert(
      fc.property(fc.nat(base.survey.length - 1), fc.constantFrom(...HEADERS), cell, (index, header, value) => {
        const survey = base.survey.map((r, i) => (i === index ? { ...r, [header]: value } : r));
        return onlyTyped(XlsFormError, () => compileXlsForm({ ...base, survey }));
      }),
      { numRuns: 300 },
    );
  });
});

describe('the .xlsx reader under random bytes', () => {
  test('random bytes (also behind a zip signature) reject only with XlsFormError', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 512 }), fc.boolean(), async (bytes, zipHeader) => {
        const data = zipHeader ? new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...bytes]) : bytes;
        const error = await readXlsFormWorkbook(data).then(
          () => null,
          (e: unknown) => e,
        );
        return error === null || error instanceof XlsFormError;
      }),
      { numRuns: 200 },
    );
  });
});

describe('parseXForm under random input', () => {
  const valid = compileXlsForm(doorstepForm()).xml;

  test('random strings throw only XFormError', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => onlyTyped(XFormError, () => parseXForm(text))),
      {
        numRuns: 300,
      },
    );
  });

  test('random bytes decoded as UTF-8 throw only XFormError', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) =>
        onlyTyped(XFormError, () => parseXForm(new TextDecoder().decode(bytes))),
      ),
      { numRuns: 300 },
    );
  });

  test('a valid XForm garbled at random places parses or throws XFormError', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(valid.length), fc.nat(20), fc.string({ maxLength: 5 })), {
          minLength: 1,
          maxLength: 4,
        }),
        (edits) => {
          let text = valid;
          for (const [at, cut, insert] of edits) text = text.slice(0, at) + insert + text.slice(at + cut);
          return onlyTyped(XFormError, () => parseXForm(text));
        },
      ),
      { numRuns: 400 },
    );
  });
});
