/** Import jobs: their states, the error report, and which file format an upload is. */

export const importStatuses = ['queued', 'validating', 'valid', 'invalid', 'importing', 'done', 'failed'] as const;
export type ImportStatus = (typeof importStatuses)[number];

/** 20 MB: a 100,000-row CSV fits; anything bigger should be split. */
export const importLimitBytes = 20 * 1024 * 1024;
export const importLimitText = '20 MB';
/** Rows validated (and inserted) per step; progress is reported after each. */
export const chunkSize = 1000;
/** The report lists this many errors; error_count still counts them all. */
export const maxReportedErrors = 1000;

export interface ImportError {
  /** the spreadsheet row number: the header is row 1 */
  row: number;
  column: string;
  message: string;
}

export interface ImportReport {
  rows: number;
  valid: number;
  invalid: number;
  errors: ImportError[];
  errorsTruncated: boolean;
  ignoredColumns: string[];
  sheet: string | null;
}

export function buildReport(
  rows: number,
  errors: readonly ImportError[],
  extra: { ignoredColumns: string[]; sheet: string | null },
): ImportReport {
  const sorted = [...errors].sort((a, b) => a.row - b.row || a.column.localeCompare(b.column));
  const invalid = new Set(errors.map((e) => e.row)).size;
  return {
    rows,
    valid: rows - invalid,
    invalid,
    errors: sorted.slice(0, maxReportedErrors),
    errorsTruncated: sorted.length > maxReportedErrors,
    ...extra,
  };
}

const xlsxMime = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const csvMimes = [
  'text/csv',
  'application/csv',
  'text/plain',
  'application/vnd.ms-excel',
  'text/comma-separated-values',
];

/** csv or xlsx from the content type and file name; null when neither says (sniff the bytes then). */
export function formatOf(mime: string | undefined, filename: string | undefined): 'csv' | 'xlsx' | null {
  const type = (mime ?? '').split(';')[0]!.trim().toLowerCase();
  const ext = /\.([a-z0-9]+)$/i.exec(filename ?? '')?.[1]?.toLowerCase();
  if (type === xlsxMime || ext === 'xlsx') return 'xlsx';
  if (ext === 'csv' || csvMimes.includes(type)) return 'csv';
  return null;
}

/** The old binary .xls format (an OLE compound file) is not read: ask for XLSX or CSV. */
export const isLegacyXls = (head: Uint8Array): boolean =>
  head.length >= 4 && head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0;

/** A safe file name to keep and show: no path, no control characters, at most 255 characters. */
export function cleanFilename(name: string | undefined, fallback: string): string {
  const base = (name ?? '').split(/[\\/]/).pop() ?? '';
  const clean = [...base]
    .filter((c) => c.charCodeAt(0) > 0x1f && c.charCodeAt(0) !== 0x7f)
    .join('')
    .trim()
    .slice(0, 255);
  return clean || fallback;
}
