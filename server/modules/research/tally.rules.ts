import { isSensitive } from './form-lint.rules';
import { prizeFields } from './forms.rules';
import type { FormField, FormSchema, Labels } from './xlsform.types';

/**
 * Which questions of a questionnaire may be tallied for publication, and the raw tallies, as pure decisions.
 * Only closed questions are tallied (select_one, select_multiple, integer, decimal); free text, names, contact,
 * places, dates, media and device metadata never are, nor anything sensitive (the `sensitive` column or a
 * sensitive topic in its name or label), nor questions inside a repeat (their answers are joined). On an
 * anonymous form an exact number (an age, a household size) could single someone out, so numbers are left out.
 * Suppression of small numbers is the service's job (through the privacy module).
 */

export const tallyTypes = ['select_one', 'select_multiple', 'integer', 'decimal'] as const;
export type TallyType = (typeof tallyTypes)[number];

export interface TallyQuestion {
  /** the question's path below the root, as in stored answers */
  path: string;
  type: TallyType;
  labels: Labels;
  choices: { name: string; labels: Labels }[];
}

/** Names that point at a person (who, how to reach them, where they live), whatever their type. */
const identifyingName =
  /(^|_)(names?|first_?name|surname|phone|mobile|e_?mail|address|postcode|post_code|contact|birth|dob|nhs_?number|ni_?number)(_|$)/i;

const numeric = new Set<string>(['integer', 'decimal']);

/** The questions of a form that may be tallied, in form order. */
export function tallyQuestions(schema: FormSchema, anonymous: boolean): TallyQuestion[] {
  if (schema.encrypted) return []; // the server cannot read the answers of an encrypted form
  const root = `/${schema.rootName}/`;
  const prize = new Set<string>(Object.values(prizeFields));
  const out: TallyQuestion[] = [];
  const visit = (fields: FormField[]) => {
    for (const f of fields) {
      if (f.type === 'repeat') continue;
      if (f.children?.length) {
        visit(f.children);
        continue;
      }
      const path = f.xpath.startsWith(root) ? f.xpath.slice(root.length) : f.name;
      if (!(tallyTypes as readonly string[]).includes(f.type) || prize.has(path)) continue;
      if (isSensitive(f) || identifyingName.test(f.name)) continue;
      if (anonymous && numeric.has(f.type)) continue;
      const choices = (f.choices ?? []).map((c) => ({ name: c.name, labels: c.labels }));
      if (!numeric.has(f.type) && (f.choiceFile || choices.length === 0)) continue;
      out.push({ path, type: f.type as TallyType, labels: f.labels ?? {}, choices });
    }
  };
  visit(schema.fields);
  return out;
}

/**
 * The form language to label with, from a UI language code (`ar`) or a form language (`Arabic (ar)`): the
 * form's language with that code or name, else its default language, else null (labels then fall back).
 */
export function formLanguage(schema: Pick<FormSchema, 'languages' | 'defaultLanguage'>, wanted: string | null) {
  const code = (wanted ?? '').trim().toLowerCase();
  if (code) {
    const hit = schema.languages.find((l) => {
      const lower = l.toLowerCase();
      return lower === code || lower.endsWith(`(${code})`) || lower.split(/[-_]/)[0] === code;
    });
    if (hit) return hit;
  }
  return schema.defaultLanguage;
}

/** A label in the language, else the form's default language, else `default`, else any, else the fallback. */
export function labelOf(labels: Labels, language: string | null, defaultLanguage: string | null, fallback: string) {
  const pick = (l: string | null) => (l ? labels[l]?.trim() : undefined);
  return pick(language) || pick(defaultLanguage) || pick('default') || Object.values(labels)[0]?.trim() || fallback;
}

export interface RawTally {
  /** responses that answered the question */
  answered: number;
  /** per choice, in the form's order (empty for numbers) */
  counts: number[];
  /** the median answer (numbers only; null when none) */
  median: number | null;
}

/**
 * Tallies one question from its stored answer values and how many responses gave each (`value -> n`).
 * Empty answers are not counted; select_multiple values are space-separated choice names; a value that is
 * not one of the choices (an old version's choice, an "other" text) counts as answered but in no choice.
 */
export function tallyQuestion(
  q: Pick<TallyQuestion, 'type' | 'choices'>,
  values: ReadonlyMap<string, number>,
): RawTally {
  const index = new Map(q.choices.map((c, i) => [c.name, i]));
  const counts = q.choices.map(() => 0);
  let answered = 0;
  const numbers: [number, number][] = [];
  for (const [raw, n] of values) {
    const value = raw.trim();
    if (!value || n <= 0) continue;
    if (q.type === 'select_one') {
      answered += n;
      const i = index.get(value);
      if (i !== undefined) counts[i]! += n;
    } else if (q.type === 'select_multiple') {
      answered += n;
      for (const name of new Set(value.split(/\s+/))) {
        const i = index.get(name);
        if (i !== undefined) counts[i]! += n;
      }
    } else {
      const x = Number(value);
      if (!Number.isFinite(x)) continue;
      answered += n;
      numbers.push([x, n]);
    }
  }
  return { answered, counts, median: numeric.has(q.type) ? median(numbers) : null };
}

/** The median of weighted values (`[value, how many]`); the mean of the two middle ones for an even count. */
export function median(weighted: readonly (readonly [number, number])[]): number | null {
  const sorted = [...weighted].filter(([, n]) => n > 0).sort((a, b) => a[0] - b[0]);
  const total = sorted.reduce((s, [, n]) => s + n, 0);
  if (total === 0) return null;
  const at = (k: number) => {
    let seen = 0;
    for (const [x, n] of sorted) {
      seen += n;
      if (k < seen) return x;
    }
    return sorted[sorted.length - 1]![0];
  };
  return total % 2 === 1 ? at((total - 1) / 2) : (at(total / 2 - 1) + at(total / 2)) / 2;
}
