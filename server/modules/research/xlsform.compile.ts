/**
 * compileXlsForm: an XLSForm held in memory -> XForm XML + FormSchema. Pure; throws XlsFormError
 * (with sheet, row and column) for anything it cannot compile.
 */
import { readChoices, type ChoiceList } from './xlsform.choices';
import { emitXForm } from './xlsform.emit';
import { XlsFormError } from './xlsform.errors';
import { RefError, expandRefs } from './xlsform.expr';
import { TextTable, onlyDefault } from './xlsform.itext';
import { VALID_NAME, isTrue } from './xlsform.question-types';
import { resolveRefs } from './xlsform.resolve';
import { normaliseWorkbook, type NormalWorkbook } from './xlsform.sheets';
import { buildSurvey } from './xlsform.survey';
import type { CompileOptions, CompileResult, FormField, FormSchema, Language, XlsFormSheets } from './xlsform.types';

function setting(wb: NormalWorkbook, key: string): string | undefined {
  return wb.settings.get(key)?.value;
}

function settingError(wb: NormalWorkbook, key: string, message: string): XlsFormError {
  const found = wb.settings.get(key);
  return new XlsFormError(
    { sheet: 'settings', row: found?.row ?? (wb.settings.size ? 2 : null), column: found?.header ?? key },
    message,
  );
}

function collectLanguages(fields: FormField[], lists: ChoiceList[], into: Language[] = []): Language[] {
  const add = (labels: Record<string, string> | undefined) => {
    for (const language of Object.keys(labels ?? {})) if (!into.includes(language)) into.push(language);
  };
  for (const field of fields) {
    // Text only in a column without a language stays inline, so it adds no language.
    [field.labels, field.hints, field.constraintMessage, field.requiredMessage]
      .filter((labels) => labels && !onlyDefault(labels))
      .forEach(add);
    collectLanguages(field.children ?? [], [], into);
  }
  for (const list of lists) list.choices.forEach((choice) => add(choice.labels));
  return into;
}

export function compileXlsForm(input: XlsFormSheets, options: CompileOptions = {}): CompileResult {
  const wb = normaliseWorkbook(input);
  const warnings: string[] = [];
  for (const column of ['type', 'name']) {
    if (![...wb.survey.columns.values()].some((key) => key.base === column)) {
      throw new XlsFormError({ sheet: 'survey', row: 1, column }, `the survey sheet has no "${column}" column`);
    }
  }
  const formId = setting(wb, 'form_id') ?? options.fallbackFormId;
  if (formId === undefined) throw settingError(wb, 'form_id', 'form_id is missing');
  const rootName = options.rootName ?? setting(wb, 'name') ?? 'data';
  if (!VALID_NAME.test(rootName)) throw settingError(wb, 'name', `"${rootName}" is not a valid root name`);

  const allowDuplicates = isTrue(setting(wb, 'allow_choice_duplicates'));
  const lists = readChoices(wb.choices, allowDuplicates);
  const tree = buildSurvey(wb.survey, lists, rootName);
  if (!tree.fields.length)
    throw new XlsFormError({ sheet: 'survey', row: null, column: null }, 'the form has no questions');
  resolveRefs(tree, wb.survey);

  const lookup = (name: string) => tree.byName.get(name)?.xpath;
  let instanceName = setting(wb, 'instance_name');
  if (instanceName !== undefined) {
    try {
      instanceName = expandRefs(instanceName, lookup);
    } catch (error) {
      if (error instanceof RefError) throw settingError(wb, 'instance_name', error.message);
      throw error;
    }
  }
  const usedLists = [...tree.usedLists].map((name) => lists.get(name) as ChoiceList);
  const defaultLanguage = setting(wb, 'default_language') ?? null;
  const found = collectLanguages(tree.fields, usedLists);
  if (defaultLanguage !== null && !found.includes(defaultLanguage)) {
    warnings.push(`default_language "${defaultLanguage}" is not used by any label`);
  }
  const languages =
    defaultLanguage && found.includes(defaultLanguage)
      ? [defaultLanguage, ...found.filter((language) => language !== defaultLanguage)]
      : found;
  const effectiveDefault = defaultLanguage ?? (languages.includes('default') ? 'default' : null);

  const schema: FormSchema = {
    formId,
    version: setting(wb, 'version') ?? '',
    title: setting(wb, 'form_title') ?? formId,
    rootName,
    languages,
    defaultLanguage: effectiveDefault,
    ...(instanceName !== undefined ? { instanceName } : {}),
    fields: tree.fields,
  };
  const texts = new TextTable(languages, effectiveDefault, lookup);
  const xml = emitXForm(schema, usedLists, texts);
  return { xml, schema, warnings };
}
