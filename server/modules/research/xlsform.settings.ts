/** The settings sheet: form id, root name, version, title, languages, instance name. Pure. */
import { XlsFormError } from './xlsform.errors';
import { VALID_NAME, isTrue } from './xlsform.question-types';
import type { NormalWorkbook } from './xlsform.sheets';
import type { CompileOptions } from './xlsform.types';

export interface FormSettings {
  formId: string;
  rootName: string;
  version: string;
  title: string;
  defaultLanguage: string | null;
  /** Raw, before `${name}` expansion. */
  instanceName?: string;
  allowChoiceDuplicates: boolean;
  /** `<submission>` attributes: where to post, and the RSA key that encrypts submissions. */
  submissionUrl?: string;
  publicKey?: string;
}

export function settingError(wb: NormalWorkbook, key: string, message: string): XlsFormError {
  const found = wb.settings.get(key);
  const row = found?.row ?? (wb.settings.size ? 2 : null);
  return new XlsFormError({ sheet: 'settings', row, column: found?.header ?? key }, message);
}

const optional = <K extends string>(key: K, value: string | undefined) =>
  (value === undefined ? {} : { [key]: value }) as Partial<Record<K, string>>;

export function readSettings(wb: NormalWorkbook, options: CompileOptions): FormSettings {
  const value = (key: string) => wb.settings.get(key)?.value;
  const formId = value('form_id') ?? options.fallbackFormId;
  if (formId === undefined) throw settingError(wb, 'form_id', 'form_id is missing');
  const rootName = options.rootName ?? value('name') ?? 'data';
  if (!VALID_NAME.test(rootName)) throw settingError(wb, 'name', `"${rootName}" is not a valid root name`);
  const instanceName = value('instance_name');
  return {
    formId,
    rootName,
    version: value('version') ?? '',
    title: value('form_title') ?? formId,
    defaultLanguage: value('default_language') ?? null,
    ...(instanceName !== undefined ? { instanceName } : {}),
    allowChoiceDuplicates: isTrue(value('allow_choice_duplicates')),
    ...optional('submissionUrl', value('submission_url')),
    ...optional('publicKey', value('public_key')?.replace(/\s+/g, '')),
  };
}
