import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../http/context';
import { harness, makePartner, makeUser, signedInClient, type Client, type Harness } from '../../test/harness';
import { createWorkPackage } from './partnership.service';

describe('story library, champions, and the filters the partnership screens use', () => {
  let h: Harness;
  let lead: Client;
  let member: Client;
  let otherMember: Client;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    h = await harness();
    const uni = await makePartner(h.deps, 'University');
    const trust = await makePartner(h.deps, 'Trust');
    Object.assign(ids, { uni: uni.slug, trust: trust.slug });
    await createWorkPackage(h.deps, systemContext, {
      slug: 'comms',
      code: 'WP5',
      name: 'Comms',
      lead: uni.slug,
      description: '',
    });
    await createWorkPackage(h.deps, systemContext, {
      slug: 'skills',
      code: 'WP2',
      name: 'Skills',
      lead: trust.slug,
      description: '',
    });
    lead = await signedInClient(h, (await makeUser(h.deps, 'programme_admin', uni.slug)).email);
    member = await signedInClient(h, (await makeUser(h.deps, 'partner_member', uni.slug)).email);
    otherMember = await signedInClient(h, (await makeUser(h.deps, 'partner_member', trust.slug)).email);
  });
  afterAll(() => h.close());

  it('edits a story with its version; the consent level is enforced on the story page after each edit', async () => {
    const made = await member.request('POST', '/api/v1/stories', {
      kind: 'case_study',
      title: 'Nurse registered',
      body: 'From IELTS to the NMC register.',
      personName: 'Amal Example',
      consentLevel: 'public_named',
      workPackage: 'skills',
    });
    expect(made.statusCode, made.body).toBe(201);
    ids.story = made.json().id;
    const page = (await member.request('GET', `/api/v1/stories/${ids.story}`)).json();
    expect(page).toMatchObject({ personName: 'Amal Example', version: 1, workPackage: { code: 'WP2' } });

    const anon = await member.request('PATCH', `/api/v1/stories/${ids.story}`, {
      consentLevel: 'public_anonymous',
      version: 1,
    });
    expect(anon.statusCode, anon.body).toBe(200);
    expect(anon.json()).toMatchObject({ personName: null, consentLevel: 'public_anonymous', version: 2 });
    const stale = await member.request('PATCH', `/api/v1/stories/${ids.story}`, { title: 'Old', version: 1 });
    expect(stale.statusCode).toBe(409);
    const noName = await member.request('PATCH', `/api/v1/stories/${ids.story}`, {
      consentLevel: 'public_named',
      personName: null,
      version: 2,
    });
    expect(noName.statusCode).toBe(400);
    expect(noName.json().errors[0].path).toBe('body.personName');
    // another partner's member cannot edit it (it looks missing), but can read it in the library
    expect(
      (await otherMember.request('PATCH', `/api/v1/stories/${ids.story}`, { title: 'X', version: 2 })).statusCode,
    ).toBe(404);
    const internal = await member.request('PATCH', `/api/v1/stories/${ids.story}`, {
      consentLevel: 'internal',
      version: 2,
    });
    expect(internal.json().personName).toBe('Amal Example');
    const published = (await h.app.inject({ method: 'GET', url: '/api/v1/public/stories' })).json();
    expect(published.items).toEqual([]);
    const filtered = (
      await otherMember.request('GET', '/api/v1/stories?workPackage=skills&consentLevel=internal&q=ielts')
    ).json();
    expect(filtered.items.map((s: { id: string }) => s.id)).toEqual([ids.story]);
    expect((await member.request('GET', '/api/v1/stories?partner=' + ids.trust)).json().total).toBe(0);
  });

  it('lists champions with search, filters and paging, and shows one', async () => {
    for (const [name, partner, workPackage] of [
      ['Bea Champion', ids.uni, 'comms'],
      ['Cal Champion', ids.trust, 'skills'],
      ['Dee Advocate', ids.trust, undefined],
    ] as const) {
      const res = await lead.request('POST', '/api/v1/champions', {
        name,
        partner,
        ...(workPackage ? { workPackage } : {}),
      });
      expect(res.statusCode, res.body).toBe(201);
    }
    const page = (await member.request('GET', '/api/v1/champions?q=champion&sort=-name&pageSize=1')).json();
    expect(page).toMatchObject({ total: 2, items: [{ name: 'Cal Champion', workPackage: { code: 'WP2' } }] });
    const byPartner = (await member.request('GET', `/api/v1/champions?partner=${ids.trust}&workPackage=skills`)).json();
    expect(byPartner.items.map((c: { name: string }) => c.name)).toEqual(['Cal Champion']);
    const one = await member.request('GET', `/api/v1/champions/${byPartner.items[0].id}`);
    expect(one.json()).toMatchObject({ name: 'Cal Champion', partner: { slug: ids.trust } });
    expect((await member.request('GET', '/api/v1/champions/not-an-id')).statusCode).toBe(404);
  });

  it('filters work packages by lead partner and governance bodies by kind', async () => {
    const wps = (await member.request('GET', `/api/v1/work-packages?lead=${ids.trust}`)).json();
    expect(wps.items.map((w: { code: string }) => w.code)).toEqual(['WP2']);
    expect((await member.request('GET', '/api/v1/work-packages?q=wp5')).json().items[0].slug).toBe('comms');
    for (const [name, kind] of [
      ['Project Board', 'board'],
      ['Open group', 'custom'],
    ] as const)
      expect((await lead.request('POST', '/api/v1/governance-bodies', { name, kind })).statusCode).toBe(201);
    const boards = (await lead.request('GET', '/api/v1/governance-bodies?kind=board')).json();
    expect(boards.items.map((b: { name: string }) => b.name)).toEqual(['Project Board']);
    expect((await lead.request('GET', '/api/v1/governance-bodies?kind=nonsense')).statusCode).toBe(400);
    expect((await lead.request('GET', '/api/v1/meetings?workPackage=nowhere')).statusCode).toBe(422);
  });
});
