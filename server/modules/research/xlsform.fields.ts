/** One survey row -> a FormField (raw expressions), plus the fields pyxform generates. Pure. */
import { bindType, isFalse, isTrue } from './xlsform.question-types';
import type { NormalSheet } from './xlsform.sheets';
import type { FieldType, FormField, Labels, Media, MediaKind } from './xlsform.types';

export function texts(sheet: NormalSheet, cells: Map<string, string>, base: string): Labels {
  const out: Labels = {};
  for (const [column, value] of cells) {
    const parsed = sheet.columns.get(column);
    if (parsed?.base === base) out[parsed.lang ?? 'default'] = value;
  }
  return out;
}

const MEDIA_KINDS: MediaKind[] = ['image', 'big-image', 'audio', 'video'];

/** Label media columns (`image`, `audio::English (en)`, `media::video`...), or undefined. */
export function mediaOf(sheet: NormalSheet, cells: Map<string, string>): Media | undefined {
  const media: Media = {};
  for (const kind of MEDIA_KINDS) {
    const files = texts(sheet, cells, kind);
    if (Object.keys(files).length) media[kind] = files;
  }
  return Object.keys(media).length ? media : undefined;
}

function attributesOf(sheet: NormalSheet, cells: Map<string, string>): FormField['xmlAttributes'] {
  const out: NonNullable<FormField['xmlAttributes']> = {};
  for (const [column, value] of cells) {
    const parsed = sheet.columns.get(column);
    if (parsed?.attribute === undefined || !/^[\p{L}_][\p{L}\p{N}._:-]*$/u.test(parsed.attribute)) continue;
    const target = parsed.base as 'bind' | 'instance' | 'body';
    out[target] = { ...out[target], [parsed.attribute]: value };
  }
  return Object.keys(out).length ? out : undefined;
}

/** A `sensitive` column (yes/true/1), or a `sensitive` word in `tags` or `parameters`. */
function isSensitive(cells: Map<string, string>): boolean {
  const tags = `${cells.get('tags') ?? ''} ${cells.get('parameters') ?? ''}`.toLowerCase();
  return isTrue(cells.get('sensitive')) || /\bsensitive(\b(?!\s*=\s*(no|false))|$)/.test(tags);
}

const OPTIONAL = {
  relevant: 'relevant',
  constraint: 'constraint',
  calculation: 'calculation',
  choiceFilter: 'choice_filter',
  appearance: 'appearance',
  default: 'default',
  repeatCount: 'repeat_count',
} as const;

export function fieldFromRow(
  sheet: NormalSheet,
  cells: Map<string, string>,
  name: string,
  xpath: string,
  type: FieldType,
): FormField {
  const field: FormField = {
    name,
    xpath,
    type,
    dataType: bindType(type),
    labels: texts(sheet, cells, 'label'),
    hints: texts(sheet, cells, 'hint'),
    required: false,
    readOnly: isTrue(cells.get('read_only')),
    sensitive: isSensitive(cells),
  };
  const media = mediaOf(sheet, cells);
  if (media) field.media = media;
  const xmlAttributes = attributesOf(sheet, cells);
  if (xmlAttributes) field.xmlAttributes = xmlAttributes;
  const constraintMessage = texts(sheet, cells, 'constraint_message');
  if (Object.keys(constraintMessage).length) field.constraintMessage = constraintMessage;
  const requiredMessage = texts(sheet, cells, 'required_message');
  if (Object.keys(requiredMessage).length) field.requiredMessage = requiredMessage;
  const required = cells.get('required');
  if (required !== undefined && !isFalse(required)) {
    field.required = true;
    if (!isTrue(required)) field.requiredIf = required;
  }
  // pyxform writes an explicit "no" as required="false()".
  if (required !== undefined && isFalse(required)) field.requiredIf = 'false()';
  for (const [key, column] of Object.entries(OPTIONAL)) {
    const value = cells.get(column);
    if (value !== undefined) field[key as keyof typeof OPTIONAL] = value;
  }
  return field;
}

/** `or_other`: the text question shown when "other" is chosen. */
export function otherField(select: FormField, parentXpath: string): FormField {
  const languages = Object.keys(select.labels).length ? Object.keys(select.labels) : ['default'];
  return {
    name: `${select.name}_other`,
    xpath: `${parentXpath}/${select.name}_other`,
    type: 'text',
    dataType: 'string',
    labels: Object.fromEntries(languages.map((language) => [language, 'Specify other.'])),
    hints: {},
    required: false,
    relevant: `selected(../${select.name}, 'other')`,
    readOnly: false,
    sensitive: select.sensitive,
  };
}

/** `repeat_count`: pyxform keeps the count in a generated calculate just before the repeat. */
export function countField(repeat: FormField, parentXpath: string): FormField {
  return {
    name: `${repeat.name}_count`,
    xpath: `${parentXpath}/${repeat.name}_count`,
    type: 'calculate',
    dataType: 'string',
    labels: {},
    hints: {},
    required: false,
    calculation: repeat.repeatCount,
    readOnly: true,
    sensitive: false,
  };
}
