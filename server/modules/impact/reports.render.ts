import ExcelJS from 'exceljs';
import PDFDocument from 'pdfkit';

/** A funder report's data snapshot: everything the PDF and XLSX show, and nothing read again from the records. */
export interface Snapshot {
  programme: string;
  title: string;
  period: { start: string; end: string };
  narrative: { heading: string; body: string }[];
  indicators: {
    code: string;
    name: string;
    unit: string;
    value: number | null;
    target: number | null;
    status: string;
  }[];
}

const statusText: Record<string, string> = {
  on_track: 'On track',
  at_risk: 'At risk',
  behind: 'Behind',
  no_target: 'No target',
};
export const figureText = (v: number | null, unit: string) =>
  v === null ? '<5' : unit === 'gbp' ? `£${Math.round(v).toLocaleString('en-GB')}` : v.toLocaleString('en-GB');

/** The share of each indicator's target reached, as a horizontal bar chart drawn with pdfkit's primitives. */
function barChart(doc: PDFKit.PDFDocument, s: Snapshot): void {
  const withTarget = s.indicators.filter((i) => i.target && i.value !== null);
  const left = 260;
  const width = 250;
  doc.fontSize(13).text('Share of target reached', 50, doc.y + 10);
  let y = doc.y + 8;
  for (const i of withTarget) {
    const share = Math.min(1.5, (i.value ?? 0) / (i.target ?? 1));
    doc
      .fontSize(8)
      .fillColor('#222')
      .text(i.name, 50, y + 2, { width: 200, height: 12, ellipsis: true });
    doc.rect(left, y, width, 12).fillColor('#e9ecef').fill();
    doc
      .rect(left, y, Math.max(1, (width * Math.min(share, 1.5)) / 1.5), 12)
      .fillColor('#1c5d99')
      .fill();
    doc
      .moveTo(left + width / 1.5, y - 2)
      .lineTo(left + width / 1.5, y + 14)
      .strokeColor('#c92a2a')
      .stroke();
    doc.fillColor('#222').text(`${Math.round(share * 100)}%`, left + width + 6, y + 2);
    y += 18;
  }
  doc.fillColor('#000').text('', 50, y + 6);
}

export function renderPdf(s: Snapshot): Promise<Buffer> {
  const created = new Date(`${s.period.end}T00:00:00Z`);
  const doc = new PDFDocument({
    size: 'A4',
    margin: 50,
    info: { Title: s.title, CreationDate: created, ModDate: created },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.fontSize(18).text(s.title);
  doc.fontSize(11).text(`${s.programme} · ${s.period.start} to ${s.period.end}`);
  doc.moveDown();
  doc.fontSize(13).text('Indicators against targets');
  doc.moveDown(0.3);
  for (const i of s.indicators) {
    const target = i.target === null ? 'no target' : `target ${figureText(i.target, i.unit)}`;
    doc.fontSize(9).text(`${i.name}: ${figureText(i.value, i.unit)} (${target}) · ${statusText[i.status] ?? i.status}`);
  }
  barChart(doc, s);
  for (const section of s.narrative) {
    doc.moveDown();
    doc.fontSize(13).text(section.heading);
    doc.fontSize(10).text(section.body);
  }
  doc.end();
  return done;
}

export async function renderXlsx(s: Snapshot): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.created = new Date(`${s.period.end}T00:00:00Z`);
  book.modified = book.created;
  const sheet = book.addWorksheet('Indicators');
  sheet.addRow([s.title]);
  sheet.addRow([`${s.programme}`, s.period.start, s.period.end]);
  sheet.addRow([]);
  sheet.addRow(['Code', 'Indicator', 'Unit', 'Result', 'Target', 'Share of target', 'Status']);
  for (const i of s.indicators)
    sheet.addRow([
      i.code,
      i.name,
      i.unit,
      i.value ?? '<5',
      i.target,
      i.target && i.value !== null ? Math.round((i.value / i.target) * 1000) / 10 : null,
      statusText[i.status] ?? i.status,
    ]);
  const narrative = book.addWorksheet('Narrative');
  for (const n of s.narrative) narrative.addRow([n.heading, n.body]);
  return Buffer.from(await book.xlsx.writeBuffer());
}
