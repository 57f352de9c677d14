/**
 * Questionnaire linter: warnings for forms that would go badly on a doorstep. Pure, over FormSchema.
 */
import { mentionsSensitiveTopic } from './form-lint.keywords';
import type { FormField, FormSchema, Labels } from './xlsform.types';

export type LintCode = 'sensitive_before_easy' | 'missing_translation' | 'required_blocks_partial' | 'too_long';

export interface LintWarning {
  code: LintCode;
  message: string;
  /** The field the warning is about; null for the form as a whole. */
  field: string | null;
  language?: string;
}

export interface LintOptions {
  /** The form is meant to accept partial responses (an interview that stops half-way is kept). */
  allowPartial?: boolean;
  /** Easy questions to ask before the first sensitive one. */
  easyBeforeSensitive?: number;
  /** Visible questions and estimated minutes a doorstep conversation can take. */
  maxQuestions?: number;
  maxMinutes?: number;
  secondsPerQuestion?: number;
  secondsPerNote?: number;
}

export const LINT_DEFAULTS: Required<LintOptions> = {
  allowPartial: false,
  easyBeforeSensitive: 3,
  maxQuestions: 30,
  maxMinutes: 10,
  secondsPerQuestion: 20,
  secondsPerNote: 5,
};

/** Leaf questions a person sees, in form order (repeat contents counted once). */
export function visibleFields(fields: FormField[]): FormField[] {
  return fields.flatMap((field) =>
    field.children ? visibleFields(field.children) : field.type === 'calculate' ? [] : [field],
  );
}

export function isSensitive(field: FormField): boolean {
  return field.sensitive || mentionsSensitiveTopic([field.name, ...Object.values(field.labels)]);
}

function sensitiveOrder(questions: FormField[], easyBefore: number): LintWarning[] {
  const warnings: LintWarning[] = [];
  let easy = 0;
  for (const field of questions) {
    if (field.type === 'note') continue;
    if (!isSensitive(field)) easy += 1;
    else if (easy < easyBefore) {
      warnings.push({
        code: 'sensitive_before_easy',
        field: field.name,
        message: `"${field.name}" asks about a sensitive topic after only ${easy} easy question(s); ask at least ${easyBefore} easy ones first`,
      });
    }
  }
  return warnings;
}

function missingTranslations(schema: FormSchema, questions: FormField[]): LintWarning[] {
  const named = schema.languages.filter((language) => language !== 'default');
  if (named.length < 2) return [];
  const warnings: LintWarning[] = [];
  const check = (field: FormField, what: string, texts: Labels | undefined) => {
    const present = Object.keys(texts ?? {}).filter((language) => language !== 'default' && texts?.[language]);
    if (!present.length) return;
    for (const language of named.filter((l) => !present.includes(l))) {
      warnings.push({
        code: 'missing_translation',
        field: field.name,
        language,
        message: `${what} of "${field.name}" has no ${language} translation`,
      });
    }
  };
  for (const field of questions) {
    check(field, 'the label', field.labels);
    check(field, 'the hint', field.hints);
    check(field, 'the constraint message', field.constraintMessage);
    check(field, 'the required message', field.requiredMessage);
    for (const choice of field.choices ?? []) check(field, `choice "${choice.name}"`, choice.labels);
  }
  return warnings;
}

function requiredBlocksPartial(questions: FormField[]): LintWarning[] {
  const answerable = questions.filter((field) => field.type !== 'note');
  return answerable.slice(0, -1).flatMap((field) =>
    field.required
      ? [
          {
            code: 'required_blocks_partial' as const,
            field: field.name,
            message: `"${field.name}" is required but not the last question, so a partial response cannot be kept without it`,
          },
        ]
      : [],
  );
}

function tooLong(questions: FormField[], options: Required<LintOptions>): LintWarning[] {
  const notes = questions.filter((field) => field.type === 'note').length;
  const count = questions.length - notes;
  const minutes = Math.ceil((count * options.secondsPerQuestion + notes * options.secondsPerNote) / 60);
  if (count <= options.maxQuestions && minutes <= options.maxMinutes) return [];
  return [
    {
      code: 'too_long',
      field: null,
      message: `${count} questions, about ${minutes} minutes: too long for a doorstep (aim for at most ${options.maxQuestions} questions and ${options.maxMinutes} minutes)`,
    },
  ];
}

export function lintForm(schema: FormSchema, options: LintOptions = {}): LintWarning[] {
  const settings = { ...LINT_DEFAULTS, ...options };
  const questions = visibleFields(schema.fields);
  return [
    ...sensitiveOrder(questions, settings.easyBeforeSensitive),
    ...missingTranslations(schema, questions),
    ...(settings.allowPartial ? requiredBlocksPartial(questions) : []),
    ...tooLong(questions, settings),
  ];
}
