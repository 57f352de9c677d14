import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeArea } from '../../test/asset-factories';
import { harness, makePartner, makeUser, signedInClient, type Client, type Harness } from '../../test/harness';

/** Editing a contract or grant with PUT: the whole form, the version read (409 when stale), the publisher's only. */
describe('editing contracts and grants', () => {
  let h: Harness;
  let hospital: Client;
  let otherPublisher: Client;
  let lead: Client;
  let ward: { id: string; slug: string; name: string };
  let contract: string;
  let grant: string;
  const base = {
    kind: 'contract',
    title: 'Patient meals (test)',
    description: 'Meals on the wards',
    value: 50000,
    market: 'food',
    capabilities: ['hot meals'],
    contract: { procurementMethod: 'open', mainCategory: 'services' },
  };
  beforeAll(async () => {
    h = await harness();
    const trust = await makePartner(h.deps, 'Test Hospital Trust');
    const council = await makePartner(h.deps, 'Test Council');
    ward = await makeArea(h.deps.db, 'Testwood', { minLng: -1.96, minLat: 52.49, maxLng: -1.95, maxLat: 52.5 });
    hospital = await signedInClient(h, (await makeUser(h.deps, 'employer', trust.slug)).email);
    otherPublisher = await signedInClient(h, (await makeUser(h.deps, 'partner_member', council.slug)).email);
    lead = await signedInClient(h, (await makeUser(h.deps, 'work_package_lead', council.slug)).email);
    contract = (await hospital.request('POST', '/api/v1/enterprises/contracts', base)).json().id;
    grant = (
      await lead.request('POST', '/api/v1/enterprises/contracts', {
        kind: 'grant',
        title: 'Community food micro-grants (test)',
        market: 'food',
        grant: { grantProgramme: 'Food (test)' },
      })
    ).json().id;
  });
  afterAll(async () => h?.close());

  const put = (c: Client, id: string, body: object) => c.request('PUT', `/api/v1/enterprises/contracts/${id}`, body);

  it('replaces the fields and details, bumps the version, and the list and search follow', async () => {
    const before = (await hospital.request('GET', `/api/v1/enterprises/contracts/${contract}`)).json();
    const res = await put(hospital, contract, {
      ...base,
      version: before.version,
      title: 'Patient and visitor catering (test)',
      area: ward.slug,
      value: 75000,
      closesOn: '2027-03-31',
      capabilities: ['hot meals', 'event catering'],
      contract: { procurementMethod: 'selective', mainCategory: 'services', items: [{ description: 'Visitor café' }] },
    });
    expect(res.statusCode).toBe(200);
    const v = res.json();
    expect(v).toMatchObject({
      title: 'Patient and visitor catering (test)',
      value: 75000,
      area: { name: 'Testwood' },
      closesOn: '2027-03-31',
      capabilities: ['hot meals', 'event catering'],
      contract: {
        procurementMethod: 'selective',
        ocid: `ocds-useit-${contract}`,
        items: [{ description: 'Visitor café' }],
      },
    });
    expect(v.version).toBe(before.version + 1);
    const found = (await lead.request('GET', '/api/v1/enterprises/contracts?q=event%20catering')).json();
    expect(found.items.map((i: { id: string }) => i.id)).toEqual([contract]);
  });

  it('refuses a stale version with 409 and changes nothing', async () => {
    const now = (await hospital.request('GET', `/api/v1/enterprises/contracts/${contract}`)).json();
    const res = await put(hospital, contract, { ...base, version: now.version - 1, title: 'Lost edit' });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('conflict');
    expect((await hospital.request('GET', `/api/v1/enterprises/contracts/${contract}`)).json().title).toBe(now.title);
  });

  it('names the field on bad input, and another partner cannot edit it', async () => {
    const { version } = (await hospital.request('GET', `/api/v1/enterprises/contracts/${contract}`)).json();
    const cases: [object, number, string][] = [
      [{ market: 'spaceships' }, 422, 'body.market'],
      [{ kind: 'grant', contract: undefined }, 422, 'body.kind'],
      [{ area: 'atlantis' }, 422, 'body.area'],
      [{ value: -1 }, 400, 'value'],
      [{ opensOn: '2027-05-01', closesOn: '2027-04-01' }, 400, 'closesOn'],
    ];
    for (const [change, status, path] of cases) {
      const res = await put(hospital, contract, { ...base, version, ...change });
      expect(res.statusCode, JSON.stringify(change)).toBe(status);
      expect(JSON.stringify(res.json().errors ?? res.json().detail)).toContain(path);
    }
    expect((await put(otherPublisher, contract, { ...base, version })).statusCode).toBe(403);
    expect((await put(hospital, contract, { ...base })).statusCode).toBe(400);
    expect((await hospital.request('GET', `/api/v1/enterprises/contracts/${contract}`)).json().version).toBe(version);
  });

  it('edits a grant: an outside funder needs its org-id', async () => {
    const { version } = (await lead.request('GET', `/api/v1/enterprises/contracts/${grant}`)).json();
    const body = { kind: 'grant', title: 'Community food micro-grants (test)', market: 'food', version };
    const bad = await put(lead, grant, { ...body, grant: { funderName: 'Test Foundation' } });
    expect(bad.statusCode).toBe(422);
    const res = await put(lead, grant, {
      ...body,
      grant: { funderName: 'Test Foundation', funderOrgId: 'GB-CHC-1000147', grantProgramme: 'Food (test)' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().grant).toMatchObject({
      identifier: `360G-useit-${grant}`,
      funder: { name: 'Test Foundation', orgId: 'GB-CHC-1000147', partner: null },
    });
  });

  it('a change to the details alone is a new version, so a second editor on the old one gets 409', async () => {
    const { version } = (await lead.request('GET', `/api/v1/enterprises/contracts/${grant}`)).json();
    const body = { kind: 'grant', title: 'Community food micro-grants (test)', market: 'food', version };
    const funder = { funderName: 'Test Foundation', funderOrgId: 'GB-CHC-1000147' };
    const first = await put(lead, grant, { ...body, grant: { ...funder, grantProgramme: 'Food growing (test)' } });
    expect(first.statusCode).toBe(200);
    expect(first.json().version).toBe(version + 1);
    const second = await put(lead, grant, { ...body, grant: { ...funder, grantProgramme: 'Food banks (test)' } });
    expect(second.statusCode).toBe(409);
    const now = (await lead.request('GET', `/api/v1/enterprises/contracts/${grant}`)).json();
    expect(now.grant.grantProgramme).toBe('Food growing (test)');
  });
});
