import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { AppError } from '../../http/errors';
import { isBlank, type Cell } from './columns.rules';

/** Reading uploaded CSV and XLSX files into rows; anything unreadable is a 400 naming the problem. */

export type FileFormat = 'csv' | 'xlsx';

export interface Sheet {
  /** which worksheet the rows came from, and all worksheets (XLSX) */
  sheet: string | null;
  sheets: string[];
  header: Cell[];
  /** data rows with their spreadsheet row number (the header is row 1); blank rows are left out */
  rows: { row: number; cells: Cell[] }[];
}

export const maxImportRows = 100_000;
/** A zip bomb guard: an XLSX may not unpack to more than this. */
const maxUnpackedBytes = 400 * 1024 * 1024;

const malformed = (message: string) => new AppError('validation_failed', message);

/** XLSX files are zip archives: they start with PK\x03\x04. */
export const looksLikeZip = (buffer: Buffer): boolean => buffer.length >= 4 && buffer.readUInt32LE(0) === 0x04034b50;

export async function readSheet(buffer: Buffer, format: FileFormat, preferredSheet: string): Promise<Sheet> {
  const sheet = format === 'csv' ? readCsv(buffer) : await readXlsx(buffer, preferredSheet);
  if (sheet.rows.length > maxImportRows)
    throw malformed(
      `The file has ${sheet.rows.length} rows; at most ${maxImportRows} can be imported at once: split it`,
    );
  return sheet;
}

function decodeUtf8(buffer: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer).replace(/^\uFEFF/, '');
  } catch {
    throw malformed('The CSV file is not UTF-8 text: save it as "CSV UTF-8" and upload it again');
  }
}

/** The delimiter the header line uses most: comma, semicolon (European Excel) or tab. */
function delimiterOf(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const counts = [',', ';', '\t'].map((d) => [d, firstLine.split(d).length] as const);
  return counts.reduce((best, c) => (c[1] > best[1] ? c : best))[0];
}

export function readCsv(buffer: Buffer): Sheet {
  const text = decodeUtf8(buffer);
  if (text.trim() === '') throw malformed('The file is empty: the first row must name the columns');
  let records: string[][];
  try {
    records = parse(text, { delimiter: delimiterOf(text), relax_column_count: true, skip_empty_lines: false });
  } catch (err) {
    throw malformed(`The CSV file cannot be read: ${(err as Error).message}`);
  }
  const [header = [], ...data] = records;
  const rows = data.flatMap((cells, i) => (isBlank(cells) ? [] : [{ row: i + 2, cells: cells as Cell[] }]));
  return { sheet: null, sheets: [], header, rows };
}

/** Sums the uncompressed sizes in a zip's central directory, without unpacking anything. */
export function unpackedSize(buffer: Buffer): number {
  const min = Math.max(0, buffer.length - 65_557);
  let eocd = -1;
  for (let i = buffer.length - 22; i >= min; i--)
    if (buffer.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  if (eocd < 0) return -1;
  const entries = buffer.readUInt16LE(eocd + 10);
  let at = buffer.readUInt32LE(eocd + 16);
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > buffer.length || buffer.readUInt32LE(at) !== 0x02014b50) return -1;
    const size = buffer.readUInt32LE(at + 24);
    if (size === 0xffffffff) return Infinity;
    total += size;
    at += 46 + buffer.readUInt16LE(at + 28) + buffer.readUInt16LE(at + 30) + buffer.readUInt16LE(at + 32);
  }
  return total;
}

async function loadWorkbook(buffer: Buffer): Promise<ExcelJS.Workbook> {
  if (!looksLikeZip(buffer)) throw malformed('The file is not an XLSX workbook: it is not a zip archive');
  const size = unpackedSize(buffer);
  if (size < 0) throw malformed('The XLSX workbook is damaged: its zip directory cannot be read');
  if (size > maxUnpackedBytes)
    throw malformed(`The XLSX workbook unpacks to more than ${maxUnpackedBytes / 1024 / 1024} MB: save it as CSV`);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch (err) {
    throw malformed(`The XLSX workbook cannot be read: ${(err as Error).message}`);
  }
  return workbook;
}

const sheetKey = (name: string) => name.toLowerCase().replace(/[^a-z]/g, '');

/** The worksheet named after the kind ("micro-assets"), else the first one. */
function pickSheet(workbook: ExcelJS.Workbook, preferred: string): ExcelJS.Worksheet {
  const sheets = workbook.worksheets;
  const first = sheets[0];
  if (!first) throw malformed('The XLSX workbook has no worksheet');
  return sheets.find((s) => sheetKey(s.name) === sheetKey(preferred)) ?? first;
}

/** A cell's value as the user sees it: formulas by their result, rich text and links by their text. */
export function xlsxCell(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return xlsxCell((value as { result?: ExcelJS.CellValue }).result);
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : xlsxCell(value.text);
  if ('error' in value) return String(value.error);
  return null;
}

export async function readXlsx(buffer: Buffer, preferredSheet: string): Promise<Sheet> {
  const workbook = await loadWorkbook(buffer);
  const sheet = pickSheet(workbook, preferredSheet);
  const width = sheet.columnCount;
  const read = (r: ExcelJS.Row): Cell[] => Array.from({ length: width }, (_, i) => xlsxCell(r.getCell(i + 1).value));
  const header = read(sheet.getRow(1));
  const rows: Sheet['rows'] = [];
  sheet.eachRow({ includeEmpty: false }, (r, number) => {
    if (number === 1) return;
    const cells = read(r);
    if (!isBlank(cells)) rows.push({ row: number, cells });
  });
  return { sheet: sheet.name, sheets: workbook.worksheets.map((s) => s.name), header, rows };
}
