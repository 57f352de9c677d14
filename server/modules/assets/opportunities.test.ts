import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../http/context';
import { loadTestTaxonomy } from '../../test/asset-fixtures';
import { harness, makePartner, makeUser, signedInClient, type Client, type Harness } from '../../test/harness';
import { createArea } from '../places/places.service';
import { createMacroAsset } from './assets.service';

interface View {
  id: string;
  title: string;
  status: string;
  version: number;
  value: string | null;
  publisher: { partner: { slug: string }; macroAsset: { slug: string } | null };
  occupations: { code: string; label: string }[];
  area: { slug: string } | null;
  location: { lat: number; lng: number } | null;
  opensOn: string | null;
  closesOn: string | null;
  legalGates: string[];
  englishLevel: string | null;
}
interface Problem {
  code: string;
  detail: string;
  errors?: { path: string; message: string }[];
}
interface History {
  items: {
    version: number;
    change: string;
    actor: { email: string } | null;
    before: Record<string, unknown> | null;
    after: Record<string, unknown> | null;
  }[];
}

const vacancy = {
  kind: 'vacancy',
  title: 'Staff nurse, acute medicine (demo)',
  occupations: ['nurse-adult'],
  qualifications: ['NMC registration'],
  englishLevel: 'C1',
  legalGates: ['right_to_work', 'dbs_enhanced'],
  quantity: 4,
  value: 31049,
  opensOn: '2027-01-04',
  closesOn: '2027-02-01',
};

