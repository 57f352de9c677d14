/**
 * compileXlsForm: an XLSForm held in memory -> XForm XML + FormSchema. Pure; throws XlsFormError
 * (with sheet, row and column) for anything it cannot compile. For .xlsx files see xlsform.reader.ts.
 */
import { readChoices, type ChoiceList } from './xlsform.choices';
import { emitXForm } from './xlsform.emit';
import { XlsFormError } from './xlsform.errors';
import { RefError, expandRefs } from './xlsform.expr';
import { TextTable, hasMedia, onlyDefault } from './xlsform.itext';
import { resolveRefs } from './xlsform.resolve';
import { readSettings, settingError } from './xlsform.settings';
import { normaliseWorkbook, type NormalWorkbook } from './xlsform.sheets';
import { buildSurvey, type SurveyTree } from './xlsform.survey';
import type {
  CompileOptions,
  CompileResult,
  FormField,
  FormSchema,
  Language,
  Media,
  XlsFormSheets,
} from './xlsform.types';

/**
 * Languages in first-seen order. Like pyxform, `default` (a column without a language) counts only
 * for labels next to translated ones, and for media; text only in such a column stays inline.
 */
function collectLanguages(fields: FormField[], lists: ChoiceList[], into: Language[] = []): Language[] {
  const add = (labels: Record<string, string> | undefined, withDefault: boolean) => {
    for (const language of Object.keys(labels ?? {})) {
      if ((withDefault || language !== 'default') && !into.includes(language)) into.push(language);
    }
  };
  const addMedia = (media: Media | undefined) => Object.values(media ?? {}).forEach((files) => add(files, true));
  for (const field of fields) {
    add(field.labels, !onlyDefault(field.labels));
    addMedia(field.media);
    [field.hints, field.constraintMessage, field.requiredMessage].forEach((labels) => add(labels, false));
    collectLanguages(field.children ?? [], [], into);
  }
  for (const choice of lists.flatMap((list) => list.choices)) {
    add(choice.labels, !onlyDefault(choice.labels));
    addMedia(choice.media);
  }
  return into;
}

function anyMedia(fields: FormField[], lists: ChoiceList[]): boolean {
  const all = (list: FormField[]): FormField[] => list.flatMap((field) => [field, ...all(field.children ?? [])]);
  return [...all(fields), ...lists.flatMap((list) => list.choices)].some((item) => hasMedia(item.media));
}

/** The default language goes first: Collect opens a form in its first translation. */
function orderLanguages(found: Language[], preferred: Language | null, warnings: string[]): Language[] {
  if (preferred === null) return found;
  if (!found.includes(preferred)) {
    warnings.push(`default_language "${preferred}" is not used by any label`);
    return found;
  }
  return [preferred, ...found.filter((language) => language !== preferred)];
}

function checkColumns(wb: NormalWorkbook): void {
  for (const column of ['type', 'name']) {
    if (![...wb.survey.columns.values()].some((key) => key.base === column)) {
      throw new XlsFormError({ sheet: 'survey', row: 1, column }, `the survey sheet has no "${column}" column`);
    }
  }
}

function expandInstanceName(wb: NormalWorkbook, raw: string | undefined, tree: SurveyTree): string | undefined {
  if (raw === undefined) return undefined;
  try {
    return expandRefs(raw, (name) => tree.byName.get(name)?.xpath);
  } catch (error) {
    if (error instanceof RefError) throw settingError(wb, 'instance_name', error.message);
    throw error;
  }
}

export function compileXlsForm(input: XlsFormSheets, options: CompileOptions = {}): CompileResult {
  const wb = normaliseWorkbook(input);
  const warnings: string[] = [];
  checkColumns(wb);
  const settings = readSettings(wb, options);
  const lists = readChoices(wb.choices, settings.allowChoiceDuplicates);
  const tree = buildSurvey(wb.survey, lists, settings.rootName);
  if (!tree.fields.length) {
    throw new XlsFormError({ sheet: 'survey', row: null, column: null }, 'the form has no questions');
  }
  resolveRefs(tree, wb.survey);
  const instanceName = expandInstanceName(wb, settings.instanceName, tree);
  const usedLists = [...tree.usedLists].map((name) => lists.get(name) as ChoiceList);
  const found = collectLanguages(tree.fields, usedLists);
  // A form written in one unnamed language still has that language.
  const languages = orderLanguages(found.length ? found : ['default'], settings.defaultLanguage, warnings);
  const defaultLanguage = settings.defaultLanguage ?? (languages.includes('default') ? 'default' : null);
  const schema: FormSchema = {
    formId: settings.formId,
    version: settings.version,
    title: settings.title,
    rootName: settings.rootName,
    languages,
    defaultLanguage,
    ...(instanceName !== undefined ? { instanceName } : {}),
    ...(settings.publicKey ? { encrypted: true, publicKey: settings.publicKey } : {}),
    ...(settings.submissionUrl ? { submissionUrl: settings.submissionUrl } : {}),
    fields: tree.fields,
  };
  const lookup = (name: string) => tree.byName.get(name)?.xpath;
  const texts = new TextTable(languages, defaultLanguage, lookup, anyMedia(tree.fields, usedLists));
  return { xml: emitXForm(schema, usedLists, texts), schema, warnings };
}
