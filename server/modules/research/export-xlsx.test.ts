import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { harness, makePartner, makeUser, signedInClient, type Client, type Harness } from '../../test/harness';
import { findingsForm, findingsWorkbook } from './findings.fixtures';
import { sheetName, sheetPlan } from './export-xlsx.rules';
import { multipartBody, newInstanceId } from './research.fixtures';
import { compileXlsForm } from './xlsform.compile';

const cells = (ws: ExcelJS.Worksheet) => {
  const rows: unknown[][] = [];
  ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
};

describe('XLSX export plan', () => {
  it('puts each repeat on its own sheet', () => {
    const plan = sheetPlan(compileXlsForm(findingsForm()).schema);
    expect(plan.map((s) => [s.name, s.columns.map((c) => c.path)])).toEqual([
      ['responses', ['skills', 'groups', 'idea', 'need', 'want_work', 'income']],
      ['members', ['members/member_name', 'members/member_age']],
    ]);
  });
  it('makes valid, unique sheet names', () => {
    const used = new Set(['responses']);
    expect(sheetName('Responses', used)).toBe('Responses~2');
    expect(sheetName('a/b:c'.repeat(10), used)).toMatch(/^[^[\]:*?/\\]{1,31}$/);
  });
});

describe('XLSX export of responses with a repeat', () => {
  let h: Harness;
  let lead: Client;
  let researcher: Client;
  let formId: string;
  const instanceId = newInstanceId();

  beforeAll(async () => {
    h = await harness();
    const partner = await makePartner(h.deps);
    lead = await signedInClient(h, (await makeUser(h.deps, 'work_package_lead', partner.slug)).email);
    researcher = await signedInClient(h, (await makeUser(h.deps, 'community_researcher', partner.slug)).email);
    const { payload, contentType } = multipartBody([
      { name: 'open', content: 'true' },
      { name: 'file', filename: 'x.xlsx', content: await findingsWorkbook('export_form') },
    ]);
    const res = await lead.request('POST', '/api/v1/research/forms', payload, { 'content-type': contentType });
    expect(res.statusCode, res.body).toBe(201);
    formId = (res.json() as { id: string }).id;
    const xml = `<?xml version="1.0"?><data id="export_form" version="1"><skills>Carpentry</skills><groups>choir garden</groups>
      <members><member_name>Amal</member_name><member_age>34</member_age></members>
      <members><member_name>Tomasz</member_name><member_age>7</member_age></members>
      <meta><instanceID>${instanceId}</instanceID></meta></data>`;
    const sub = await researcher.request('POST', `/api/v1/research/forms/${formId}/submissions`, {
      channel: 'web',
      complete: true,
      xml,
    });
    expect(sub.statusCode, sub.body).toBe(201);
  });
  afterAll(() => h.close());

  const download = async (query: string) => {
    const res = await lead.request('GET', `/api/v1/research/forms/${formId}/export.xlsx${query}`);
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    return wb;
  };

  it('writes raw codes, one row per response and one row per repeat instance', async () => {
    const wb = await download('?header=codes');
    expect(wb.worksheets.map((w) => w.name)).toEqual(['responses', 'members']);
    const main = cells(wb.getWorksheet('responses')!);
    expect(main[0]).toEqual([
      'instanceID',
      'formVersion',
      'channel',
      'complete',
      'received',
      'language',
      'skills',
      'groups',
      'idea',
      'need',
      'want_work',
      'income',
    ]);
    expect(main[1]!.slice(0, 4)).toEqual([instanceId, '1', 'web', 'yes']);
    expect(main[1]!.slice(6, 8)).toEqual(['Carpentry', 'choir garden']);
    expect(cells(wb.getWorksheet('members')!)).toEqual([
      ['instanceID', 'key', 'parentKey', 'members/member_name', 'members/member_age'],
      [instanceId, 'members[1]', undefined, 'Amal', 34],
      [instanceId, 'members[2]', undefined, 'Tomasz', 7],
    ]);
  });

  it('writes labels in the chosen language', async () => {
    const wb = await download(`?header=labels&lang=${encodeURIComponent('Arabic (ar)')}`);
    const main = cells(wb.getWorksheet('responses')!);
    expect(main[0]!.slice(6, 8)).toEqual(['ما الذي تجيده؟', 'في أي مجموعات تشارك؟']);
    expect(main[1]![7]).toBe('جوقة; نادي الحديقة');
    expect(cells(wb.getWorksheet('members')!)[0]).toEqual(['instanceID', 'key', 'parentKey', 'الاسم الأول', 'العمر']);
  });

  it('refuses an unknown language and other roles', async () => {
    const bad = await lead.request('GET', `/api/v1/research/forms/${formId}/export.xlsx?header=labels&lang=Klingon`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'validation_failed', errors: [{ path: 'querystring.lang' }] });
    expect((await researcher.request('GET', `/api/v1/research/forms/${formId}/export.xlsx`)).statusCode).toBe(403);
  });
});
