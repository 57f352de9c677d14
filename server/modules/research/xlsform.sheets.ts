/**
 * Normalises in-memory XLSForm sheets: column headers to canonical keys, cells to trimmed strings,
 * row numbers as the spreadsheet shows them. Pure.
 */
import { MAX_CELL_CHARS, MAX_SHEET_ROWS, MAX_WORKBOOK_CELLS, XlsFormError } from './xlsform.errors';
import type { SheetCell, XlsFormSheets } from './xlsform.types';

/** Columns whose header may carry a language (`label::English (en)`, legacy `label:English`). */
const TRANSLATABLE = new Set([
  'label',
  'hint',
  'guidance_hint',
  'constraint_message',
  'required_message',
  'image',
  'audio',
  'video',
  'big-image',
]);

const ALIASES: Record<string, string> = {
  'list name': 'list_name',
  'constraint message': 'constraint_message',
  'required message': 'required_message',
  requiredmsg: 'required_message',
  'choice filter': 'choice_filter',
  'repeat count': 'repeat_count',
  'read only': 'read_only',
  readonly: 'read_only',
  'form title': 'form_title',
  'form id': 'form_id',
  'default language': 'default_language',
  'instance name': 'instance_name',
  'media::image': 'image',
  'media::audio': 'audio',
  'media::video': 'video',
};

export interface ColumnKey {
  base: string;
  lang: string | null;
  /** For `bind::`/`instance::`/`body::` columns: the attribute name. */
  attribute?: string;
}

const ATTRIBUTE_COLUMNS = new Set(['bind', 'instance', 'body']);

export interface NormalRow {
  /** Row number as the spreadsheet shows it. */
  row: number;
  cells: Map<string, string>;
}

export interface NormalSheet {
  name: string;
  /** Canonical key -> header as written. */
  headers: Map<string, string>;
  columns: Map<string, ColumnKey>;
  rows: NormalRow[];
}

export function parseHeader(header: string): ColumnKey {
  const trimmed = header.trim();
  const lower = trimmed.toLowerCase();
  const aliased = ALIASES[lower];
  if (aliased) return { base: aliased, lang: null };
  const double = trimmed.indexOf('::');
  if (double > 0) {
    const base = trimmed.slice(0, double).trim().toLowerCase();
    const lang = trimmed.slice(double + 2).trim();
    if (base === 'media') return parseHeader(lang);
    // `bind::x`, `instance::x`, `body::x`: extra XML attributes, names kept as written.
    if (ATTRIBUTE_COLUMNS.has(base) && lang) return { base, lang: null, attribute: lang };
    if (TRANSLATABLE.has(base)) return { base, lang: lang || null };
    return { base: lower, lang: null };
  }
  const single = trimmed.indexOf(':');
  if (single > 0) {
    const base = trimmed.slice(0, single).trim().toLowerCase();
    if (TRANSLATABLE.has(base)) return { base, lang: trimmed.slice(single + 1).trim() || null };
  }
  return { base: lower.replace(/\s+/g, '_'), lang: null };
}

export const columnKey = (key: ColumnKey): string =>
  key.attribute !== undefined
    ? `${key.base}::${key.attribute}`
    : key.lang === null
      ? key.base
      : `${key.base}::${key.lang}`;

const NOT_XML_CHARS =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function cellText(value: unknown, sheet: string, row: number, column: string): string {
  let text: string;
  if (value === null || value === undefined) text = '';
  else if (typeof value === 'string') text = value;
  else if (typeof value === 'number') text = Number.isFinite(value) ? String(value) : '';
  else if (typeof value === 'boolean') text = value ? 'true' : 'false';
  else if (value instanceof Date) {
    const iso = Number.isNaN(value.getTime()) ? '' : value.toISOString();
    text = iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  } else throw new XlsFormError({ sheet, row, column }, 'unsupported cell value');
  // Characters XML 1.0 cannot carry (control characters, lone surrogates) are dropped.
  text = text.replace(NOT_XML_CHARS, '');
  if (text.length > MAX_CELL_CHARS) {
    throw new XlsFormError({ sheet, row, column }, `cell longer than ${MAX_CELL_CHARS} characters`);
  }
  // pyxform's clean_text_values: spreadsheet "smart quotes" become plain, runs of spaces one space.
  return text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** Normalises one sheet; `rows[i]` is spreadsheet row `i + 2`. */
export function normaliseSheet(name: string, rows: unknown, budget: { cells: number }): NormalSheet {
  if (!Array.isArray(rows)) {
    throw new XlsFormError({ sheet: name, row: null, column: null }, 'sheet must be a list of rows');
  }
  if (rows.length + 1 > MAX_SHEET_ROWS) {
    throw new XlsFormError(
      { sheet: name, row: MAX_SHEET_ROWS, column: null },
      `sheet has more than ${MAX_SHEET_ROWS} rows`,
    );
  }
  const sheet: NormalSheet = { name, headers: new Map(), columns: new Map(), rows: [] };
  rows.forEach((raw: unknown, index) => {
    const rowNumber = index + 2;
    if (raw === null || raw === undefined) return;
    if (typeof raw !== 'object' || Array.isArray(raw)) {
      throw new XlsFormError({ sheet: name, row: rowNumber, column: null }, 'row must be an object');
    }
    const cells = new Map<string, string>();
    for (const [header, value] of Object.entries(raw as Record<string, SheetCell>)) {
      const text = cellText(value, name, rowNumber, header);
      if (text === '' || header.trim() === '') continue;
      budget.cells -= 1;
      if (budget.cells < 0) {
        throw new XlsFormError(
          { sheet: name, row: rowNumber, column: header },
          `workbook has more than ${MAX_WORKBOOK_CELLS} non-empty cells`,
        );
      }
      const parsed = parseHeader(header);
      const key = columnKey(parsed);
      if (!sheet.headers.has(key)) {
        sheet.headers.set(key, header);
        sheet.columns.set(key, parsed);
      }
      cells.set(key, text);
    }
    if (cells.size > 0) sheet.rows.push({ row: rowNumber, cells });
  });
  return sheet;
}

export interface NormalWorkbook {
  survey: NormalSheet;
  choices: NormalSheet;
  settings: Map<string, { value: string; row: number; header: string }>;
}

export function normaliseWorkbook(input: XlsFormSheets): NormalWorkbook {
  if (input === null || typeof input !== 'object' || !('survey' in input) || !input.survey) {
    throw new XlsFormError({ sheet: 'survey', row: null, column: null }, 'the survey sheet is missing');
  }
  const budget = { cells: MAX_WORKBOOK_CELLS };
  const survey = normaliseSheet('survey', input.survey, budget);
  const choices = normaliseSheet('choices', input.choices ?? [], budget);
  const settingsSheet = normaliseSheet('settings', input.settings ?? [], budget);
  const settings: NormalWorkbook['settings'] = new Map();
  const first = settingsSheet.rows[0];
  if (first) {
    for (const [key, value] of first.cells) {
      settings.set(key, { value, row: first.row, header: settingsSheet.headers.get(key) ?? key });
    }
  }
  return { survey, choices, settings };
}
