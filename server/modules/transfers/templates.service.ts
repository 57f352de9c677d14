import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { columnsOf, type ImportKind } from './columns.rules';

/** Downloadable import templates: the documented columns and one fictional example row (docs/imports.md). */

export const templateFiles = [
  'opportunities.csv',
  'micro-assets.csv',
  'opportunities.xlsx',
  'micro-assets.xlsx',
] as const;
export type TemplateFile = (typeof templateFiles)[number];

export interface Template {
  body: Buffer;
  contentType: string;
  filename: string;
}

export async function template(file: TemplateFile): Promise<Template> {
  const [kind, format] = file.split('.') as [ImportKind, 'csv' | 'xlsx'];
  const specs = columnsOf(kind);
  const header = specs.map((c) => c.name);
  const example = specs.map((c) => c.example);
  const filename = `useit-${kind}-template.${format}`;
  if (format === 'csv')
    return {
      body: Buffer.from(stringify([header, example], { bom: true })),
      contentType: 'text/csv; charset=utf-8',
      filename,
    };
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(kind);
  sheet.addRow(header).font = { bold: true };
  sheet.addRow(example);
  sheet.columns.forEach((column) => (column.width = 22));
  const help = workbook.addWorksheet('columns');
  help.addRow(['column', 'required', 'meaning']).font = { bold: true };
  for (const c of specs) help.addRow([c.name, c.required ? 'yes' : '', c.description]);
  help.getColumn(3).width = 100;
  return {
    body: Buffer.from(await workbook.xlsx.writeBuffer()),
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    filename,
  };
}
