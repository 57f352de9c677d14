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

/** `true`/`false` (typed, or read from a boolean cell) become the XPath functions. */
export function cleanExpr(value: string): string {
  return /^(true|false)$/i.test(value) ? `${value.toLowerCase()}()` : value;
}

/**
 * pyxform writes a reference between two nodes of the same repeat as a relative path, so that it
 * means "this repeat instance" in every engine; anything else is absolute.
 */
export function relativePath(from: string, to: string, repeats: string[]): string {
  const repeat = repeats.filter((path) => from.startsWith(`${path}/`)).sort((a, b) => b.length - a.length)[0];
  if (!repeat || !to.startsWith(`${repeat}/`)) return to;
  const source = from.split('/');
  const target = to.split('/');
  let common = 0;
  while (common < source.length && source[common] === target[common]) common += 1;
  return [...Array<string>(source.length - common).fill('..'), ...target.slice(common)].join('/');
}

export function resolveRefs(tree: SurveyTree, sheet: NormalSheet): void {
  const repeats = [...tree.byName.values()].filter((field) => field.type === 'repeat').map((field) => field.xpath);
  const absolute = (name: string) => tree.byName.get(name)?.xpath;
  const visit = (field: FormField) => {
    const lookup = (name: string) => {
      const target = absolute(name);
      return target === undefined ? undefined : relativePath(field.xpath, target, repeats);
    };
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
        const expanded = guard(column, null, () => expandRefs(cleanExpr(value), lookup));
        field[key as keyof typeof EXPRESSIONS] =
          key === 'choiceFilter' ? expanded.replace(/ (\.\.\/[^ ]*) /g, ' current()/$1 ') : expanded;
      }
    }
    for (const [key, column] of Object.entries(TEXTS)) {
      const value: Labels | undefined = field[key as keyof typeof TEXTS];
      for (const [lang, text] of Object.entries(value ?? {})) {
        guard(column, lang, () => labelParts(text, absolute));
      }
    }
    for (const [target, attributes] of Object.entries(field.xmlAttributes ?? {})) {
      for (const [name, value] of Object.entries(attributes ?? {})) {
        attributes![name] = guard(`${target}::${name}`, null, () => expandRefs(value, absolute));
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
