/**
 * Thin .xlsx reader: checks the zip before exceljs unpacks it, then turns the survey, choices and
 * settings sheets into in-memory rows for compileXlsForm. The only I/O-ish part of the compiler.
 */
import ExcelJS from 'exceljs';
import { compileXlsForm } from './xlsform.compile';
import { MAX_SHEET_ROWS, MAX_WORKBOOK_BYTES, MAX_WORKBOOK_UNZIPPED_BYTES, XlsFormError } from './xlsform.errors';
import { checkZip } from './xlsform.zip';
import type { CompileOptions, CompileResult, SheetCell, SheetRow, XlsFormSheets } from './xlsform.types';

const workbookError = (message: string) => new XlsFormError({ sheet: 'workbook', row: null, column: null }, message);

function cellValue(value: ExcelJS.CellValue): SheetCell {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return cellValue((value.result ?? null) as ExcelJS.CellValue);
  if ('text' in value) return String(value.text);
  return null;
}

function sheetRows(sheet: ExcelJS.Worksheet): SheetRow[] {
  const headers: string[] = [];
  sheet.getRow(1).eachCell({ includeEmpty: false }, (cell, column) => {
    headers[column] = String(cellValue(cell.value) ?? '').trim();
  });
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1) return;
    if (rowNumber > MAX_SHEET_ROWS) {
      throw new XlsFormError(
        { sheet: sheet.name, row: rowNumber, column: null },
        `sheet has more than ${MAX_SHEET_ROWS} rows`,
      );
    }
    const out: SheetRow = {};
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      const header = headers[column];
      if (header && !(header in out)) out[header] = cellValue(cell.value);
    });
    rows[rowNumber - 2] = out;
  });
  return Array.from(rows, (row) => row ?? {});
}

/** Reads an .xlsx workbook into the in-memory sheets compileXlsForm takes. */
export async function readXlsFormWorkbook(data: Uint8Array): Promise<XlsFormSheets> {
  if (data.byteLength > MAX_WORKBOOK_BYTES) {
    throw workbookError(`the workbook is larger than ${MAX_WORKBOOK_BYTES} bytes`);
  }
  checkZip(data, MAX_WORKBOOK_UNZIPPED_BYTES);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(data.buffer, data.byteOffset, data.byteLength) as never);
  } catch (error) {
    throw workbookError(`not a readable .xlsx workbook (${(error as Error).message.slice(0, 200)})`);
  }
  const find = (name: string) => workbook.worksheets.find((sheet) => sheet.name.trim().toLowerCase() === name);
  // pyxform reads a workbook with a single, differently named sheet as the survey.
  const survey = find('survey') ?? (workbook.worksheets.length === 1 ? workbook.worksheets[0] : undefined);
  if (!survey) {
    throw new XlsFormError({ sheet: 'survey', row: null, column: null }, 'the workbook has no sheet named "survey"');
  }
  const choices = find('choices');
  const settings = find('settings');
  return {
    survey: sheetRows(survey),
    ...(choices ? { choices: sheetRows(choices) } : {}),
    ...(settings ? { settings: sheetRows(settings) } : {}),
  };
}

/** Reads and compiles an uploaded .xlsx; `fallbackFormId` is typically the file name without extension. */
export async function compileXlsFormWorkbook(data: Uint8Array, options: CompileOptions = {}): Promise<CompileResult> {
  return compileXlsForm(await readXlsFormWorkbook(data), options);
}
