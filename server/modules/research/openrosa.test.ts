import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { harness, makePartner, makeUser, signedInClient, type Client, type Harness } from '../../test/harness';
import { formUpload, instance, multipartBody, newInstanceId, submissionBody, xform } from './research.fixtures';
import { rdb } from './research.tables';

const md5 = (s: string) => createHash('md5').update(s).digest('hex');

describe('OpenRosa: formList, download, manifest, HEAD and exactly-once submissions', () => {
  let h: Harness;
  let lead: Client;
  let researcher: Client;
  let researcherId: string;
  let formUuid: string;
  let base: string;
  const formXml = xform('household_pilot', '2026112201', [{ name: 'name_of_street' }, { name: 'size', type: 'int' }]);

  const post = (xml: string, media: Parameters<typeof submissionBody>[1] = [], token = base) => {
    const { payload, contentType } = submissionBody(xml, media);
    return h.app.inject({
      method: 'POST',
      url: `/openrosa/${token}/submission`,
      payload,
      headers: { 'content-type': contentType, 'x-openrosa-version': '1.0' },
    });
  };
  const stored = async () =>
    rdb(h.deps.db).selectFrom('research_submissions').selectAll().where('form_id', '=', formUuid).execute();

  beforeAll(async () => {
    h = await harness();
    const partner = await makePartner(h.deps);
    lead = await signedInClient(h, (await makeUser(h.deps, 'work_package_lead', partner.slug)).email);
    const r = await makeUser(h.deps, 'community_researcher', partner.slug);
    researcherId = r.id;
    researcher = await signedInClient(h, r.email);
    const { payload, contentType } = formUpload(formXml);
    const created = await lead.request('POST', '/api/v1/research/forms', payload, { 'content-type': contentType });
    expect(created.statusCode, created.body).toBe(201);
    formUuid = (created.json() as { id: string }).id;
    const issued = await researcher.request('POST', '/api/v1/research/device-tokens', { label: 'Phone A' });
    expect(issued.statusCode, issued.body).toBe(201);
    const t = issued.json() as { token: string; serverUrl: string; qrCode: string };
    expect(t.serverUrl).toMatch(new RegExp(`/openrosa/${t.token}$`));
    expect(t.qrCode).toMatch(/^data:image\/png;base64,/);
    base = t.token;
  });
  afterAll(() => h.close());

  it('lists only open forms, with the md5 of the exact bytes served', async () => {
    const draft = await h.app.inject({ method: 'GET', url: `/openrosa/${base}/formList` });
    expect(draft.statusCode).toBe(200);
    expect(draft.body).not.toContain('household_pilot');
    expect((await lead.request('PATCH', `/api/v1/research/forms/${formUuid}`, { status: 'open' })).statusCode).toBe(
      200,
    );
    const list = await h.app.inject({ method: 'GET', url: `/openrosa/${base}/formList` });
    expect(list.headers['x-openrosa-version']).toBe('1.0');
    expect(list.headers['content-type']).toMatch(/text\/xml/);
    expect(list.body).toContain('<formID>household_pilot</formID>');
    expect(list.body).toContain(`<hash>md5:${md5(formXml)}</hash>`);
    expect(list.body).toContain('<version>2026112201</version>');
    const url = /<downloadUrl>([^<]+)<\/downloadUrl>/.exec(list.body)![1]!;
    const manifestUrl = /<manifestUrl>([^<]+)<\/manifestUrl>/.exec(list.body)![1]!;
    expect(url).toMatch(/^http:\/\//);
    const download = await h.app.inject({ method: 'GET', url: new URL(url).pathname });
    expect(download.statusCode).toBe(200);
    expect(md5(download.body)).toBe(md5(formXml));
    const manifest = await h.app.inject({ method: 'GET', url: new URL(manifestUrl).pathname });
    expect([manifest.statusCode, manifest.headers['x-openrosa-version']]).toEqual([200, '1.0']);
    expect(manifest.body).toContain('<manifest xmlns="http://openrosa.org/xforms/xformsManifest">');
  });

  it('answers HEAD /submission with 204 and the accepted length', async () => {
    const head = await h.app.inject({ method: 'HEAD', url: `/openrosa/${base}/submission` });
    expect(head.statusCode).toBe(204);
    expect(head.headers['x-openrosa-accept-content-length']).toBe('10000000');
    expect(head.headers['x-openrosa-version']).toBe('1.0');
  });

  it('stores a submission once: a retry is 201 and stores nothing new; different XML under the same id is 409', async () => {
    const id = newInstanceId();
    const xml = instance('household_pilot', '2026112201', { name_of_street: 'Icknield Port Road', size: '4' }, id, {
      deviceID: 'collect:abc',
    });
    const first = await post(xml, [
      { name: 'photo.jpg', filename: 'photo.jpg', contentType: 'image/jpeg', content: Buffer.from([1, 2, 3]) },
    ]);
    expect(first.statusCode, first.body).toBe(201);
    expect(first.body).toContain('<OpenRosaResponse');
    const again = await post(xml, [
      { name: 'audio.m4a', filename: 'audio.m4a', contentType: 'audio/mp4', content: Buffer.from([4]) },
    ]);
    expect(again.statusCode).toBe(201);
    const rows = (await stored()).filter((r) => r.instance_id === id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      researcher_id: researcherId,
      device_id: 'collect:abc',
      channel: 'openrosa',
      complete: true,
    });
    expect(JSON.parse(rows[0]!.answer_row)).toEqual(expect.arrayContaining(['Icknield Port Road', '4']));
    const media = await rdb(h.deps.db)
      .selectFrom('research_attachments')
      .select('name')
      .where('submission_id', '=', rows[0]!.id)
      .orderBy('name')
      .execute();
    expect(media.map((m) => m.name)).toEqual(['audio.m4a', 'photo.jpg']);
    const changed = await post(xml.replace('<size>4</size>', '<size>5</size>'));
    expect(changed.statusCode).toBe(409);
    expect(changed.headers['x-openrosa-version']).toBe('1.0');
    expect(changed.body).toMatch(/<message nature="error">A submission already exists with this instanceID/);
    const ledger = (await researcher.request('GET', '/api/v1/research/vouchers')).json() as {
      balancePence: number;
      completedQuestionnaires: number;
    };
    expect(ledger).toMatchObject({ balancePence: 2000, completedQuestionnaires: 1 });
  });

  it('refuses bad input with a clear 4xx OpenRosa message, never a 500', async () => {
    const ok = instance('household_pilot', '2026112201', { size: '1' });
    const cases: [
      string,
      () => Promise<{ statusCode: number; body: string; headers: Record<string, unknown> }>,
      number,
      RegExp,
    ][] = [
      ['bad token', () => post(ok, [], 'not-a-real-token-0000000000000'), 404, /device token is unknown/],
      [
        'no xml part',
        () => {
          const { payload, contentType } = multipartBody([{ name: 'other', filename: 'x.txt', content: 'x' }]);
          return h.app.inject({
            method: 'POST',
            url: `/openrosa/${base}/submission`,
            payload,
            headers: { 'content-type': contentType },
          });
        },
        400,
        /xml_submission_file missing/,
      ],
      [
        'not multipart',
        () =>
          h.app.inject({
            method: 'POST',
            url: `/openrosa/${base}/submission`,
            payload: ok,
            headers: { 'content-type': 'text/xml' },
          }),
        415,
        /multipart/,
      ],
      [
        'malformed multipart',
        () =>
          h.app.inject({
            method: 'POST',
            url: `/openrosa/${base}/submission`,
            payload: '--b\r\nContent-Disposition: form-data; name="xml_submission_file"; filename="a"\r\n\r\n<data',
            headers: { 'content-type': 'multipart/form-data; boundary=b' },
          }),
        400,
        /./,
      ],
      [
        'XML bomb',
        () =>
          post(
            `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><data id="household_pilot" version="2026112201"><size>&lol2;</size></data>`,
          ),
        400,
        /DOCTYPE/,
      ],
      ['not XML', () => post('this is not xml <'), 400, /not well-formed|root/],
      ['unknown form', () => post(instance('no_such_form', '1', { a: 'b' })), 404, /No form with the form ID/],
      ['unknown version', () => post(instance('household_pilot', '999', { size: '1' })), 404, /no published version/],
      [
        'no instanceID',
        () => post('<data id="household_pilot" version="2026112201"><size>1</size></data>'),
        400,
        /instanceID/,
      ],
      [
        'oversized XML',
        () => post(instance('household_pilot', '2026112201', { size: 'x'.repeat(2_100_000) })),
        413,
        /larger than/,
      ],
      [
        'deep nesting',
        () => post(`<data id="household_pilot" version="2026112201">${'<a>'.repeat(100)}${'</a>'.repeat(100)}</data>`),
        400,
        /nests deeper/,
      ],
    ];
    for (const [what, send, status, message] of cases) {
      const res = await send();
      expect(res.statusCode, `${what}: ${res.body}`).toBe(status);
      expect(res.headers['x-openrosa-version'], what).toBe('1.0');
      expect(res.body, what).toMatch(/<OpenRosaResponse[^>]*><message nature="error">/);
      expect(res.body, what).toMatch(message);
    }
  });

  it('refuses submissions once the form is closed, and a revoked token', async () => {
    expect((await lead.request('PATCH', `/api/v1/research/forms/${formUuid}`, { status: 'closed' })).statusCode).toBe(
      200,
    );
    const closed = await post(instance('household_pilot', '2026112201', { size: '2' }));
    expect(closed.statusCode).toBe(409);
    expect(closed.body).toMatch(/closed/);
    expect((await lead.request('PATCH', `/api/v1/research/forms/${formUuid}`, { status: 'open' })).statusCode).toBe(
      200,
    );
    const tokens = (await researcher.request('GET', '/api/v1/research/device-tokens')).json() as {
      items: { id: string }[];
    };
    expect(
      (await researcher.request('DELETE', `/api/v1/research/device-tokens/${tokens.items[0]!.id}`)).statusCode,
    ).toBe(204);
    const revoked = await h.app.inject({ method: 'GET', url: `/openrosa/${base}/formList` });
    expect(revoked.statusCode).toBe(404);
  });
});
