import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { harness, makePartner, makeUser, signedInClient, type Client, type Harness } from '../../test/harness';
import { formUpload, xform } from './research.fixtures';

/** What the built-in web form loads: the newest XForm of a visible form, and the linter's warnings on its page. */
describe('research: form definition for the web form, linter warnings on the form', () => {
  let h: Harness;
  let lead: Client;
  let researcher: Client;

  async function upload(path: string, xml: string, fields: Record<string, string> = {}) {
    const { payload, contentType } = formUpload(xml, fields);
    const res = await lead.request('POST', path, payload, { 'content-type': contentType });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string; lint: { code: string; field: string | null }[] };
  }

  beforeAll(async () => {
    h = await harness();
    const partner = await makePartner(h.deps);
    lead = await signedInClient(h, (await makeUser(h.deps, 'work_package_lead', partner.slug)).email);
    researcher = await signedInClient(h, (await makeUser(h.deps, 'community_researcher', partner.slug)).email);
  });
  afterAll(() => h.close());

  it('serves the newest version as XForm XML to a researcher, and hides drafts from them', async () => {
    const form = await upload('/api/v1/research/forms', xform('doorstep_def', '1', [{ name: 'skill' }]));
    expect((await researcher.request('GET', `/api/v1/research/forms/${form.id}/definition`)).statusCode).toBe(404);
    await lead.request('PATCH', `/api/v1/research/forms/${form.id}`, { status: 'open' });
    await upload(
      `/api/v1/research/forms/${form.id}/versions`,
      xform('doorstep_def', '2', [{ name: 'skill' }, { name: 'idea' }]),
    );
    const res = await researcher.request('GET', `/api/v1/research/forms/${form.id}/definition`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as { version: string; xml: string; status: string; md5: string };
    expect(body.version).toBe('2');
    expect(body.status).toBe('open');
    expect(body.xml).toContain('<idea');
    expect(body.md5).toMatch(/^[0-9a-f]{32}$/);
  });

  it('answers 404 for an unknown form and a malformed id, never 500', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid', "x'; drop table"]) {
      const res = await researcher.request('GET', `/api/v1/research/forms/${encodeURIComponent(id)}/definition`);
      expect(res.statusCode, id).toBe(404);
    }
  });

  it("lists the doorstep linter's warnings on the form", async () => {
    const fields = Array.from({ length: 40 }, (_, i) => ({ name: `q${i}` }));
    const form = await upload('/api/v1/research/forms', xform('long_def', '1', fields));
    expect(form.lint.map((w) => w.code)).toContain('too_long');
    const detail = (await lead.request('GET', `/api/v1/research/forms/${form.id}`)).json() as typeof form;
    expect(detail.lint).toEqual(form.lint);
    const short = await upload('/api/v1/research/forms', xform('short_def', '1', [{ name: 'skill' }]));
    expect(short.lint.map((w) => w.code)).not.toContain('too_long');
  });
});
