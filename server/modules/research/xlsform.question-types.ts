/** XLSForm `type` cells: parsing and their XForm bind types and body controls. Pure. */
import type { FieldType } from './xlsform.types';

export type ParsedType =
  | { kind: 'begin'; type: 'group' | 'repeat' }
  | { kind: 'end'; type: 'group' | 'repeat' }
  | {
      kind: 'question';
      type: FieldType;
      listName?: string;
      orOther?: boolean;
      file?: string;
      metadata?: string;
      /** pyxform's legacy `phone number`: text limited to digits. */
      numbersOnly?: boolean;
    };

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
  hidden: 'hidden',
  barcode: 'barcode',
  acknowledge: 'acknowledge',
  trigger: 'acknowledge',
  image: 'image',
  photo: 'image',
  audio: 'audio',
  video: 'video',
  file: 'file',
};

/** Metadata the device fills in, with pyxform's preload attributes. */
export const METADATA: Record<string, { type: string; preload: string; params: string }> = {
  start: { type: 'dateTime', preload: 'timestamp', params: 'start' },
  end: { type: 'dateTime', preload: 'timestamp', params: 'end' },
  today: { type: 'date', preload: 'date', params: 'today' },
  deviceid: { type: 'string', preload: 'property', params: 'deviceid' },
  'uri:deviceid': { type: 'string', preload: 'property', params: 'uri:deviceid' },
  username: { type: 'string', preload: 'property', params: 'username' },
  phonenumber: { type: 'string', preload: 'property', params: 'phonenumber' },
  email: { type: 'string', preload: 'property', params: 'email' },
  subscriberid: { type: 'string', preload: 'property', params: 'subscriberid' },
  simserial: { type: 'string', preload: 'property', params: 'simserial' },
};

const FROM_FILE = /^select[ _](one|multiple)[ _]from[ _]file ([\p{L}\p{N}_-][\p{L}\p{N}_.-]*\.(?:csv|xml|geojson))$/iu;

const SELECT = /^select[ _](one|multiple)(?:[ _]from)? (\S+)( or[ _]other| or specify other)?$/i;

/** Returns null for a type outside the supported subset. */
export function parseType(cell: string): ParsedType | null {
  const text = cell.trim().replace(/\s+/g, ' ');
  const lower = text.toLowerCase();
  const structural = /^(begin|end)[ _](group|repeat)$/.exec(lower);
  if (structural) {
    return { kind: structural[1] as 'begin' | 'end', type: structural[2] as 'group' | 'repeat' };
  }
  const fromFile = FROM_FILE.exec(text);
  if (fromFile) {
    const type = fromFile[1]?.toLowerCase() === 'one' ? 'select_one' : 'select_multiple';
    const file = fromFile[2] ?? '';
    return { kind: 'question', type, listName: file.replace(/\.[^.]+$/, ''), file };
  }
  if (lower === 'phone number') return { kind: 'question', type: 'text', numbersOnly: true };
  if (METADATA[lower]) return { kind: 'question', type: 'metadata', metadata: lower };
  const select = SELECT.exec(text);
  if (select) {
    const type = select[1]?.toLowerCase() === 'one' ? 'select_one' : 'select_multiple';
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
  hidden: 'string',
  barcode: 'barcode',
  acknowledge: 'string',
  image: 'binary',
  audio: 'binary',
  video: 'binary',
  file: 'binary',
  metadata: 'string',
  group: '',
  repeat: '',
  unknown: 'string',
};

export const bindType = (type: FieldType): string => BIND_TYPES[type];

/** The body element for a question, or null when it has none (calculate). */
export function controlTag(type: FieldType): 'input' | 'select1' | 'select' | 'upload' | 'trigger' | null {
  if (type === 'calculate' || type === 'hidden' || type === 'metadata') return null;
  if (type === 'image' || type === 'audio' || type === 'video' || type === 'file') return 'upload';
  if (type === 'acknowledge') return 'trigger';
  if (type === 'select_one') return 'select1';
  if (type === 'select_multiple') return 'select';
  return 'input';
}

/** `mediatype` of an `<upload>` control. */
export const MEDIA_TYPES: Partial<Record<FieldType, string>> = {
  image: 'image/*',
  audio: 'audio/*',
  video: 'video/*',
  file: 'application/*',
};

export const isTrue = (cell: string | undefined): boolean =>
  cell !== undefined && /^(yes|true|true\(\)|1|y)$/i.test(cell.trim());

export const isFalse = (cell: string | undefined): boolean =>
  cell !== undefined && /^(no|false|false\(\)|0|n)$/i.test(cell.trim());

/** XML element names pyxform accepts for questions, groups, lists and the form root. */
export const VALID_NAME = /^[\p{L}_][\p{L}\p{N}._-]*$/u;
