import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { XlsFormError } from './xlsform.errors';
import { compileXlsFormWorkbook, readXlsFormWorkbook } from './xlsform.reader';

async function workbook(sheets: Record<string, unknown[][]>): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) wb.addWorksheet(name).addRows(rows);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('the .xlsx reader', () => {
  test('reads survey, choices and settings with spreadsheet row numbers', async () => {
    const data = await workbook({
      survey: [['type', 'name', 'label::English (en)'], ['text', 'a', 'A'], [], ['integer', 'a', 'again']],
      settings: [['form_id'], ['wb']],
    });
    const error = await compileXlsFormWorkbook(data).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(XlsFormError);
    expect((error as XlsFormError).toJSON()).toMatchObject({ sheet: 'survey', row: 4, column: 'name' });
  });

  test('a workbook without a survey sheet (and more than one sheet) is refused', async () => {
    const data = await workbook({ questions: [['type'], ['text']], choices: [['list_name']] });
    await expect(readXlsFormWorkbook(data)).rejects.toThrow(/no sheet named "survey"/);
  });

  test.each([
    ['not a zip', new TextEncoder().encode('type,name,label\ntext,a,A\n'), /not a zip/],
    ['an old .xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), /old \.xls/],
    ['a truncated zip', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), /zip/],
  ])('%s is an XlsFormError', async (_name, bytes, message) => {
    await expect(readXlsFormWorkbook(bytes)).rejects.toSatisfy(
      (error: unknown) => error instanceof XlsFormError && message.test(error.message) && error.sheet === 'workbook',
    );
  });

  test('a zip whose entries claim to unpack to too much is refused before unpacking', async () => {
    const data = await workbook({
      survey: [
        ['type', 'name', 'label'],
        ['text', 'a', 'A'],
      ],
    });
    const view = new DataView(data.buffer);
    for (let at = data.length - 22; at >= 0; at -= 1) {
      if (view.getUint32(at, true) !== 0x02014b50) continue;
      view.setUint32(at + 24, 0x7fffffff, true);
      break;
    }
    await expect(readXlsFormWorkbook(data)).rejects.toThrow(/unpacks to more than/);
  });

  test('an oversized file is refused', async () => {
    await expect(readXlsFormWorkbook(new Uint8Array(11 * 1024 * 1024))).rejects.toThrow(/larger than/);
  });
});
