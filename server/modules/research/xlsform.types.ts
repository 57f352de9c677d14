/**
 * Shared shapes of the questionnaire compiler (XLSForm -> XForm) and the XForm reader.
 * Other code (storage, OpenRosa endpoints, exports, findings mapping, the web form) builds on
 * `FormSchema`; keep changes additive.
 */

/** A language name as written in XLSForm columns, e.g. `English (en)`; `default` when a column has no `::lang`. */
export type Language = string;

/** Text per language. */
export type Labels = Record<Language, string>;

/** XLSForm question kinds the compiler understands; `unknown` only comes from parsed XForms. */
export type FieldType =
  | 'text'
  | 'integer'
  | 'decimal'
  | 'select_one'
  | 'select_multiple'
  | 'date'
  | 'time'
  | 'datetime'
  | 'geopoint'
  | 'note'
  | 'calculate'
  | 'hidden'
  | 'barcode'
  | 'acknowledge'
  | 'image'
  | 'audio'
  | 'video'
  | 'file'
  /** Filled in by the device, never shown: start, end, today, deviceid, username, phonenumber, email. */
  | 'metadata'
  | 'group'
  | 'repeat'
  | 'unknown';

/** Media shown with a label (`image`, `audio`, `video`, `big-image` columns): file name per language. */
export type MediaKind = 'image' | 'audio' | 'video' | 'big-image';
export type Media = Partial<Record<MediaKind, Labels>>;

export interface FormChoice {
  name: string;
  labels: Labels;
  media?: Media;
  /** Extra columns of the choices sheet, used by `choice_filter` expressions. */
  filters?: Record<string, string>;
}

export interface FormField {
  /** The XLSForm `name`, also the instance element name. */
  name: string;
  /** Absolute XPath in the primary instance, e.g. `/household/members/age`. */
  xpath: string;
  type: FieldType;
  /** The XForm bind type (`string`, `int`, `decimal`, `select1`, `select`, `date`, `geopoint`...). */
  dataType: string;
  labels: Labels;
  hints: Labels;
  /** Media shown with the label, if any. */
  media?: Media;
  /** For selects: the list name and its choices (in sheet order). */
  listName?: string;
  /** For `select_one_from_file`: the attached file (`households.csv`); choices are then not known here. */
  choiceFile?: string;
  /** For `metadata` fields: the XLSForm type (`start`, `deviceid`...). */
  metadata?: string;
  choices?: FormChoice[];
  required: boolean;
  /** When `required` is an XPath expression rather than yes/no (already expanded); `false()` for an explicit no. */
  requiredIf?: string;
  requiredMessage?: Labels;
  /** XPath expressions with `${name}` already expanded to absolute paths. */
  relevant?: string;
  constraint?: string;
  constraintMessage?: Labels;
  calculation?: string;
  choiceFilter?: string;
  appearance?: string;
  default?: string;
  readOnly: boolean;
  /** Marked by a `sensitive` column (yes/true/1) or a `sensitive` tag in `tags`/`parameters`. */
  sensitive: boolean;
  /** Extra XML attributes from `bind::x`, `instance::x` and `body::x` columns (`${}` expanded). */
  xmlAttributes?: Partial<Record<'bind' | 'instance' | 'body', Record<string, string>>>;
  /** Children of a group or repeat, in order. */
  children?: FormField[];
  /** For repeats: the `repeat_count` expression. */
  repeatCount?: string;
}

export interface FormSchema {
  formId: string;
  version: string;
  title: string;
  /** Name of the primary instance's root element. */
  rootName: string;
  /** Languages used by any label/hint/message, in first-seen order (`default` included when used). */
  languages: Language[];
  defaultLanguage: Language | null;
  /** XPath for `instance_name`, if set. */
  instanceName?: string;
  /** Submissions are encrypted with the form's `public_key`: the server cannot read their answers. */
  encrypted?: boolean;
  /** `submission_url` from the settings, if set. */
  submissionUrl?: string;
  /** `public_key` (base64 RSA) from the settings, if set. */
  publicKey?: string;
  fields: FormField[];
}

/** A spreadsheet row keyed by header (column title), as read from the sheet. */
export type SheetCell = string | number | boolean | Date | null | undefined;
export type SheetRow = Record<string, SheetCell>;

/**
 * An XLSForm held in memory: rows keyed by header. Row `i` of an array is spreadsheet row `i + 2`
 * (row 1 is the header), so keep blank rows as `{}` to keep error row numbers right.
 */
export interface XlsFormSheets {
  survey: SheetRow[];
  choices?: SheetRow[];
  settings?: SheetRow[];
}

export interface CompileOptions {
  /** Root element name; pyxform uses `data` unless given. */
  rootName?: string;
  /** Used as form id when the settings sheet has none (pyxform uses the file stem). */
  fallbackFormId?: string;
}

export interface CompileResult {
  xml: string;
  schema: FormSchema;
  /** Non-fatal notes, e.g. ignored columns. */
  warnings: string[];
}

/** What `parseXForm` returns for an uploaded XForm. */
export interface ParsedXForm {
  formId: string;
  version: string | null;
  title: string;
  languages: Language[];
  /** False only when parsed with `requireInstanceId: false` from a form without meta/instanceID. */
  hasInstanceId?: boolean;
  schema: FormSchema;
}
