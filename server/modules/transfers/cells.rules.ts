/**
 * Formula injection (CSV injection, OWASP): a spreadsheet treats a text cell starting with = + - @ (or a tab or
 * carriage return) as a formula. Every text cell we write to CSV or XLSX that starts with one of
 * these gets a leading apostrophe, which spreadsheets show as text. Numbers we write as numbers (lat, lng,
 * quantity) are not text and keep their sign. Imports remove the apostrophe again, so files round-trip.
 */
const dangerous = /^'*[=+\-@\t\r]/;

/** Text that starts with a formula character (after any apostrophes) gets one more apostrophe in front. */
export function neutraliseCell(value: string): string {
  return dangerous.test(value) ? `'${value}` : value;
}

/** The inverse, for imports: one apostrophe comes off text that neutraliseCell would have changed. */
export function restoreCell(value: string): string {
  return /^'+[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

export type OutCell = string | number | boolean | null;

/** Text cells neutralised; numbers, booleans and blanks as they are. */
export const safeCell = (value: OutCell): OutCell => (typeof value === 'string' ? neutraliseCell(value) : value);
