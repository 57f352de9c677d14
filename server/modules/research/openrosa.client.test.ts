import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { harness, makePartner, makeUser, signedInClient, type Client, type Harness } from '../../test/harness';
import { formUpload, instance, newInstanceId, xform } from './research.fixtures';
import { rdb } from './research.tables';

/**
 * Issue 4's "done when": a second researcher submits from an OpenRosa client to their device-token URL. The
 * client here speaks real HTTP over loopback as ODK Collect does: it follows the server URL from the QR code,
 * reads formList, downloads the form, asks HEAD /submission, then POSTs the multipart submission with a photo.
 */
describe('OpenRosa client over HTTP: a second researcher, their own token URL', () => {
  let h: Harness;
  let first: Client;
  let second: Client;
  let secondId: string;
  let origin: string;

  beforeAll(async () => {
    h = await harness();
    const partner = await makePartner(h.deps);
    const lead = await signedInClient(h, (await makeUser(h.deps, 'work_package_lead', partner.slug)).email);
    first = await signedInClient(h, (await makeUser(h.deps, 'community_researcher', partner.slug)).email);
    const s = await makeUser(h.deps, 'community_researcher', partner.slug);
    secondId = s.id;
    second = await signedInClient(h, s.email);
    const { payload, contentType } = formUpload(xform('street_skills', '3', [{ name: 'skill' }]), {
      open: 'true',
      voucherPence: '2000',
    });
    const created = await lead.request('POST', '/api/v1/research/forms', payload, { 'content-type': contentType });
    expect(created.statusCode, created.body).toBe(201);
    origin = await h.app.listen({ host: '127.0.0.1', port: 0 });
  });
  afterAll(() => h.close());

  it('lists, downloads and accepts the submission, credited to the second researcher only', async () => {
    await first.request('POST', '/api/v1/research/device-tokens', { label: 'First phone' });
    const issued = await second.request('POST', '/api/v1/research/device-tokens', { label: 'Second phone' });
    expect(issued.statusCode, issued.body).toBe(201);
    const { token, qrCode } = issued.json() as { token: string; qrCode: string };
    expect(qrCode).toMatch(/^data:image\/png;base64,/);
    const server = `${origin}/openrosa/${token}`;
    const headers = { 'x-openrosa-version': '1.0' };

    const list = await fetch(`${server}/formList`, { headers });
    expect([list.status, list.headers.get('x-openrosa-version')]).toEqual([200, '1.0']);
    const listXml = await list.text();
    const download = /<downloadUrl>([^<]+)<\/downloadUrl>/.exec(listXml)![1]!;
    const form = await fetch(new URL(new URL(download).pathname, origin), { headers });
    expect(form.status).toBe(200);
    expect(await form.text()).toContain('id="street_skills"');
    const head = await fetch(`${server}/submission`, { method: 'HEAD', headers });
    expect(head.status).toBe(204);
    expect(Number(head.headers.get('x-openrosa-accept-content-length'))).toBeGreaterThan(0);

    const id = newInstanceId();
    const body = new FormData();
    const xml = instance('street_skills', '3', { skill: 'Tiling' }, id, { deviceID: 'collect:second' });
    body.set('xml_submission_file', new File([xml], 'submission.xml', { type: 'text/xml' }));
    body.set('photo.jpg', new File([Buffer.from([0xff, 0xd8, 0xff, 0xd9])], 'photo.jpg', { type: 'image/jpeg' }));
    const sent = await fetch(`${server}/submission`, { method: 'POST', body, headers });
    expect(sent.status, await sent.clone().text()).toBe(201);
    expect(await sent.text()).toContain('<OpenRosaResponse');

    const row = await rdb(h.deps.db)
      .selectFrom('research_submissions')
      .select(['researcher_id', 'channel', 'device_id'])
      .where('instance_id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ researcher_id: secondId, channel: 'openrosa', device_id: 'collect:second' });
    const balance = async (c: Client) =>
      ((await c.request('GET', '/api/v1/research/vouchers')).json() as { balancePence: number }).balancePence;
    expect(await balance(second)).toBe(2000);
    expect(await balance(first)).toBe(0);

    // a token URL nobody holds is "no such server": 404
    const wrong = await fetch(`${origin}/openrosa/not-a-real-token-000000000000/submission`, { method: 'HEAD' });
    expect(wrong.status).toBe(404);
  });
});
