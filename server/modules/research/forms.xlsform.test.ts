import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { harness, makePartner, makeUser, signedInClient, type Client, type Harness } from '../../test/harness';
import { instance, multipartBody, submissionBody } from './research.fixtures';
import { rdb } from './research.tables';

async function workbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const survey = wb.addWorksheet('survey');
  survey.addRows([
    ['type', 'name', 'label::English (en)', 'label::Polski (pl)', 'sensitive'],
    ['text', 'full_name', 'Your name', 'Imię i nazwisko', 'yes'],
    ['select_one mood', 'mood', 'How do you feel?', 'Jak się czujesz?', ''],
  ]);
  wb.addWorksheet('choices').addRows([
    ['list_name', 'name', 'label::English (en)', 'label::Polski (pl)'],
    ['mood', 'good', 'Good', 'Dobrze'],
    ['mood', 'bad', 'Not good', 'Źle'],
  ]);
  wb.addWorksheet('settings').addRows([
    ['form_id', 'version', 'form_title', 'default_language'],
    ['mood_check', '2026112201', 'Mood check', 'English (en)'],
  ]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('questionnaires from an XLSForm', () => {
  let h: Harness;
  let lead: Client;
  let formId: string;
  let token: string;
  beforeAll(async () => {
    h = await harness();
    const partner = await makePartner(h.deps);
    lead = await signedInClient(h, (await makeUser(h.deps, 'programme_admin', partner.slug)).email);
    const researcher = await signedInClient(h, (await makeUser(h.deps, 'community_researcher', partner.slug)).email);
    token = (
      (await researcher.request('POST', '/api/v1/research/device-tokens', { label: 'P' })).json() as { token: string }
    ).token;
  });
  afterAll(() => h.close());

  it('compiles the upload, keeps languages, and strips fields marked sensitive from an anonymous form', async () => {
    const { payload, contentType } = multipartBody([
      { name: 'anonymous', content: 'true' },
      { name: 'open', content: 'true' },
      {
        name: 'file',
        filename: 'mood.xlsx',
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        content: await workbook(),
      },
    ]);
    const res = await lead.request('POST', '/api/v1/research/forms', payload, { 'content-type': contentType });
    expect(res.statusCode, res.body).toBe(201);
    const form = res.json() as {
      id: string;
      formId: string;
      title: string;
      languages: string[];
      anonymous: boolean;
      versions: { source: string }[];
    };
    formId = form.id;
    expect(form).toMatchObject({ formId: 'mood_check', title: 'Mood check', anonymous: true });
    expect(form.languages).toEqual(expect.arrayContaining(['English (en)', 'Polski (pl)']));
    expect(form.versions[0]!.source).toBe('xlsform');

    const xml = instance('mood_check', '2026112201', { full_name: 'Test Respondent', mood: 'good' });
    const sub = submissionBody(xml);
    const posted = await h.app.inject({
      method: 'POST',
      url: `/openrosa/${token}/submission`,
      payload: sub.payload,
      headers: { 'content-type': sub.contentType },
    });
    expect(posted.statusCode, posted.body).toBe(201);
    const row = await rdb(h.deps.db)
      .selectFrom('research_submissions')
      .select(['xml', 'answer_row'])
      .where('form_id', '=', formId)
      .executeTakeFirstOrThrow();
    expect(row.xml).not.toContain('Test Respondent');
    expect(row.answer_row).not.toContain('Test Respondent');
    expect(JSON.parse(row.answer_row)).toContain('good');

    const labels = await lead.request(
      'GET',
      `/api/v1/research/forms/${formId}/export.csv?header=labels&lang=${encodeURIComponent('Polski (pl)')}`,
    );
    expect(labels.body).toContain('Jak się czujesz?');
    expect(labels.body).toContain('Dobrze');
    expect(labels.body).not.toContain('full_name');
    const codes = await lead.request('GET', `/api/v1/research/forms/${formId}/export.csv`);
    expect(codes.body.split('\n')[0]).toMatch(/,mood$/);
  });

  it('names the sheet and row of a broken XLSForm with a 400', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('survey').addRows([
      ['type', 'name', 'label'],
      ['select_one nowhere', 'q', 'Q'],
    ]);
    wb.addWorksheet('settings').addRows([
      ['form_id', 'version'],
      ['broken_one', '1'],
    ]);
    const { payload, contentType } = multipartBody([
      { name: 'file', filename: 'broken.xlsx', content: Buffer.from(await wb.xlsx.writeBuffer()) },
    ]);
    const res = await lead.request('POST', '/api/v1/research/forms', payload, { 'content-type': contentType });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json()).toMatchObject({ code: 'validation_failed', detail: expect.stringMatching(/sheet "survey"/) });
    const junk = multipartBody([
      { name: 'file', filename: 'x.xlsx', content: Buffer.from('PK\u0003\u0004 not really a zip') },
    ]);
    const bad = await lead.request('POST', '/api/v1/research/forms', junk.payload, {
      'content-type': junk.contentType,
    });
    expect(bad.statusCode, bad.body).toBe(400);
  });
});
