import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { harness, makePartner, makeUser, signedInClient, type Client, type Harness } from '../../test/harness';
import { formUpload, instance, multipartBody, newInstanceId, xform } from './research.fixtures';
import { rdb } from './research.tables';

describe('research: web form responses with media attachments (multipart, as OpenRosa)', () => {
  let h: Harness;
  let researcher: Client;
  let formId: string;
  const photo = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 0xff, 0xd9]);

  beforeAll(async () => {
    h = await harness();
    const partner = await makePartner(h.deps);
    const lead = await signedInClient(h, (await makeUser(h.deps, 'work_package_lead', partner.slug)).email);
    researcher = await signedInClient(h, (await makeUser(h.deps, 'community_researcher', partner.slug)).email);
    const { payload, contentType } = formUpload(
      xform('media_form', '1', [{ name: 'skill' }, { name: 'photo', type: 'binary' }]),
      { open: 'true', voucherPence: '2000' },
    );
    const res = await lead.request('POST', '/api/v1/research/forms', payload, { 'content-type': contentType });
    expect(res.statusCode, res.body).toBe(201);
    formId = (res.json() as { id: string }).id;
  });
  afterAll(() => h.close());

  const url = () => `/api/v1/research/forms/${formId}/submissions/media`;
  const post = (parts: Parameters<typeof multipartBody>[0]) => {
    const { payload, contentType } = multipartBody(parts);
    return researcher.request('POST', url(), payload, { 'content-type': contentType });
  };
  const xmlPart = (xml: string) => ({
    name: 'xml_submission_file',
    filename: 'submission.xml',
    contentType: 'text/xml',
    content: xml,
  });

  it('stores the response with its photo once, credits the voucher, and a retry stores nothing new', async () => {
    const id = newInstanceId();
    const xml = instance('media_form', '1', { skill: 'Baking', photo: 'photo-1.jpg' }, id);
    const parts = [
      { name: 'channel', content: 'web' },
      { name: 'complete', content: 'true' },
      { name: 'language', content: 'English (en)' },
      xmlPart(xml),
      { name: 'photo-1.jpg', filename: 'photo-1.jpg', contentType: 'image/jpeg', content: photo },
    ];
    const first = await post(parts);
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ outcome: 'created', credited: true, instanceId: id });
    const again = await post(parts);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ outcome: 'duplicate', credited: false });
    const stored = await rdb(h.deps.db)
      .selectFrom('research_attachments')
      .select(['name', 'content_type', 'size'])
      .where('submission_id', '=', (first.json() as { submissionId: string }).submissionId)
      .execute();
    expect(stored).toEqual([{ name: 'photo-1.jpg', content_type: 'image/jpeg', size: photo.length }]);
    const list = await researcher.request('GET', `/api/v1/research/forms/${formId}/submissions`);
    expect((list.json() as { items: { attachments: number; channel: string }[] }).items).toMatchObject([
      { attachments: 1, channel: 'web' },
    ]);
  });

  it('refuses missing fields, a missing XML part and a body that is not multipart, naming the problem', async () => {
    const xml = instance('media_form', '1', { skill: 'x' });
    const noFields = await post([xmlPart(xml)]);
    expect(noFields.statusCode).toBe(400);
    expect((noFields.json() as { errors: { path: string }[] }).errors.map((e) => e.path)).toContain('body.channel');
    const noXml = await post([
      { name: 'channel', content: 'web' },
      { name: 'complete', content: 'false' },
    ]);
    expect(noXml.statusCode).toBe(400);
    expect(noXml.body).toContain('xml_submission_file');
    const json = await researcher.request('POST', url(), { channel: 'web' });
    expect(json.statusCode).toBe(415);
  });
});
