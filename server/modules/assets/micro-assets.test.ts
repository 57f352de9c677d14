import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../http/context';
import { loadTestTaxonomy } from '../../test/asset-fixtures';
import { harness, makePartner, makeUser, signedInClient, type Client, type Harness } from '../../test/harness';
import { createArea } from '../places/places.service';

interface View {
  id: string;
  name: string;
  visibility: string;
  sensitive: boolean;
  owner: {
    type: string;
    resident?: { id: string; reference: string };
    partner?: { slug: string };
    area?: { slug: string };
  };
  area: { slug: string } | null;
  location: { lat: number; lng: number } | null;
  occupation: { code: string; label: string } | null;
  partner: { slug: string };
  provenance: string;
  sourceRef: string | null;
}
interface Problem {
  code: string;
  errors?: { path: string; message: string }[];
}

describe('micro-assets', () => {
  let h: Harness;
  let pa: { slug: string; id: string };
  let pb: { slug: string; id: string };
  let caseworkerA: Client;
  let caseworkerB: Client;
  let researcherA: Client;
  let memberB: Client;
  let viewerB: Client;
  let admin: Client;
  let residentA: string;
  const ids: Record<string, string> = {};

  const create = async (client: Client, body: Record<string, unknown>) => {
    const res = await client.request('POST', '/api/v1/micro-assets', body);
    expect(res.statusCode, res.body).toBe(201);
    return (res.json() as { id: string }).id;
  };
  const problem = async (client: Client, method: string, url: string, body: Record<string, unknown>) => {
    const res = await client.request(method, url, body);
    return [res.statusCode, (res.json() as Problem).errors?.map((e) => e.path)];
  };
  const visibleTo = async (client: Client, query = '') =>
    ((await client.request('GET', `/api/v1/micro-assets?pageSize=100${query}`)).json() as { items: View[] }).items
      .map((v) => v.name)
      .sort();

  beforeAll(async () => {
    h = await harness();
    await loadTestTaxonomy(h.deps);
    pa = await makePartner(h.deps, 'Partner A');
    pb = await makePartner(h.deps, 'Partner B');
    caseworkerA = await signedInClient(h, (await makeUser(h.deps, 'caseworker', pa.slug)).email);
    researcherA = await signedInClient(h, (await makeUser(h.deps, 'community_researcher', pa.slug)).email);
    caseworkerB = await signedInClient(h, (await makeUser(h.deps, 'caseworker', pb.slug)).email);
    memberB = await signedInClient(h, (await makeUser(h.deps, 'partner_member', pb.slug)).email);
    viewerB = await signedInClient(h, (await makeUser(h.deps, 'viewer', pb.slug)).email);
    admin = await signedInClient(h, (await makeUser(h.deps, 'programme_admin', pb.slug)).email);
    for (const slug of ['ward-one', 'ward-two'])
      await createArea(h.deps, systemContext, {
        slug,
        name: slug,
        kind: 'ward',
        code: null,
        description: '',
        boundary: null,
      });
    const res = await caseworkerA.request('POST', '/api/v1/residents', {
      reference: 'MA-1',
      displayName: 'Skill Example (demo)',
      area: 'ward-one',
    });
    residentA = (res.json() as { id: string }).id;

    ids.skill = await create(caseworkerA, {
      category: 'human',
      kind: 'qualification',
      name: 'Nursing degree (overseas)',
      occupationCode: 'nurse-adult',
      owner: { type: 'resident', resident: residentA },
      provenance: 'interview',
      sourceRef: 'interview/42',
      sensitive: true,
    });
    ids.private = await create(caseworkerA, {
      category: 'physical',
      kind: 'building',
      name: 'Private store room',
      owner: { type: 'partner', partner: pa.slug },
      location: { lat: 52.49, lng: -1.93 },
      provenance: 'partner_report',
      visibility: 'private',
    });
    ids.partners = await create(researcherA, {
      category: 'community',
      kind: 'group',
      name: 'Sewing circle',
      owner: { type: 'area', area: 'ward-two' },
      provenance: 'questionnaire',
      visibility: 'partners',
    });
    ids.public = await create(caseworkerA, {
      category: 'physical',
      kind: 'green_space',
      name: 'Community garden',
      owner: { type: 'partner', partner: pa.slug },
      area: 'ward-one',
      location: { lat: 52.48, lng: -1.94 },
      provenance: 'self_registration',
      visibility: 'public',
    });
    ids.sensitiveGroup = await create(caseworkerA, {
      category: 'community',
      kind: 'group',
      name: 'Refugee support circle',
      owner: { type: 'area', area: 'ward-two' },
      provenance: 'interview',
      visibility: 'public',
      sensitive: true,
    });
  });
  afterAll(() => h.close());

  it("keeps residents' assets and private ones to the recording partner", async () => {
    const all = [
      'Community garden',
      'Nursing degree (overseas)',
      'Private store room',
      'Refugee support circle',
      'Sewing circle',
    ];
    expect(await visibleTo(caseworkerA)).toEqual(all);
    expect(await visibleTo(admin)).toEqual(all);
    expect(await visibleTo(caseworkerB)).toEqual(['Community garden', 'Sewing circle']);
    expect(await visibleTo(memberB)).toEqual(['Community garden', 'Sewing circle']);
    expect(await visibleTo(viewerB)).toEqual(['Community garden']);
    // a sensitive asset stays with its recording partner even when marked public
    for (const id of [ids.skill, ids.private, ids.sensitiveGroup])
      expect((await caseworkerB.request('GET', `/api/v1/micro-assets/${id}`)).statusCode).toBe(404);
    expect((await viewerB.request('GET', `/api/v1/micro-assets/${ids.partners}`)).statusCode).toBe(404);
    expect((await viewerB.request('GET', `/api/v1/micro-assets/${ids.public}`)).statusCode).toBe(200);
  });

  it("shows a resident's asset with owner, area from the resident, no location, and audits the sensitive read", async () => {
    const res = await caseworkerA.request('GET', `/api/v1/micro-assets/${ids.skill}`);
    expect(res.json()).toMatchObject({
      category: 'human',
      kind: 'qualification',
      owner: { type: 'resident', resident: { id: residentA, reference: 'MA-1' } },
      area: { slug: 'ward-one' },
      location: null,
      occupation: { code: 'nurse-adult', label: 'Registered nurse (adult)' },
      visibility: 'private',
      sensitive: true,
      partner: { slug: pa.slug },
      provenance: 'interview',
      sourceRef: 'interview/42',
    });
    const reads = await h.deps.db
      .selectFrom('audit_events')
      .select('action')
      .where('entity_id', '=', ids.skill!)
      .orderBy('id')
      .execute();
    expect(reads.map((r) => r.action)).toEqual(['micro-asset.create', 'micro-asset.read']);
    const area = (await caseworkerA.request('GET', `/api/v1/micro-assets/${ids.partners}`)).json() as View;
    expect([area.owner, area.area?.slug]).toEqual([{ type: 'area', area: area.area }, 'ward-two']);
  });

  it('filters by category, kind, owner, area and occupation, and sorts', async () => {
    expect(await visibleTo(caseworkerA, '&owner=resident')).toEqual(['Nursing degree (overseas)']);
    expect(await visibleTo(caseworkerA, '&category=physical')).toEqual(['Community garden', 'Private store room']);
    expect(await visibleTo(caseworkerA, '&kind=group')).toEqual(['Refugee support circle', 'Sewing circle']);
    expect(await visibleTo(caseworkerA, '&area=ward-one')).toEqual(['Community garden', 'Nursing degree (overseas)']);
    expect(await visibleTo(caseworkerA, '&occupation=nurse-adult')).toEqual(['Nursing degree (overseas)']);
    expect(await visibleTo(caseworkerA, '&q=garden')).toEqual(['Community garden']);
    const sorted = (await caseworkerA.request('GET', '/api/v1/micro-assets?sort=-name')).json() as { items: View[] };
    expect(sorted.items[0]?.name).toBe('Sewing circle');
    expect((await caseworkerA.request('GET', '/api/v1/micro-assets?area=atlantis')).statusCode).toBe(400);
  });

  it('refuses bad input, naming the field', async () => {
    const url = '/api/v1/micro-assets';
    const skill = {
      category: 'human',
      kind: 'skill',
      name: 'Bricklaying',
      owner: { type: 'resident', resident: residentA },
      provenance: 'questionnaire',
    };
    expect(await problem(caseworkerA, 'POST', url, { ...skill, location: { lat: 52.4, lng: -1.9 } })).toEqual([
      400,
      ['body.location'],
    ]);
    expect(await problem(caseworkerA, 'POST', url, { ...skill, visibility: 'public' })).toEqual([
      400,
      ['body.visibility'],
    ]);
    expect(await problem(caseworkerA, 'POST', url, { ...skill, kind: 'building' })).toEqual([400, ['body.kind']]);
    expect(await problem(caseworkerA, 'POST', url, { ...skill, occupationCode: 'astronaut' })).toEqual([
      422,
      ['body.occupationCode'],
    ]);
    expect(await problem(caseworkerB, 'POST', url, skill)).toEqual([422, ['body.owner.resident']]);
    const partnerOwned = {
      ...skill,
      category: 'physical',
      kind: 'building',
      owner: { type: 'partner', partner: pa.slug },
    };
    expect(await problem(caseworkerA, 'POST', url, { ...partnerOwned, location: { lat: 0, lng: 200 } })).toEqual([
      400,
      ['body.location.lng'],
    ]);
    expect(
      await problem(caseworkerA, 'POST', url, {
        ...partnerOwned,
        owner: { type: 'area', area: 'ward-one' },
        area: 'ward-two',
      }),
    ).toEqual([400, ['body.area']]);
    expect(
      await problem(caseworkerA, 'POST', url, { ...partnerOwned, owner: { type: 'partner', partner: 'nobody' } }),
    ).toEqual([422, ['body.owner.partner']]);
    expect((await caseworkerA.request('POST', url, { ...partnerOwned, partner: pb.slug })).statusCode).toBe(403);
    expect(await problem(caseworkerA, 'PATCH', `${url}/${ids.skill}`, { location: { lat: 52.4, lng: -1.9 } })).toEqual([
      400,
      ['body.location'],
    ]);
    expect(await problem(caseworkerA, 'PATCH', `${url}/${ids.public}`, { kind: 'group' })).toEqual([
      400,
      ['body.kind'],
    ]);
  });

  it("lets the recording partner change an asset, and nobody else's staff", async () => {
    expect((await memberB.request('PATCH', `/api/v1/micro-assets/${ids.partners}`, { name: 'Taken' })).statusCode).toBe(
      403,
    );
    expect(
      (await caseworkerB.request('PATCH', `/api/v1/micro-assets/${ids.skill}`, { name: 'Taken' })).statusCode,
    ).toBe(404);
    const res = await caseworkerA.request('PATCH', `/api/v1/micro-assets/${ids.public}`, {
      name: 'Community orchard',
      visibility: 'partners',
      location: null,
      occupationCode: 'bricklayer',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      name: 'Community orchard',
      visibility: 'partners',
      location: null,
      occupation: { code: 'bricklayer' },
    });
    expect((await viewerB.request('GET', `/api/v1/micro-assets/${ids.public}`)).statusCode).toBe(404);
    const audit = await h.deps.db
      .selectFrom('audit_events')
      .select(['action', 'detail'])
      .where('entity_id', '=', ids.public!)
      .where('action', '=', 'micro-asset.update')
      .executeTakeFirstOrThrow();
    expect(audit.detail.fields).toEqual(['name', 'visibility', 'lat', 'lng', 'occupation_code'].sort());
  });
  it('refuses a change made from a stale copy when the copy it was read at is given', async () => {
    const url = `/api/v1/micro-assets/${ids.public}`;
    const read = (await caseworkerA.request('GET', url)).json() as { updatedAt: string };
    const first = await caseworkerA.request('PATCH', url, { description: 'First', updatedAt: read.updatedAt });
    expect(first.statusCode, first.body).toBe(200);
    const stale = await caseworkerA.request('PATCH', url, { description: 'Second', updatedAt: read.updatedAt });
    expect(stale.statusCode, stale.body).toBe(409);
    expect((await caseworkerA.request('GET', url)).json()).toMatchObject({ description: 'First' });
    const fresh = (first.json() as { updatedAt: string }).updatedAt;
    expect((await caseworkerA.request('PATCH', url, { description: 'Third', updatedAt: fresh })).statusCode).toBe(200);
  });
});
