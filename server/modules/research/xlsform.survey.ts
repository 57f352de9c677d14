/**
 * The survey sheet -> a tree of FormFields (groups, repeats, questions) with raw expressions.
 * `${name}` references are expanded afterwards by xlsform.resolve.ts. Pure.
 */
import type { ChoiceList } from './xlsform.choices';
import { MAX_NESTING_DEPTH, XlsFormError } from './xlsform.errors';
import { VALID_NAME, bindType, isFalse, isTrue, parseType } from './xlsform.question-types';
import type { NormalRow, NormalSheet } from './xlsform.sheets';
import type { FormField, Labels } from './xlsform.types';

export interface SurveyTree {
  fields: FormField[];
  /** The row each field came from (generated fields point at their source row). */
  origin: Map<FormField, NormalRow>;
  byName: Map<string, FormField>;
  usedLists: Set<string>;
}

const TEXT_COLUMNS = {
  label: 'labels',
  hint: 'hints',
  constraint_message: 'constraintMessage',
  required_message: 'requiredMessage',
} as const;

function texts(sheet: NormalSheet, cells: Map<string, string>, base: string): Labels {
  const out: Labels = {};
  for (const [column, value] of cells) {
    const parsed = sheet.columns.get(column);
    if (parsed?.base === base) out[parsed.lang ?? 'default'] = value;
  }
  return out;
}

function isSensitive(cells: Map<string, string>): boolean {
  const tags = `${cells.get('tags') ?? ''} ${cells.get('parameters') ?? ''}`.toLowerCase();
  return isTrue(cells.get('sensitive')) || /\bsensitive(\b(?!\s*=\s*(no|false))|$)/.test(tags);
}

interface Frame {
  field: FormField | null;
  kind: 'group' | 'repeat' | 'root';
  row: number;
  children: FormField[];
  xpath: string;
}

