/**
 * The survey sheet -> a tree of FormFields (groups, repeats, questions) with raw expressions.
 * `${name}` references are expanded afterwards by xlsform.resolve.ts. Pure.
 */
import type { ChoiceList } from './xlsform.choices';
import { MAX_NESTING_DEPTH, XlsFormError } from './xlsform.errors';
import { countField, fieldFromRow, otherField } from './xlsform.fields';
import { isTableList, planTableList } from './xlsform.table-list';
import { METADATA, VALID_NAME, parseType, type ParsedType } from './xlsform.question-types';
import type { NormalRow, NormalSheet } from './xlsform.sheets';
import type { FormField } from './xlsform.types';

export interface SurveyTree {
  fields: FormField[];
  /** The row each field came from (generated fields point at their source row). */
  origin: Map<FormField, NormalRow>;
  byName: Map<string, FormField>;
  usedLists: Set<string>;
}

/** Fields nobody sees, so they need no label. */
const UNLABELLED = new Set<FormField['type']>(['calculate', 'hidden', 'metadata']);

interface Frame {
  field: FormField | null;
  kind: 'group' | 'repeat' | 'root';
  row: number;
  children: FormField[];
  xpath: string;
}

class SurveyBuilder {
  readonly tree: SurveyTree = { fields: [], origin: new Map(), byName: new Map(), usedLists: new Set() };
  private readonly stack: Frame[];

  constructor(
    private readonly sheet: NormalSheet,
    private readonly lists: Map<string, ChoiceList>,
    rootName: string,
  ) {
    this.stack = [{ field: null, kind: 'root', row: 1, children: this.tree.fields, xpath: `/${rootName}` }];
  }

  fail(row: number, key: string | null, message: string): never {
    const column = key === null ? null : (this.sheet.headers.get(key) ?? key);
    throw new XlsFormError({ sheet: this.sheet.name, row, column }, message);
  }

  private get frame(): Frame {
    return this.stack[this.stack.length - 1] as Frame;
  }

  private add(field: FormField, source: NormalRow): void {
    const earlier = this.tree.byName.get(field.name);
    if (earlier) {
      const first = this.tree.origin.get(earlier)?.row;
      this.fail(source.row, 'name', `duplicate name "${field.name}" (first at row ${first})`);
    }
    this.tree.byName.set(field.name, field);
    this.tree.origin.set(field, source);
    this.frame.children.push(field);
  }

  private end(type: 'group' | 'repeat', row: number): void {
    const { kind, row: opened, field } = this.frame;
    if (kind === type) {
      // An empty group would be a leaf in the instance but a group in the body: engines refuse it.
      if (!field?.children?.length) this.fail(opened, 'type', `${type} "${field?.name}" has no questions`);
      if (isTableList(field)) this.tableList(field, opened);
      this.stack.pop();
      return;
    }
    this.fail(
      row,
      'type',
      kind === 'root'
        ? `end ${type} without a matching begin ${type}`
        : `end ${type} closes the begin ${kind} of row ${opened}`,
    );
  }

  private tableList(group: FormField, groupRow: number): void {
    const rowOf = (field: FormField) => this.tree.origin.get(field)?.row ?? groupRow;
    const plan = planTableList(group, groupRow, rowOf);
    if (plan.error) this.fail(rowOf(plan.error[0]), 'type', plan.error[1]);
    const source = this.tree.origin.get(group) as NormalRow;
    // Later inserts first, so that earlier indexes stay right.
    for (const [index, field] of [...plan.inserts].reverse()) {
      this.add(field, source);
      this.frame.children.pop();
      group.children?.splice(index, 0, field);
    }
  }

  private begin(field: FormField, type: 'group' | 'repeat', source: NormalRow): void {
    field.children = [];
    if (type === 'repeat' && field.repeatCount !== undefined) this.add(countField(field, this.frame.xpath), source);
    else delete field.repeatCount;
    this.add(field, source);
    if (this.stack.length > MAX_NESTING_DEPTH) this.fail(source.row, 'type', 'groups nested too deeply');
    this.stack.push({ field, kind: type, row: source.row, children: field.children, xpath: field.xpath });
  }

  private question(field: FormField, parsed: Extract<ParsedType, { kind: 'question' }>, source: NormalRow): void {
    const { row } = source;
    if (field.type === 'calculate' && field.calculation === undefined) {
      this.fail(row, 'calculation', 'a calculate needs a calculation');
    }
    if (parsed.numbersOnly) {
      field.constraint ??= "regex(., '^\\d*$')";
      if (!Object.keys(field.hints).length) field.hints = { default: 'Enter numbers only.' };
    }
    if (parsed.metadata !== undefined) {
      field.metadata = parsed.metadata;
      field.dataType = METADATA[parsed.metadata]?.type ?? 'string';
    }
    const labelled = Object.keys(field.labels).length || Object.keys(field.hints).length || field.media;
    if (!UNLABELLED.has(field.type) && !labelled) this.fail(row, 'label', `"${field.name}" has no label or hint`);
    if (parsed.file !== undefined) {
      field.listName = parsed.listName;
      field.choiceFile = parsed.file;
    }
    if (parsed.listName === undefined || parsed.file !== undefined) {
      this.add(field, source);
      return;
    }
    const list = this.lists.get(parsed.listName);
    if (!list) return this.fail(row, 'type', `list "${parsed.listName}" is not in the choices sheet`);
    field.listName = parsed.listName;
    field.choices = list.choices;
    this.tree.usedLists.add(parsed.listName);
    this.add(field, source);
    if (!parsed.orOther) return;
    if (!list.choices.some((choice) => choice.name === 'other')) {
      const languages = Object.keys(field.labels).length ? Object.keys(field.labels) : ['default'];
      list.choices.push({ name: 'other', labels: Object.fromEntries(languages.map((l) => [l, 'Other'])) });
    }
    this.add(otherField(field, this.frame.xpath), source);
  }

  row(source: NormalRow): void {
    const { row, cells } = source;
    const typeCell = cells.get('type');
    if (typeCell === undefined) this.fail(row, 'type', 'row has no type');
    const parsed = parseType(typeCell);
    if (!parsed) return this.fail(row, 'type', `unknown or unsupported type "${typeCell}"`);
    if (parsed.kind === 'end') return this.end(parsed.type, row);
    const name = cells.get('name');
    if (name === undefined) this.fail(row, 'name', 'row has no name');
    if (!VALID_NAME.test(name)) this.fail(row, 'name', `"${name}" is not a valid name`);
    if (name === 'meta' && this.frame.kind === 'root') this.fail(row, 'name', '"meta" is reserved');
    const field = fieldFromRow(this.sheet, cells, name, `${this.frame.xpath}/${name}`, parsed.type);
    if (parsed.kind === 'begin') this.begin(field, parsed.type, source);
    else this.question(field, parsed, source);
  }

  finish(): SurveyTree {
    const open = this.frame;
    if (open.kind !== 'root') {
      this.fail(open.row, 'type', `begin ${open.kind} "${open.field?.name}" has no matching end ${open.kind}`);
    }
    return this.tree;
  }
}

export function buildSurvey(sheet: NormalSheet, lists: Map<string, ChoiceList>, rootName: string): SurveyTree {
  const builder = new SurveyBuilder(sheet, lists, rootName);
  for (const source of sheet.rows) builder.row(source);
  return builder.finish();
}
