/** Typed errors and input limits of the questionnaire compiler and XForm reader. */

/** Workbook file size accepted by the .xlsx reader (bytes, compressed). */
export const MAX_WORKBOOK_BYTES = 10 * 1024 * 1024;
/** Sum of the uncompressed sizes of the workbook's zip entries (guards against zip bombs). */
export const MAX_WORKBOOK_UNZIPPED_BYTES = 100 * 1024 * 1024;
/** Rows per sheet (the last non-empty row number) and non-empty cells per workbook. */
export const MAX_SHEET_ROWS = 20_000;
export const MAX_WORKBOOK_CELLS = 400_000;
/** Characters in one cell. */
export const MAX_CELL_CHARS = 20_000;
/** Depth of nested groups and repeats. */
export const MAX_NESTING_DEPTH = 30;
/** Size of an uploaded XForm (characters) and its element nesting depth. */
export const MAX_XFORM_CHARS = 16 * 1024 * 1024;
export const MAX_XFORM_DEPTH = 100;

export interface XlsFormErrorLocation {
  /** Sheet name, e.g. `survey`, `choices`, `settings`, or `workbook` for the file as a whole. */
  sheet: string;
  /** Row number as the spreadsheet shows it (header is row 1); null when not about one row. */
  row: number | null;
  /** Column header as written, e.g. `label::English (en)`; null when not about one column. */
  column: string | null;
}

/** A problem with an uploaded XLSForm, to be shown to the person who wrote it. */
export class XlsFormError extends Error {
  readonly sheet: string;
  readonly row: number | null;
  readonly column: string | null;
  readonly detail: string;

  constructor(location: XlsFormErrorLocation, detail: string) {
    const where = [
      `sheet "${location.sheet}"`,
      location.row === null ? null : `row ${location.row}`,
      location.column === null ? null : `column "${location.column}"`,
    ]
      .filter((part) => part !== null)
      .join(', ');
    super(`${where}: ${detail}`);
    this.name = 'XlsFormError';
    this.sheet = location.sheet;
    this.row = location.row;
    this.column = location.column;
    this.detail = detail;
  }

  toJSON(): XlsFormErrorLocation & { message: string } {
    return { sheet: this.sheet, row: this.row, column: this.column, message: this.detail };
  }
}

export type XFormErrorCode =
  | 'too_large'
  | 'doctype'
  | 'not_xml'
  | 'too_deep'
  | 'missing_head'
  | 'missing_model'
  | 'missing_instance'
  | 'missing_instance_id'
  | 'missing_form_id';

/** A problem with an uploaded XForm. */
export class XFormError extends Error {
  readonly code: XFormErrorCode;

  constructor(code: XFormErrorCode, message: string) {
    super(message);
    this.name = 'XFormError';
    this.code = code;
  }
}