export function buildSurvey(sheet: NormalSheet, lists: Map<string, ChoiceList>, rootName: string): SurveyTree {
  const tree: SurveyTree = { fields: [], origin: new Map(), byName: new Map(), usedLists: new Set() };
  const stack: Frame[] = [{ field: null, kind: 'root', row: 1, children: tree.fields, xpath: `/${rootName}` }];
  const header = (key: string) => sheet.headers.get(key) ?? key;
  const fail = (row: number, key: string | null, message: string): never => {
    throw new XlsFormError({ sheet: sheet.name, row, column: key && header(key) }, message);
  };
  const add = (frame: Frame, field: FormField, source: NormalRow) => {
    const earlier = tree.byName.get(field.name);
    if (earlier) {
      fail(source.row, 'name', `duplicate name "${field.name}" (first at row ${tree.origin.get(earlier)?.row})`);
    }
    tree.byName.set(field.name, field);
    tree.origin.set(field, source);
    frame.children.push(field);
  };

  for (const source of sheet.rows) {
    const { row, cells } = source;
    const typeCell = cells.get('type');
    if (typeCell === undefined) fail(row, 'type', 'row has no type');
    const parsed = parseType(typeCell ?? '');
    if (!parsed) fail(row, 'type', `unknown or unsupported type "${typeCell}"`);
    const frame = stack[stack.length - 1] as Frame;
    if (parsed?.kind === 'end') {
      if (frame.kind !== parsed.type) {
        fail(
          row,
          'type',
          frame.kind === 'root'
            ? `end ${parsed.type} without a matching begin ${parsed.type}`
            : `end ${parsed.type} closes the begin ${frame.kind} of row ${frame.row}`,
        );
      }
      stack.pop();
      continue;
    }
    const name = cells.get('name');
    if (name === undefined) fail(row, 'name', 'row has no name');
    if (!VALID_NAME.test(name ?? '')) fail(row, 'name', `"${name}" is not a valid name`);
    if (name === 'meta' && frame.kind === 'root') fail(row, 'name', '"meta" is reserved');
    const type = parsed?.type ?? 'unknown';
    const field: FormField = {
      name: name ?? '',
      xpath: `${frame.xpath}/${name}`,
      type,
      dataType: bindType(type),
      labels: texts(sheet, cells, 'label'),
      hints: texts(sheet, cells, 'hint'),
      required: false,
      readOnly: isTrue(cells.get('read_only')),
      sensitive: isSensitive(cells),
    };
    for (const [base, key] of Object.entries(TEXT_COLUMNS)) {
      if (key === 'labels' || key === 'hints') continue;
      const found = texts(sheet, cells, base);
      if (Object.keys(found).length) field[key] = found;
    }
    const required = cells.get('required');
    if (required !== undefined && !isFalse(required)) {
      field.required = true;
      if (!isTrue(required)) field.requiredIf = required;
    }
    const optional = {
      relevant: 'relevant',
      constraint: 'constraint',
      calculation: 'calculation',
      choiceFilter: 'choice_filter',
      appearance: 'appearance',
      default: 'default',
      repeatCount: 'repeat_count',
    } as const;
    for (const [key, column] of Object.entries(optional)) {
      const value = cells.get(column);
      if (value !== undefined) field[key as keyof typeof optional] = value;
    }
    if (type === 'calculate' && field.calculation === undefined) {
      fail(row, 'calculation', 'a calculate needs a calculation');
    }
    if (parsed?.kind === 'begin') {
      field.children = [];
      if (field.repeatCount !== undefined && parsed.type === 'repeat') {
        add(frame, countField(field, frame.xpath), source);
      } else delete field.repeatCount;
      add(frame, field, source);
      if (stack.length > MAX_NESTING_DEPTH) fail(row, 'type', 'groups nested too deeply');
      stack.push({ field, kind: parsed.type, row, children: field.children, xpath: field.xpath });
      continue;
    }
    if (parsed?.kind === 'question' && parsed.listName !== undefined) {
      const list = lists.get(parsed.listName);
      if (!list) fail(row, 'type', `list "${parsed.listName}" is not in the choices sheet`);
      field.listName = parsed.listName;
      field.choices = list?.choices;
      tree.usedLists.add(parsed.listName);
      if (parsed.orOther) addOther(list as ChoiceList, field, frame, source, add);
      else add(frame, field, source);
      continue;
    }
    if (type !== 'calculate' && !Object.keys(field.labels).length && !Object.keys(field.hints).length) {
      fail(row, 'label', `"${name}" has no label or hint`);
    }
    add(frame, field, source);
  }
  const open = stack[stack.length - 1] as Frame;
  if (open.kind !== 'root') {
    fail(open.row, 'type', `begin ${open.kind} "${open.field?.name}" has no matching end ${open.kind}`);
  }
  return tree;
}

/** `or_other`: an "other" choice in the list and a text question shown when it is chosen. */
function addOther(
  list: ChoiceList,
  field: FormField,
  frame: Frame,
  source: NormalRow,
  add: (frame: Frame, field: FormField, source: NormalRow) => void,
): void {
  const languages = Object.keys(field.labels).length ? Object.keys(field.labels) : ['default'];
  if (!list.choices.some((choice) => choice.name === 'other')) {
    list.choices.push({ name: 'other', labels: Object.fromEntries(languages.map((l) => [l, 'Other'])) });
  }
  add(frame, field, source);
  add(
    frame,
    {
      name: `${field.name}_other`,
      xpath: `${frame.xpath}/${field.name}_other`,
      type: 'text',
      dataType: 'string',
      labels: Object.fromEntries(languages.map((l) => [l, 'Specify other.'])),
      hints: {},
      required: false,
      relevant: `selected(../${field.name}, 'other')`,
      readOnly: false,
      sensitive: field.sensitive,
    },
    source,
  );
}

/** `repeat_count`: pyxform keeps the count in a generated calculate just before the repeat. */
function countField(repeat: FormField, parentXpath: string): FormField {
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
