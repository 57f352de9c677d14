import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app';
import {
  anonymousClient,
  harness,
  makePartner,
  makeUser,
  signedInClient,
  type Client,
  type Harness,
} from '../test/harness';
import { isAllowed, isKnownAction, isPublic, policies, roles, type Role } from './policy';

const missingId = '00000000-0000-4000-8000-000000000000';
const concrete = (url: string) => url.replace(/:[A-Za-z]+/g, missingId);
const lastly = (url: string) => (url.endsWith('/sign-out') ? 1 : 0);

describe('authorisation matrix: every route x every role', () => {
  let h: Harness;
  const clients = new Map<Role, Client>();
  beforeAll(async () => {
    h = await harness();
    const partner = await makePartner(h.deps);
    for (const role of roles) {
      const user = await makeUser(h.deps, role, partner.slug);
      clients.set(role, await signedInClient(h, user.email));
    }
  });
  afterAll(() => h.close());

  it('gives every API route a known policy, and uses every policy', () => {
    const api = h.routes.filter((r) => r.url.startsWith('/api/v1'));
    expect(api.length).toBeGreaterThan(10);
    for (const r of api) expect(r.policy && isKnownAction(r.policy), `${r.method} ${r.url}`).toBe(true);
    const used = new Set(h.routes.map((r) => r.policy));
    for (const action of Object.keys(policies)) expect(used.has(action), `policy ${action} has no route`).toBe(true);
  });

  it('refuses to register an API route without a policy', async () => {
    const { app } = await buildApp(h.deps);
    expect(() => app.get('/api/v1/unguarded', async () => 'open')).toThrow(/no policy/);
    await app.close();
  });

  it('answers each role exactly as the policy says', async () => {
    const routes = h.routes.filter((r) => r.policy).sort((a, b) => lastly(a.url) - lastly(b.url));
    const anonymous = await anonymousClient(h);
    let checked = 0;
    for (const route of routes) {
      const body = route.body ? {} : undefined;
      for (const role of roles) {
        const res = await clients.get(role)!.request(route.method, concrete(route.url), body);
        const where = `${role} ${route.method} ${route.url} -> ${res.statusCode} ${res.body.slice(0, 120)}`;
        if (isAllowed({ role, partnerId: '' }, route.policy!)) expect([401, 403], where).not.toContain(res.statusCode);
        else expect(res.statusCode, where).toBe(403);
        checked++;
      }
      const res = await anonymous.request(route.method, concrete(route.url), body);
      if (isPublic(route.policy!)) expect([401, 403]).not.toContain(res.statusCode);
      else expect(res.statusCode, `anonymous ${route.method} ${route.url}`).toBe(401);
    }
    expect(checked).toBe(routes.length * roles.length);
  });
});

describe('partner scoping', () => {
  let h: Harness;
  let a: Client;
  let b: Client;
  let admin: Client;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    h = await harness();
    const pa = await makePartner(h.deps, 'Partner A');
    const pb = await makePartner(h.deps, 'Partner B');
    a = await signedInClient(h, (await makeUser(h.deps, 'caseworker', pa.slug)).email);
    b = await signedInClient(h, (await makeUser(h.deps, 'caseworker', pb.slug)).email);
    admin = await signedInClient(h, (await makeUser(h.deps, 'programme_admin', pa.slug)).email);
    for (const [name, client] of [
      ['a', a],
      ['b', b],
    ] as const) {
      const res = await client.request('POST', '/api/v1/residents', {
        reference: `R-${name}`,
        displayName: `Resident ${name}`,
        immigrationStatus: 'asylum_seeker',
      });
      expect(res.statusCode, res.body).toBe(201);
      ids[name] = (res.json() as { id: string }).id;
    }
  });
  afterAll(() => h.close());

  it("a caseworker of partner A cannot list or read partner B's residents", async () => {
    const list = (await a.request('GET', '/api/v1/residents')).json() as {
      items: { reference: string }[];
      total: number;
    };
    expect(list.items.map((r) => r.reference)).toEqual(['R-a']);
    expect(list.total).toBe(1);
    const other = await a.request('GET', `/api/v1/residents/${ids.b}`);
    expect(other.statusCode).toBe(404);
    const own = await a.request('GET', `/api/v1/residents/${ids.a}`);
    expect(own.statusCode).toBe(200);
    expect((own.json() as { immigrationStatus: string }).immigrationStatus).toBe('asylum_seeker');
  });

  it('a caseworker cannot file a resident under another partner', async () => {
    const bPartner = ((await b.request('GET', '/api/v1/auth/me')).json() as { user: { partner: { slug: string } } })
      .user.partner.slug;
    const res = await a.request('POST', '/api/v1/residents', { reference: 'R-x', displayName: 'X', partner: bPartner });
    expect(res.statusCode).toBe(403);
  });

  it('a programme admin sees every partner', async () => {
    const list = (await admin.request('GET', '/api/v1/residents?sort=reference')).json() as {
      items: { reference: string }[];
    };
    expect(list.items.map((r) => r.reference)).toEqual(['R-a', 'R-b']);
  });
});
