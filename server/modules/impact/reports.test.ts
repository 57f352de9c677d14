import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { harness, makePartner, makeUser, signedInClient, type Client, type Harness } from '../../test/harness';

describe('funder reports from a stored snapshot', () => {
  let h: Harness;
  let admin: Client;
  let viewer: Client;
  let id: string;
  beforeAll(async () => {
    h = await harness();
    const p = await makePartner(h.deps, 'Programme office');
    admin = await signedInClient(h, (await makeUser(h.deps, 'programme_admin', p.slug)).email);
    viewer = await signedInClient(h, (await makeUser(h.deps, 'viewer', p.slug)).email);
    const indicator = {
      code: 'funding-secured',
      name: 'Funding secured',
      unit: 'gbp',
      period: 'programme',
      method: 'manual',
      targets: [{ start: '2026-01-01', end: '2026-12-31', target: 300000 }],
    };
    expect((await admin.request('POST', '/api/v1/impact/indicators', indicator)).statusCode).toBe(201);
    const result = {
      periodStart: '2026-02-01',
      periodEnd: '2026-02-01',
      value: 120000,
      evidence: { url: 'https://evidence.useit.example/a' },
    };
    expect((await admin.request('POST', '/api/v1/impact/indicators/funding-secured/results', result)).statusCode).toBe(
      201,
    );
    const res = await admin.request('POST', '/api/v1/impact/reports', {
      title: 'Quarter report',
      periodStart: '2026-01-01',
      periodEnd: '2026-03-31',
      narrative: [{ heading: 'Highlights', body: 'A new network of social enterprises.' }],
    });
    expect(res.statusCode).toBe(201);
    id = res.json().id;
  });
  afterAll(() => h.close());

  it('renders the PDF and XLSX from the snapshot, the same content every time, even after the records change', async () => {
    const pdf = await viewer.request('GET', `/api/v1/impact/reports/${id}/report.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const more = {
      periodStart: '2026-03-01',
      periodEnd: '2026-03-01',
      value: 50000,
      evidence: { url: 'https://evidence.useit.example/b' },
    };
    expect((await admin.request('POST', '/api/v1/impact/indicators/funding-secured/results', more)).statusCode).toBe(
      201,
    );
    const again = await viewer.request('GET', `/api/v1/impact/reports/${id}/report.pdf`);
    expect(again.rawPayload.equals(pdf.rawPayload)).toBe(true);
    const xlsx = await viewer.request('GET', `/api/v1/impact/reports/${id}/report.xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const row = book.getWorksheet('Indicators')!.getRow(5).values as unknown[];
    expect(row.slice(1, 7)).toEqual(['funding-secured', 'Funding secured', 'gbp', 120000, 300000, 40]);
    expect(book.getWorksheet('Narrative')!.getRow(1).getCell(1).value).toBe('Highlights');
  });

  it('refuses a period ending before it starts, and a viewer producing a report', async () => {
    const bad = await admin.request('POST', '/api/v1/impact/reports', {
      title: 'x',
      periodStart: '2026-03-01',
      periodEnd: '2026-01-01',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('body.periodEnd');
    expect(
      (
        await viewer.request('POST', '/api/v1/impact/reports', {
          title: 'x',
          periodStart: '2026-01-01',
          periodEnd: '2026-02-01',
        })
      ).statusCode,
    ).toBe(403);
    expect((await viewer.request('GET', '/api/v1/impact/reports')).json().total).toBe(1);
  });
});
