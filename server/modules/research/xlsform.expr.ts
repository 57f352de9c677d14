/** `${name}` references in XLSForm cells: expansion to absolute XPaths, and label outputs. Pure. */
import { VALID_NAME } from './xlsform.question-types';

const REF = /\$\{([^}]*)\}/g;

export type RefLookup = (name: string) => string | undefined;

/** Thrown by the functions here; the caller turns it into an XlsFormError with the cell's place. */
export class RefError extends Error {}

function resolve(name: string, lookup: RefLookup): string {
  const trimmed = name.trim();
  if (!VALID_NAME.test(trimmed)) throw new RefError(`bad reference \${${name}}`);
  const xpath = lookup(trimmed);
  if (xpath === undefined) throw new RefError(`\${${trimmed}} does not name a question in this form`);
  return xpath;
}

function checkStray(text: string): void {
  if (text.replace(REF, '').includes('${')) throw new RefError('unclosed ${ reference');
}

/** Expands every `${name}` to ` /root/path ` (with spaces, as pyxform writes it). */
export function expandRefs(expr: string, lookup: RefLookup): string {
  checkStray(expr);
  return expr.replace(REF, (_match, name: string) => ` ${resolve(name, lookup)} `);
}

export type LabelPart = { text: string } | { ref: string };

/** Splits a label into text and `<output>` references. */
export function labelParts(label: string, lookup: RefLookup): LabelPart[] {
  checkStray(label);
  const parts: LabelPart[] = [];
  let last = 0;
  for (const match of label.matchAll(REF)) {
    if (match.index > last) parts.push({ text: label.slice(last, match.index) });
    parts.push({ ref: ` ${resolve(match[1] ?? '', lookup)} ` });
    last = match.index + match[0].length;
  }
  if (last < label.length) parts.push({ text: label.slice(last) });
  return parts;
}

/** Names referenced by `${...}` in a cell (for checks that need no lookup). */
export const referencedNames = (text: string): string[] =>
  [...text.matchAll(REF)].map((match) => (match[1] ?? '').trim());
