import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../http/context';
import { loadTestTaxonomy } from '../../test/asset-fixtures';
import { harness, makePartner, makeUser, signedInClient, type Client, type Harness } from '../../test/harness';
import {
  commit,
  dryRun,
  multipart,
  opportunitiesCsv,
  placesFor,
  settled,
  upload,
  xlsxType,
  type Job,
} from '../../test/transfer-fixtures';
import { createResident } from '../residents/residents.service';

interface Problem {
  status: number;
  code: string;
  detail: string;
}

async function workbook(sheets: Record<string, (string | number | boolean | Date | null)[][]>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    for (const row of rows) ws.addRow(row);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const refused = async (res: { statusCode: number; json: () => unknown }) => {
  const p = res.json() as Problem;
  return [res.statusCode, p.detail] as const;
};

describe('import files: XLSX, multipart, malformed and oversized', () => {
  let h: Harness;
  let admin: Client;
  let partner: { id: string; slug: string };
  let residentId: string;

  beforeAll(async () => {
    h = await harness();
    await loadTestTaxonomy(h.deps);
    partner = await makePartner(h.deps, 'Community trust');
    await placesFor(h.deps, partner.slug);
    admin = await signedInClient(h, (await makeUser(h.deps, 'programme_admin', partner.slug)).email);
    residentId = (
      await createResident(h.deps, systemContext, {
        reference: 'R-IMPORT-1',
        displayName: 'Imported resident',
        partner: partner.slug,
        area: 'other-ward',
        languages: [],
      })
    ).id;
  });
  afterAll(() => h.close());

  it('imports micro-assets from an XLSX sheet named after the kind, with typed cells', async () => {
    const header = [
      'category',
      'kind',
      'name',
      'owner_type',
      'owner',
      'occupation_code',
      'lat',
      'lng',
      'visibility',
      'sensitive',
      'provenance',
    ];
    const file = await workbook({
      notes: [['this sheet is not the data']],
      'micro-assets': [
        header,
        [
          'community',
          'group',
          'Test ward walking group',
          'area',
          'test-ward',
          null,
          52.49,
          -1.95,
          'public',
          false,
          null,
        ],
        // a spreadsheet names the resident by the reference the partner knows them by
        ['human', 'skill', 'Pastry', 'resident', 'R-IMPORT-1', 'kitchen-porter', null, null, null, 'no', 'interview'],
        [null, null, null, null, null, null, null, null, null, null, null],
        [
          'physical',
          'building',
          'Old library',
          'partner',
          partner.slug,
          null,
          52.5,
          -1.96,
          null,
          true,
          'partner_report',
        ],
      ],
    });
    const job = await dryRun(admin, 'micro-assets', file, xlsxType);
    expect(job).toMatchObject({ status: 'valid', totalRows: 3, report: { sheet: 'micro-assets', valid: 3 } });
    const done = await commit(admin, job.id);
    expect(done).toMatchObject({ status: 'done', importedCount: 3 });
    const list = (await admin.request('GET', '/api/v1/micro-assets?pageSize=100&sort=name')).json() as {
      items: {
        name: string;
        visibility: string;
        area: { slug: string } | null;
        sourceRef: string;
        provenance: string;
        sensitive: boolean;
      }[];
    };
    const byName = Object.fromEntries(list.items.map((m) => [m.name, m]));
    expect(byName.Pastry).toMatchObject({
      visibility: 'private',
      area: { slug: 'other-ward' },
      provenance: 'interview',
    });
    expect(byName['Test ward walking group']).toMatchObject({
      visibility: 'public',
      provenance: 'import',
      sourceRef: `import ${job.id} row 2`,
    });
    expect(byName['Old library']).toMatchObject({ sensitive: true, visibility: 'partners' });
  });

  it("refuses a resident's asset with a location, row by row", async () => {
    const csv = `category,kind,name,owner_type,owner,lat,lng\nhuman,skill,Sewing,resident,${residentId},52.4,-1.9\nhuman,skill,Welding,resident,not-a-resident,,\n`;
    const job = await dryRun(admin, 'micro-assets', csv);
    expect(job.report!.errors).toEqual([
      { row: 2, column: 'lat', message: expect.stringMatching(/pinpoint/) },
      { row: 3, column: 'owner', message: 'unknown resident' },
    ]);
  });

  it('takes a multipart upload with the kind as a field', async () => {
    const form = multipart(
      { kind: 'opportunities' },
      { name: 'jobs.csv', type: 'text/csv', content: Buffer.from(opportunitiesCsv(3)) },
    );
    const res = await admin.request('POST', '/api/v1/imports', form.body, { 'content-type': form.contentType });
    expect(res.statusCode, res.body).toBe(202);
    const job = await settled(admin, (res.json() as Job).id);
    expect(job).toMatchObject({ status: 'valid', totalRows: 3 });
  });

  it('answers 400 naming the problem for malformed spreadsheets', async () => {
    const notZip = await upload(admin, 'opportunities', Buffer.from('kind,title\nvacancy,x\n'), xlsxType);
    expect(await refused(notZip)).toEqual([400, expect.stringMatching(/not a zip archive/)]);

    const damaged = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]);
    expect(await refused(await upload(admin, 'opportunities', damaged, xlsxType))).toEqual([
      400,
      expect.stringMatching(/damaged|cannot be read/),
    ]);

    const wrongSheet = await workbook({
      Sheet1: [
        ['name', 'email'],
        ['a', 'b'],
      ],
      Other: [['x']],
    });
    const wrong = await upload(admin, 'opportunities', wrongSheet, xlsxType);
    expect(await refused(wrong)).toEqual([
      400,
      expect.stringMatching(/sheet "Sheet1" \(sheets: Sheet1, Other\): missing header.*missing kind, title/),
    ]);

    const legacy = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]);
    expect(await refused(await upload(admin, 'opportunities', legacy, 'application/vnd.ms-excel'))).toEqual([
      400,
      expect.stringMatching(/\.xls/),
    ]);

    const quote = await upload(admin, 'opportunities', 'kind,title\nvacancy,"unclosed\n');
    expect(await refused(quote)).toEqual([400, expect.stringMatching(/CSV file cannot be read/)]);
    const latin1 = await upload(
      admin,
      'opportunities',
      Buffer.from([0x6b, 0x69, 0x6e, 0x64, 0x2c, 0x74, 0x69, 0x74, 0x6c, 0x65, 0x0a, 0x76, 0x2c, 0xe9, 0x0a]),
    );
    expect(await refused(latin1)).toEqual([400, expect.stringMatching(/not UTF-8/)]);
    expect(await refused(await upload(admin, 'opportunities', 'kind,title\n'))).toEqual([
      400,
      expect.stringMatching(/no rows/),
    ]);
    const noKind = await admin.request('POST', '/api/v1/imports', 'kind,title\nvacancy,x\n', {
      'content-type': 'text/csv',
    });
    expect(noKind.statusCode).toBe(400);
    const json = await admin.request('POST', '/api/v1/imports?kind=opportunities', { rows: [] });
    expect(json.statusCode).toBe(415);
  });

  it('answers 413 naming the limit for a file over 20 MB', async () => {
    const big = Buffer.alloc(20 * 1024 * 1024 + 1, 0x61);
    const raw = await upload(admin, 'opportunities', big);
    expect(await refused(raw)).toEqual([413, expect.stringMatching(/20 MB/)]);
    const form = multipart({ kind: 'opportunities' }, { name: 'big.csv', type: 'text/csv', content: big });
    const res = await admin.request('POST', '/api/v1/imports', form.body, { 'content-type': form.contentType });
    expect(await refused(res)).toEqual([413, expect.stringMatching(/20 MB/)]);
  });

  it('serves templates that import cleanly once their example references exist', async () => {
    const csv = await admin.request('GET', '/api/v1/imports/templates/opportunities.csv');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.body.replace(/^\uFEFF/, '').split('\n')[0]).toMatch(/^kind,title,description,partner,macro_asset,/);
    const xlsx = await admin.request('GET', '/api/v1/imports/templates/micro-assets.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['micro-assets', 'columns']);
    expect((await admin.request('GET', '/api/v1/imports/templates/residents.csv')).statusCode).toBe(400);
  });
});
