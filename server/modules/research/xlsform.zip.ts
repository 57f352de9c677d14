/**
 * Checks that bytes are a plain zip (what an .xlsx is) and that its entries do not unpack to more
 * than a limit, reading only the central directory. Pure.
 */
import { XlsFormError } from './xlsform.errors';

const fail = (message: string): never => {
  throw new XlsFormError({ sheet: 'workbook', row: null, column: null }, message);
};

const MAX_ENTRIES = 10_000;

export function checkZip(data: Uint8Array, maxUnzippedBytes: number): void {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const u32 = (at: number) => (at + 4 <= data.byteLength ? view.getUint32(at, true) : fail('truncated zip'));
  const u16 = (at: number) => (at + 2 <= data.byteLength ? view.getUint16(at, true) : fail('truncated zip'));
  if (data.byteLength >= 8 && u32(0) === 0xe011cfd0) fail('this is an old .xls file: save it as .xlsx');
  if (data.byteLength < 22 || u32(0) !== 0x04034b50) fail('not an .xlsx workbook (not a zip file)');
  let end = -1;
  for (let at = data.byteLength - 22; at >= Math.max(0, data.byteLength - 22 - 0xffff); at -= 1) {
    if (view.getUint32(at, true) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) fail('not an .xlsx workbook (no zip directory)');
  const entries = u16(end + 10);
  let at = u32(end + 16);
  if (entries > MAX_ENTRIES) fail('the workbook has too many parts');
  let total = 0;
  for (let index = 0; index < entries; index += 1) {
    if (u32(at) !== 0x02014b50) fail('not an .xlsx workbook (damaged zip directory)');
    const size = u32(at + 24);
    if (size === 0xffffffff) fail('zip64 workbooks are not supported');
    total += size;
    if (total > maxUnzippedBytes) fail(`the workbook unpacks to more than ${maxUnzippedBytes} bytes`);
    at += 46 + u16(at + 28) + u16(at + 30) + u16(at + 32);
  }
}
