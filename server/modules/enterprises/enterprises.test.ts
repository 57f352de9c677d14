import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../http/context';
import {
  anonymousClient,
  harness,
  makePartner,
  makeUser,
  signedInClient,
  type Client,
  type Harness,
} from '../../test/harness';
import { createArea } from '../places/places.service';
import { searchDirectory } from './enterprises.service';

describe('enterprise directory: staff list, duplicates, bad input, approval, public directory', () => {
  let h: Harness;
  let admin: Client;
  let staff: Client;
  let member: Client;
  let memberId: string;
  let anon: Client;
  const area: Record<string, string> = {};

  beforeAll(async () => {
    h = await harness();
    const p = await makePartner(h.deps, 'Enterprise support');
    for (const name of ['Ladywood', 'Soho'])
      area[name] = (
        await createArea(h.deps, systemContext, {
          slug: name.toLowerCase(),
          name,
          kind: 'ward',
          code: null,
          description: '',
          boundary: null,
        })
      ).id;
    admin = await signedInClient(h, (await makeUser(h.deps, 'programme_admin', p.slug)).email);
    staff = await signedInClient(h, (await makeUser(h.deps, 'partner_member', p.slug)).email);
    const m = await makeUser(h.deps, 'enterprise_member', p.slug);
    memberId = m.id;
    member = await signedInClient(h, m.email);
    anon = await anonymousClient(h);
  });
  afterAll(() => h.close());

  const base = (over: Record<string, unknown> = {}) => ({
    name: 'Soho Road Spice Kitchen',
    legalForm: 'cic',
    stage: 'start_up',
    markets: ['food'],
    sectors: ['Catering'],
    productsServices: 'Hot lunches and event catering',
    area: area.Ladywood,
    localJobs: 4,
    socialMission: 'Jobs for women returning to work',
    publicEmail: 'hello@spice.example',
    contacts: [{ name: 'Amina Test', role: 'Director', email: 'amina@spice.example', phone: '0121 000 0000' }],
    ...over,
  });
  let spice: { id: string; version: number };

  it('creates an entry as pending, with contacts; a duplicate name in the same ward is a 409 naming it', async () => {
    const res = await staff.request('POST', '/api/v1/enterprises', base());
    expect(res.statusCode, res.body).toBe(201);
    spice = res.json();
    expect(res.json()).toMatchObject({ status: 'pending', listedPublicly: false, area: { name: 'Ladywood' } });
    expect(res.json().contacts).toHaveLength(1);
    const dup = await staff.request('POST', '/api/v1/enterprises', base({ name: '  soho road SPICE kitchen ' }));
    expect(dup.statusCode).toBe(409);
    expect(dup.json().detail).toContain(`"Soho Road Spice Kitchen" is already listed in Ladywood (${spice.id})`);
    // the same name in another ward is a different enterprise
    expect((await staff.request('POST', '/api/v1/enterprises', base({ area: area.Soho }))).statusCode).toBe(201);
  });

  it('refuses unknown legal forms and markets and absurd numbers with 422, storing nothing', async () => {
    const before = (await staff.request('GET', '/api/v1/enterprises?pageSize=100')).json().total;
    const bad = await staff.request(
      'POST',
      '/api/v1/enterprises',
      base({ name: 'New one', legalForm: 'plc', localJobs: -3 }),
    );
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors.map((e: { path: string }) => e.path)).toEqual(['body.legalForm', 'body.localJobs']);
    const absurd = await staff.request('POST', '/api/v1/enterprises', base({ name: 'New two', localJobs: 100_001 }));
    expect(absurd.statusCode).toBe(422);
    expect(absurd.json().detail).toMatch(/between 0 and 100000/);
    const market = await staff.request('POST', '/api/v1/enterprises', base({ name: 'New three', markets: ['mining'] }));
    expect(market.json().errors[0].path).toBe('body.markets.0');
    const noArea = await staff.request(
      'POST',
      '/api/v1/enterprises',
      base({ name: 'New four', area: '00000000-0000-4000-8000-000000000000' }),
    );
    expect(noArea.statusCode).toBe(422);
    expect((await staff.request('GET', '/api/v1/enterprises?pageSize=100')).json().total).toBe(before);
  });

  it('filters, searches and sorts the staff list with the state in the query', async () => {
    await staff.request(
      'POST',
      '/api/v1/enterprises',
      base({
        name: 'Jewellery Quarter Print Co-op',
        legalForm: 'co_operative',
        markets: ['creative'],
        sectors: ['Printing'],
        productsServices: 'Screen printing',
        area: area.Soho,
        localJobs: 12,
      }),
    );
    const food = (await staff.request('GET', '/api/v1/enterprises?market=food')).json();
    expect(food.items.every((e: { markets: string[] }) => e.markets.includes('food'))).toBe(true);
    expect(food.total).toBe(2);
    const text = (await staff.request('GET', '/api/v1/enterprises?q=screen%20print')).json();
    expect(text.items.map((e: { name: string }) => e.name)).toEqual(['Jewellery Quarter Print Co-op']);
    const byJobs = (await staff.request('GET', '/api/v1/enterprises?sort=-localJobs&pageSize=1')).json();
    expect(byJobs.items[0].localJobs).toBe(12);
    expect(byJobs.total).toBe(3);
    const coops = (await staff.request('GET', `/api/v1/enterprises?legalForm=co_operative&area=${area.Soho}`)).json();
    expect(coops.total).toBe(1);
    // caseworkers may browse; enterprise members may not list the directory
    expect((await member.request('GET', '/api/v1/enterprises')).statusCode).toBe(403);
  });

  it('an enterprise member edits its own entry as a change request; staff see the diff and approve it', async () => {
    expect((await member.request('GET', `/api/v1/enterprises/${spice.id}`)).statusCode).toBe(404);
    const link = await admin.request('POST', `/api/v1/enterprises/${spice.id}/users`, { user: memberId });
    expect(link.statusCode, link.body).toBe(200);
    const proposal = await member.request('PATCH', `/api/v1/enterprises/${spice.id}`, {
      localJobs: 6,
      sectors: ['Catering', 'Bakery'],
      version: spice.version,
    });
    expect(proposal.statusCode, proposal.body).toBe(200);
    const changeId = proposal.json().changeRequest as string;
    expect(changeId).toBeTruthy();
    expect(proposal.json().enterprise.localJobs).toBe(4); // not applied yet
    const pending = (await admin.request('GET', '/api/v1/enterprise-changes?status=pending')).json();
    expect(pending.items[0].changes).toEqual([
      { field: 'sectors', from: ['Catering'], to: ['Catering', 'Bakery'] },
      { field: 'localJobs', from: 4, to: 6 },
    ]);
    expect(
      (await member.request('POST', `/api/v1/enterprise-changes/${changeId}/decision`, { action: 'approve' }))
        .statusCode,
    ).toBe(403);
    const approved = await admin.request('POST', `/api/v1/enterprise-changes/${changeId}/decision`, {
      action: 'approve',
    });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json().status).toBe('approved');
    const now = (await staff.request('GET', `/api/v1/enterprises/${spice.id}`)).json();
    expect(now).toMatchObject({ localJobs: 6, version: spice.version + 1, pendingChange: null });
    expect(
      (await admin.request('POST', `/api/v1/enterprise-changes/${changeId}/decision`, { action: 'reject' })).statusCode,
    ).toBe(409);
    const stale = await staff.request('PATCH', `/api/v1/enterprises/${spice.id}`, {
      localJobs: 7,
      version: spice.version,
    });
    expect(stale.statusCode).toBe(409);
    spice = now;
  });

  it('the public directory lists only approved, opted-in entries and only their public fields', async () => {
    const listed = await staff.request('PATCH', `/api/v1/enterprises/${spice.id}`, {
      listedPublicly: true,
      version: spice.version,
    });
    expect(listed.statusCode, listed.body).toBe(200);
    expect((await anon.request('GET', '/api/v1/directory?q=catering%20in%20Ladywood')).json().total).toBe(0); // still pending
    const ok = await admin.request('POST', `/api/v1/enterprises/${spice.id}/approval`, {
      version: listed.json().enterprise.version,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const found = await anon.request('GET', '/api/v1/directory?q=catering%20in%20Ladywood');
    expect(found.statusCode).toBe(200);
    expect(found.json()).toMatchObject({ total: 1, area: { name: 'Ladywood' } });
    const entry = found.json().items[0];
    expect(Object.keys(entry).sort()).toEqual(
      [
        'area',
        'hasLogo',
        'id',
        'legalForm',
        'markets',
        'name',
        'productsServices',
        'publicEmail',
        'sectors',
        'socialMission',
        'stage',
        'website',
      ].sort(),
    );
    expect(found.body).not.toContain('amina@spice.example');
    expect((await anon.request('GET', '/api/v1/directory?q=catering%20in%20Soho')).json().total).toBe(0);
    expect((await anon.request('GET', '/api/v1/directory?market=creative')).json().total).toBe(0); // not approved
    const direct = await searchDirectory(h.deps.db, { q: 'food', area: area.Ladywood }, { page: 1, pageSize: 10 });
    expect(direct.items.map((e) => e.name)).toEqual(['Soho Road Spice Kitchen']);
    expect((await anon.request('GET', '/api/v1/enterprises')).statusCode).toBe(401);
  });

  it('logos: PNG accepted; oversized is 413 naming the limit; SVG is 422; public only once listed', async () => {
    const upload = (c: Client, id: string, bytes: Buffer, name = 'logo.png') => {
      const boundary = '----useitlogo';
      const payload = Buffer.concat([
        Buffer.from(
          `--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="${name}"\r\ncontent-type: image/png\r\n\r\n`,
        ),
        bytes,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);
      return c.request('PUT', `/api/v1/enterprises/${id}/logo`, payload, {
        'content-type': `multipart/form-data; boundary=${boundary}`,
      });
    };
    const png = Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.alloc(100, 1)]);
    const ok = await upload(member, spice.id, png);
    expect(ok.statusCode, ok.body).toBe(200);
    const big = await upload(member, spice.id, Buffer.concat([png, Buffer.alloc(300 * 1024, 1)]));
    expect(big.statusCode).toBe(413);
    expect(big.json().detail).toBe('The logo is larger than the 256 KB limit');
    const svg = await upload(member, spice.id, Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"></svg>'), 'x.svg');
    expect(svg.statusCode).toBe(422);
    const pub = await anon.request('GET', `/api/v1/enterprises/${spice.id}/logo`);
    expect(pub.statusCode).toBe(200);
    expect(pub.headers['content-type']).toBe('image/png');
  });
});