describe('opportunities', () => {
  let h: Harness;
  let a: { slug: string; id: string };
  let publisherA: Client;
  let publisherAEmail: string;
  let publisherB: Client;
  let coordinator: Client;
  let viewer: Client;
  beforeAll(async () => {
    h = await harness();
    await loadTestTaxonomy(h.deps);
    a = await makePartner(h.deps, 'Hospital trust');
    const b = await makePartner(h.deps, 'Canal trust');
    publisherAEmail = (await makeUser(h.deps, 'employer', a.slug)).email;
    publisherA = await signedInClient(h, publisherAEmail);
    publisherB = await signedInClient(h, (await makeUser(h.deps, 'partner_member', b.slug)).email);
    coordinator = await signedInClient(h, (await makeUser(h.deps, 'work_package_lead', b.slug)).email);
    viewer = await signedInClient(h, (await makeUser(h.deps, 'viewer', b.slug)).email);
    await createArea(h.deps, systemContext, {
      slug: 'test-ward',
      name: 'Test ward',
      kind: 'ward',
      code: null,
      description: '',
      boundary: null,
    });
    await createMacroAsset(h.deps, systemContext, {
      slug: 'test-hospital',
      name: 'Test hospital',
      kind: 'hospital',
      owner: a.slug,
      investmentValue: 1000,
      status: 'in_progress',
      location: null,
      boundary: null,
      group: null,
      site: null,
      phases: [],
      description: '',
    });
  });
  afterAll(() => h.close());

  const create = async (client: Client, body: Record<string, unknown>) => {
    const res = await client.request('POST', '/api/v1/opportunities', body);
    expect(res.statusCode, res.body).toBe(201);
    return (res.json() as { id: string }).id;
  };

  it('publishes, reads and lists an opportunity with its requirements', async () => {
    const id = await create(publisherA, { ...vacancy, macroAsset: 'test-hospital', area: 'test-ward' });
    const view = (await viewer.request('GET', `/api/v1/opportunities/${id}`)).json() as View;
    expect(view).toMatchObject({
      title: vacancy.title,
      status: 'open',
      version: 1,
      value: '31049.00',
      publisher: { partner: { slug: a.slug }, macroAsset: { slug: 'test-hospital' } },
      occupations: [{ code: 'nurse-adult', label: 'Registered nurse (adult)' }],
      area: { slug: 'test-ward' },
      location: null,
      legalGates: ['right_to_work', 'dbs_enhanced'],
      englishLevel: 'C1',
      opensOn: '2027-01-04',
      closesOn: '2027-02-01',
    });
    const other = await create(publisherB, {
      kind: 'volunteering',
      title: 'Towpath volunteer',
      location: { lat: 52.48, lng: -1.93 },
      value: '0.5',
    });
    const byFilter = async (query: string) =>
      ((await viewer.request('GET', `/api/v1/opportunities?${query}`)).json() as { items: View[] }).items.map(
        (o) => o.id,
      );
    expect(await byFilter('occupation=nurse-adult')).toEqual([id]);
    expect(await byFilter('macroAsset=test-hospital')).toEqual([id]);
    expect(await byFilter('area=test-ward')).toEqual([id]);
    expect(await byFilter('kind=volunteering')).toEqual([other]);
    expect(await byFilter('q=towpath')).toEqual([other]);
    expect(await byFilter('sort=-value')).toEqual([id, other]);
    expect(await byFilter('sort=value')).toEqual([other, id]);
    const unknownArea = await viewer.request('GET', '/api/v1/opportunities?area=atlantis');
    expect([unknownArea.statusCode, (unknownArea.json() as Problem).errors?.[0]?.path]).toEqual([
      400,
      'querystring.area',
    ]);
  });

  it('keeps a history of every change, with optimistic concurrency', async () => {
    const id = await create(publisherA, vacancy);
    const changed = await publisherA.request('PATCH', `/api/v1/opportunities/${id}`, {
      version: 1,
      quantity: 6,
      status: 'closed',
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ version: 2, status: 'closed' });
    const stale = await publisherA.request('PATCH', `/api/v1/opportunities/${id}`, { version: 1, quantity: 7 });
    expect([stale.statusCode, (stale.json() as Problem).code]).toEqual([409, 'conflict']);
    expect((stale.json() as Problem).detail).toMatch(/now version 2/);
    const same = await publisherA.request('PATCH', `/api/v1/opportunities/${id}`, { version: 2, quantity: 6 });
    expect((same.json() as View).version).toBe(2);
    const removed = await publisherA.request('DELETE', `/api/v1/opportunities/${id}`);
    expect(removed.statusCode).toBe(204);
    expect((await publisherA.request('DELETE', `/api/v1/opportunities/${id}`)).statusCode).toBe(204);
    const after = (await viewer.request('GET', `/api/v1/opportunities/${id}`)).json() as View;
    expect([after.status, after.version]).toEqual(['cancelled', 3]);
    const history = (await viewer.request('GET', `/api/v1/opportunities/${id}/history`)).json() as History;
    expect(history.items.map((e) => [e.version, e.change])).toEqual([
      [1, 'create'],
      [2, 'update'],
      [3, 'delete'],
    ]);
    expect(history.items[0]).toMatchObject({ before: null, actor: { email: publisherAEmail } });
    expect(history.items[1]!.before).toMatchObject({ quantity: 4, status: 'open', occupations: ['nurse-adult'] });
    expect(history.items[1]!.after).toMatchObject({ quantity: 6, status: 'closed' });
    expect(history.items[2]!.after).toMatchObject({ status: 'cancelled' });
    const audit = await h.deps.db
      .selectFrom('audit_events')
      .select(['action', 'detail'])
      .where('entity_id', '=', id)
      .orderBy('id')
      .execute();
    expect(audit.map((e) => e.action)).toEqual(['opportunity.create', 'opportunity.update', 'opportunity.delete']);
    expect(audit[1]!.detail.fields).toEqual(['quantity', 'status', 'version']);
    const staleDelete = await publisherA.request('DELETE', `/api/v1/opportunities/${id}?version=1`);
    expect(staleDelete.statusCode).toBe(409);
  });

  it('replaces occupations, clears fields with null, and moves between partners only for coordinators', async () => {
    const id = await create(publisherA, { ...vacancy, area: 'test-ward', location: { lat: 52.5, lng: -1.9 } });
    const res = await publisherA.request('PATCH', `/api/v1/opportunities/${id}`, {
      version: 1,
      occupations: ['pharmacist', 'kitchen-porter'],
      area: null,
      location: null,
      value: null,
    });
    expect(res.json()).toMatchObject({
      occupations: [{ code: 'kitchen-porter' }, { code: 'pharmacist' }],
      area: null,
      location: null,
      value: null,
      version: 2,
    });
    const partnerB = (
      (await publisherB.request('GET', '/api/v1/auth/me')).json() as { user: { partner: { slug: string } } }
    ).user.partner.slug;
    const moveOwn = await publisherA.request('PATCH', `/api/v1/opportunities/${id}`, { version: 2, partner: partnerB });
    expect(moveOwn.statusCode).toBe(403);
    const moved = await coordinator.request('PATCH', `/api/v1/opportunities/${id}`, { version: 2, partner: partnerB });
    expect((moved.json() as View).publisher.partner.slug).toBe(partnerB);
    const forOther = await coordinator.request('POST', '/api/v1/opportunities', { ...vacancy, partner: a.slug });
    expect(forOther.statusCode).toBe(201);
    const notMine = await publisherB.request('POST', '/api/v1/opportunities', { ...vacancy, partner: a.slug });
    expect(notMine.statusCode).toBe(403);
  });

  it("refuses changes to another partner's opportunity, and hides other partners' drafts", async () => {
    const id = await create(publisherA, vacancy);
    const res = await publisherB.request('PATCH', `/api/v1/opportunities/${id}`, { version: 1, title: 'Mine now' });
    expect(res.statusCode).toBe(403);
    expect((await publisherB.request('DELETE', `/api/v1/opportunities/${id}`)).statusCode).toBe(403);
    const draft = await create(publisherA, { ...vacancy, title: 'Draft only', status: 'draft' });
    expect((await publisherA.request('GET', `/api/v1/opportunities/${draft}`)).statusCode).toBe(200);
    expect((await coordinator.request('GET', `/api/v1/opportunities/${draft}`)).statusCode).toBe(200);
    expect((await publisherB.request('GET', `/api/v1/opportunities/${draft}`)).statusCode).toBe(404);
    expect((await publisherB.request('GET', `/api/v1/opportunities/${draft}/history`)).statusCode).toBe(404);
    const listed = (await publisherB.request('GET', '/api/v1/opportunities?status=draft')).json() as { total: number };
    expect(listed.total).toBe(0);
  });

  it('names the field for unknown codes, bad coordinates, negative values and dates out of order', async () => {
    const problem = async (method: string, url: string, body: Record<string, unknown>) => {
      const res = await publisherA.request(method, url, body);
      const p = res.json() as Problem;
      return [res.statusCode, p.errors?.map((e) => e.path)];
    };
    const url = '/api/v1/opportunities';
    expect(await problem('POST', url, { ...vacancy, occupations: ['nurse-adult', 'astronaut'] })).toEqual([
      422,
      ['body.occupations.1'],
    ]);
    expect(await problem('POST', url, { ...vacancy, location: { lat: 95, lng: 0 } })).toEqual([
      400,
      ['body.location.lat'],
    ]);
    expect(await problem('POST', url, { ...vacancy, value: -5 })).toEqual([400, ['body.value']]);
    expect(await problem('POST', url, { ...vacancy, value: '-5.00' })).toEqual([400, ['body.value']]);
    expect(await problem('POST', url, { ...vacancy, value: '12.345' })).toEqual([400, ['body.value']]);
    expect(await problem('POST', url, { ...vacancy, opensOn: '2027-03-01', closesOn: '2027-02-01' })).toEqual([
      400,
      ['body.closesOn'],
    ]);
    expect(await problem('POST', url, { ...vacancy, closesOn: '2027-02-30' })).toEqual([400, ['body.closesOn']]);
    expect(await problem('POST', url, { ...vacancy, area: 'atlantis' })).toEqual([422, ['body.area']]);
    expect(await problem('POST', url, { ...vacancy, macroAsset: 'no-such-project' })).toEqual([
      422,
      ['body.macroAsset'],
    ]);
    expect(await problem('POST', url, { ...vacancy, legalGates: ['passport_colour'] })).toEqual([
      400,
      ['body.legalGates.0'],
    ]);
    expect(await problem('POST', url, { ...vacancy, englishLevel: 'D1' })).toEqual([400, ['body.englishLevel']]);
    const nul = await publisherA.request('POST', url, JSON.stringify({ ...vacancy, title: 'Nurse\u0000' }));
    expect(nul.statusCode).toBe(400);
    expect((await viewer.request('GET', `${url}?q=a%00b`)).statusCode).toBe(400);
    const id = await create(publisherA, vacancy);
    expect(await problem('PATCH', `${url}/${id}`, { version: 1, opensOn: '2027-03-01' })).toEqual([
      400,
      ['body.closesOn'],
    ]);
    expect(await problem('PATCH', `${url}/${id}`, { title: 'No version' })).toEqual([400, ['body.version']]);
    expect((await viewer.request('GET', `${url}/not-a-uuid`)).statusCode).toBe(404);
  });
});
