/** CSV exports of the matching service (pipeline, shortage, waiting list). */

/** A cell a spreadsheet will not run as a formula (a leading = + - @ tab or CR gets a quote mark), quoted if needed. */
export function csvCell(value: unknown): string {
  let s = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A header line and one line per row, each ended by CRLF. */
export function csvText(head: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return [head.join(','), ...rows.map((r) => r.map(csvCell).join(','))].join('\r\n') + '\r\n';
}
