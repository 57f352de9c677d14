/** XLSForm `type` cells: parsing and their XForm bind types and body controls. Pure. */
import type { FieldType } from './xlsform.types';

export type ParsedType =
  | { kind: 'begin'; type: 'group' | 'repeat' }
  | { kind: 'end'; type: 'group' | 'repeat' }
  | { kind: 'question'; type: FieldType; listName?: string; orOther?: boolean };

const SIMPLE: Record<string, FieldType> = {
  text: 'text',
  string: 'text',
  integer: 'integer',
  int: 'integer',
  decimal: 'decimal',
  date: 'date',
  time: 'time',
  datetime: 'datetime',
  geopoint: 'geopoint',
  note: 'note',
  calculate: 'calculate',
};

const SELECT = /^select[ _](one|multiple)(?:[ _]from)? (\S+)( or[ _]other| or specify other)?$/;

/** Returns null for a type outside the supported subset. */
export function parseType(cell: string): ParsedType | null {
  const text = cell.trim().replace(/\s+/g, ' ');
  const lower = text.toLowerCase();
  const structural = /^(begin|end)[ _](group|repeat)$/.exec(lower);
  if (structural) {
    return { kind: structural[1] as 'begin' | 'end', type: structural[2] as 'group' | 'repeat' };
  }
  const select = SELECT.exec(text);
  if (select && /^select[ _](one|multiple)/.test(lower)) {
    const type = select[1] === 'one' ? 'select_one' : 'select_multiple';
    const listName = select[2] ?? '';
    return select[3] ? { kind: 'question', type, listName, orOther: true } : { kind: 'question', type, listName };
  }
  const simple = SIMPLE[lower];
  return simple ? { kind: 'question', type: simple } : null;
}

const BIND_TYPES: Record<FieldType, string> = {
  text: 'string',
  integer: 'int',
  decimal: 'decimal',
  select_one: 'string',
  select_multiple: 'string',
  date: 'date',
  time: 'time',
  datetime: 'dateTime',
  geopoint: 'geopoint',
  note: 'string',
  calculate: 'string',
  group: '',
  repeat: '',
  unknown: 'string',
};

export const bindType = (type: FieldType): string => BIND_TYPES[type];

/** The body element for a question, or null when it has none (calculate). */
export function controlTag(type: FieldType): 'input' | 'select1' | 'select' | null {
  if (type === 'calculate') return null;
  if (type === 'select_one') return 'select1';
  if (type === 'select_multiple') return 'select';
  return 'input';
}

export const isTrue = (cell: string | undefined): boolean =>
  cell !== undefined && /^(yes|true|true\(\)|1|y)$/i.test(cell.trim());

export const isFalse = (cell: string | undefined): boolean =>
  cell !== undefined && /^(no|false|false\(\)|0|n)$/i.test(cell.trim());

/** XML element names pyxform accepts for questions, groups, lists and the form root. */
export const VALID_NAME = /^[\p{L}_][\p{L}\p{N}._-]*$/u;
