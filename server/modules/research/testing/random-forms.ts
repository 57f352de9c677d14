/** fast-check generator of well-formed-ish random surveys (unique names, references to earlier questions). */
import fc from 'fast-check';
import type { SheetRow, XlsFormSheets } from '../xlsform.types';

const KINDS = [
  'text',
  'integer',
  'decimal',
  'date',
  'geopoint',
  'note',
  'calculate',
  'select_one l',
  'select_multiple l or_other',
  'begin group',
  'end group',
  'begin repeat',
  'end repeat',
];

export const randomSurvey: fc.Arbitrary<XlsFormSheets> = fc
  .array(fc.record({ kind: fc.constantFrom(...KINDS), ref: fc.nat(), lang: fc.boolean() }), {
    minLength: 1,
    maxLength: 15,
  })
  .map((rows) => ({
    survey: rows.map(({ kind, ref, lang }, i): SheetRow => {
      const earlier = i > 0 ? `\${q${ref % i}}` : '1';
      return {
        type: kind,
        name: `q${i}`,
        [lang ? 'label::Somali (so)' : 'label::English (en)']: `Question ${i} ${earlier}`,
        ...(kind === 'calculate' ? { calculation: `${earlier} + 1` } : { relevant: `${earlier} != ''` }),
      };
    }),
    choices: [{ list_name: 'l', name: 'x', 'label::English (en)': 'X', 'label::Somali (so)': 'X' }],
  }));
