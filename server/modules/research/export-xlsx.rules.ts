import { prizeFields } from './forms.rules';
import { decodeXmlText, localName, type XmlElement } from './research.xml';
import type { FormField, FormSchema } from './xlsform.types';

/**
 * The plan of an XLSX export, pure: one sheet for the responses and one per repeat (nested repeats too), and the
 * rows one stored instance document yields on each sheet. Repeat rows point to their parent by key.
 */

export interface PlanColumn {
  path: string;
  field: FormField;
}
export interface SheetPlan {
  /** the repeat's path below the root; '' for the responses sheet */
  repeatPath: string;
  name: string;
  columns: PlanColumn[];
}

const skipped = new Set(['note', 'group', 'repeat']);
const prize = new Set<string>(Object.values(prizeFields));

/** Sheets in form order: the responses sheet first, then each repeat where it starts. */
export function sheetPlan(schema: FormSchema): SheetPlan[] {
  const sheets: SheetPlan[] = [{ repeatPath: '', name: 'responses', columns: [] }];
  const used = new Set(['responses']);
  const visit = (fields: FormField[], prefix: string, sheet: SheetPlan) => {
    for (const f of fields) {
      const path = prefix ? `${prefix}/${f.name}` : f.name;
      if (f.type === 'repeat') {
        const own: SheetPlan = { repeatPath: path, name: sheetName(f.name, used), columns: [] };
        sheets.push(own);
        visit(f.children ?? [], path, own);
      } else if (f.type === 'group' || f.children?.length) visit(f.children ?? [], path, sheet);
      else if (!skipped.has(f.type) && !prize.has(path)) sheet.columns.push({ path, field: f });
    }
  };
  visit(schema.fields, '', sheets[0]!);
  return sheets;
}

/** An Excel sheet name: at most 31 characters, none of []:*?/\, unique (case-insensitive) in the workbook. */
export function sheetName(wanted: string, used: Set<string>): string {
  const base = wanted.replace(/[[\]:*?/\\]/g, '_').slice(0, 28) || 'repeat';
  let name = base;
  for (let i = 2; used.has(name.toLowerCase()); i++) name = `${base.slice(0, 28 - String(i).length)}~${i}`;
  used.add(name.toLowerCase());
  return name;
}

export interface SheetRow {
  /** this row's key: '' on the responses sheet, else `repeat[n]` (1-based) below its parent's key */
  key: string;
  parentKey: string;
  values: Record<string, string>;
}

const kids = (el: XmlElement, name: string) => el.children.filter((c) => localName(c.name) === name);

/** Every row one instance document yields, by sheet (repeat path). */
export function instanceRows(schema: FormSchema, root: XmlElement): Map<string, SheetRow[]> {
  const out = new Map<string, SheetRow[]>([['', []]]);
  const push = (repeatPath: string, row: SheetRow) => {
    if (!out.has(repeatPath)) out.set(repeatPath, []);
    out.get(repeatPath)!.push(row);
  };
  const visit = (fields: FormField[], el: XmlElement, prefix: string, row: SheetRow) => {
    for (const f of fields) {
      const path = prefix ? `${prefix}/${f.name}` : f.name;
      const found = kids(el, f.name);
      if (f.type === 'repeat') {
        found.forEach((item, i) => {
          const key = `${row.key ? `${row.key}/` : ''}${f.name}[${i + 1}]`;
          const r: SheetRow = { key, parentKey: row.key, values: {} };
          visit(f.children ?? [], item, path, r);
          push(path, r);
        });
      } else if (f.type === 'group' || f.children?.length) {
        if (found[0]) visit(f.children ?? [], found[0], path, row);
      } else if (found[0]) row.values[path] = decodeXmlText(found[0].text);
    }
  };
  const main: SheetRow = { key: '', parentKey: '', values: {} };
  visit(schema.fields, root, '', main);
  out.get('')!.push(main);
  return out;
}

/** A cell: the choice label(s) in `language` when labels are asked for, numbers as numbers. */
export function cellValue(field: FormField, raw: string | undefined, language: string | null, labels: boolean) {
  if (raw === undefined || raw === '') return null;
  if ((field.type === 'integer' || field.type === 'decimal') && raw.trim() !== '' && Number.isFinite(Number(raw)))
    return Number(raw);
  if (!labels || !field.choices?.length) return raw;
  const label = (name: string) => {
    const c = field.choices!.find((x) => x.name === name);
    return c ? (language && c.labels[language]) || c.labels.default || Object.values(c.labels)[0] || name : name;
  };
  return field.type === 'select_multiple' ? raw.trim().split(/\s+/).map(label).join('; ') : label(raw);
}
