/** Expands `${name}` references in a survey tree in place, naming the cell of any bad one. Pure. */
import { XlsFormError } from './xlsform.errors';
import { RefError, expandRefs, labelParts } from './xlsform.expr';
import type { NormalSheet } from './xlsform.sheets';
import type { SurveyTree } from './xlsform.survey';
import type { FormField, Labels } from './xlsform.types';

const EXPRESSIONS = {
  relevant: 'relevant',
  constraint: 'constraint',
  calculation: 'calculation',
  choiceFilter: 'choice_filter',
  requiredIf: 'required',
  repeatCount: 'repeat_count',
} as const;

const TEXTS = {
  labels: 'label',
  hints: 'hint',
  constraintMessage: 'constraint_message',
  requiredMessage: 'required_message',
} as const;

export function resolveRefs(tree: SurveyTree, sheet: NormalSheet): void {
  const lookup = (name: string) => tree.byName.get(name)?.xpath;
  const visit = (field: FormField) => {
    const row = tree.origin.get(field)?.row ?? null;
    const guard = <T>(base: string, lang: string | null, run: () => T): T => {
      try {
        return run();
      } catch (error) {
        if (!(error instanceof RefError)) throw error;
        const key = lang === null || lang === 'default' ? base : `${base}::${lang}`;
        const column = sheet.headers.get(key) ?? sheet.headers.get(base) ?? base;
        throw new XlsFormError({ sheet: sheet.name, row, column }, error.message);
      }
    };
    for (const [key, column] of Object.entries(EXPRESSIONS)) {
      const value = field[key as keyof typeof EXPRESSIONS];
      if (value !== undefined) {
        field[key as keyof typeof EXPRESSIONS] = guard(column, null, () => expandRefs(value, lookup));
      }
    }
    for (const [key, column] of Object.entries(TEXTS)) {
      const value: Labels | undefined = field[key as keyof typeof TEXTS];
      for (const [lang, text] of Object.entries(value ?? {})) {
        guard(column, lang, () => labelParts(text, lookup));
      }
    }
    if (field.default?.includes('${')) {
      throw new XlsFormError(
        { sheet: sheet.name, row, column: sheet.headers.get('default') ?? 'default' },
        'a default that refers to other questions is not supported',
      );
    }
    field.children?.forEach(visit);
  };
  tree.fields.forEach(visit);
}
