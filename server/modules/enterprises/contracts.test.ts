import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeArea } from '../../test/asset-factories';
import { harness, makePartner, makeUser, signedInClient, type Client, type Harness } from '../../test/harness';
import { cdb } from './contracts.tables';
import { awardsLedger } from './ledger.service';
import { grantCsvColumns } from './open-contracting.rules';

/** Fictional enterprises; the "hospital publishes a catering contract, the food consortium wins it". */
async function enterprise(
  h: Harness,
  name: string,
  o: { market: string; words: string; areaId: string | null; band: string; jobs: number },
) {
  const row = await cdb(h.deps.db)
    .insertInto('enterprises')
    .values({
      name,
      legal_form: 'cic',
      stage: 'established',
      markets: [o.market],
      sectors: [],
      products_services: o.words,
      area_id: o.areaId,
      local_jobs: o.jobs,
      turnover_band: o.band,
      status: 'approved',
      search_text: `${name} ${o.words}`.toLowerCase(),
      updated_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

describe('contracts, suggestions, bids, awards and the value ledger', () => {
  let h: Harness;
  let staff: Client;
  let employer: Client;
  let ward: { id: string; slug: string; name: string };
  let otherWard: { id: string; slug: string; name: string };
  let ids: Record<string, string>;
  let contract: string;
  beforeAll(async () => {
    h = await harness();
    const hospital = await makePartner(h.deps, 'Test Hospital Trust');
    ward = await makeArea(h.deps.db, 'Testwood', { minLng: -1.96, minLat: 52.49, maxLng: -1.95, maxLat: 52.5 });
    otherWard = await makeArea(h.deps.db, 'Otherfield', { minLng: -1.94, minLat: 52.49, maxLng: -1.93, maxLat: 52.5 });
    staff = await signedInClient(h, (await makeUser(h.deps, 'work_package_lead', hospital.slug)).email);
    employer = await signedInClient(h, (await makeUser(h.deps, 'employer', hospital.slug)).email);
    ids = {
      kitchen: await enterprise(h, 'Test Kitchen Co-op', {
        market: 'food',
        words: 'community catering and cafés',
        areaId: ward.id,
        band: '50k_250k',
        jobs: 4,
      }),
      bakery: await enterprise(h, 'Test Bakery CIC', {
        market: 'food',
        words: 'bread and cakes',
        areaId: otherWard.id,
        band: '50k_250k',
        jobs: 3,
      }),
      studio: await enterprise(h, 'Test Studio', {
        market: 'creative',
        words: 'catering photography',
        areaId: ward.id,
        band: 'over_1m',
        jobs: 9,
      }),
    };
    const c = await cdb(h.deps.db)
      .insertInto('consortia')
      .values({
        name: 'Test Food Consortium',
        market: 'food',
        lead_enterprise_id: ids.kitchen!,
        capabilities: ['catering', 'food hygiene'],
        updated_at: new Date(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids.consortium = c.id;
    await cdb(h.deps.db)
      .insertInto('consortium_members')
      .values([
        { consortium_id: c.id, enterprise_id: ids.kitchen!, role: 'lead' },
        { consortium_id: c.id, enterprise_id: ids.bakery!, role: 'member' },
      ])
      .execute();
  });
  afterAll(async () => h?.close());

  it('the hospital publishes a catering contract; bad markets and mixed details are refused', async () => {
    const body = {
      kind: 'contract',
      title: 'Staff restaurant catering (test)',
      description: 'Hot meals for staff',
      area: ward.slug,
      value: 120000,
      market: 'food',
      capabilities: ['catering', 'food hygiene'],
      contract: {
        procurementMethod: 'open',
        items: [{ description: 'Meals', classification: { scheme: 'CPV', id: '55520000' } }],
      },
    };
    expect(
      (await employer.request('POST', '/api/v1/enterprises/contracts', { ...body, market: 'spaceships' })).statusCode,
    ).toBe(422);
    expect((await employer.request('POST', '/api/v1/enterprises/contracts', { ...body, grant: {} })).statusCode).toBe(
      422,
    );
    const res = await employer.request('POST', '/api/v1/enterprises/contracts', body);
    expect(res.statusCode).toBe(201);
    contract = res.json().id;
    const view = (await staff.request('GET', `/api/v1/enterprises/contracts/${contract}`)).json();
    expect(view.contract.ocid).toBe(`ocds-useit-${contract}`);
    expect(view.area.name).toBe('Testwood');
    const list = (
      await staff.request('GET', '/api/v1/enterprises/contracts?q=restaurant&market=food&kind=contract')
    ).json();
    expect(list.items.map((i: { id: string }) => i.id)).toEqual([contract]);
  });

  it('suggests the food consortium first, with reasons and gaps; the creative studio is outside the market', async () => {
    const res = await employer.request('GET', `/api/v1/enterprises/contracts/${contract}/suggestions`);
    expect(res.statusCode).toBe(200);
    const { items } = res.json();
    expect(items[0]).toMatchObject({ kind: 'consortium', name: 'Test Food Consortium', area: { name: 'Testwood' } });
    expect(items[0].reasons.map((r: { code: string }) => r.code)).toEqual(
      expect.arrayContaining(['market', 'capability', 'turnover_fits', 'same_ward']),
    );
    expect(items.map((i: { name: string }) => i.name)).not.toContain('Test Studio');
    const bakery = items.find((i: { name: string }) => i.name === 'Test Bakery CIC');
    expect(bakery.gaps.map((g: { code: string }) => g.code)).toContain('no_capability');
  });

  it('records a bid, refuses awards that do not match a submitted bid, then records the win', async () => {
    const bid = await staff.request('POST', `/api/v1/enterprises/contracts/${contract}/bids`, {
      consortium: ids.consortium,
      amount: 118000,
    });
    expect(bid.statusCode).toBe(201);
    const b = bid.json();
    expect(
      (await staff.request('POST', `/api/v1/enterprises/contracts/${contract}/bids`, { consortium: ids.consortium }))
        .statusCode,
    ).toBe(409);
    const award = { bid: b.id, amount: 115000, awardDate: '2026-11-30' };
    expect(
      (
        await staff.request('POST', '/api/v1/enterprises/awards', {
          ...award,
          bid: '00000000-0000-4000-8000-000000000000',
        })
      ).statusCode,
    ).toBe(422);
    expect((await staff.request('POST', '/api/v1/enterprises/awards', award)).json().detail).toMatch(/draft/);
    const submitted = await staff.request('PATCH', `/api/v1/enterprises/bids/${b.id}`, {
      version: b.version,
      status: 'submitted',
    });
    expect(submitted.json().status).toBe('submitted');
    for (const bad of [
      { amount: -5 },
      { amount: 9_000_000 },
      { awardDate: '2999-01-01' },
      {
        shares: [
          { enterprise: ids.kitchen, amount: 100000 },
          { enterprise: ids.bakery, amount: 10000 },
        ],
      },
      { shares: [{ enterprise: ids.studio, amount: 115000 }] },
      { measures: [{ code: 'no_such_measure', value: 1 }] },
    ]) {
      const res = await staff.request('POST', '/api/v1/enterprises/awards', { ...award, ...bad });
      expect(res.statusCode, JSON.stringify(bad)).toBe(422);
    }
    expect((await cdb(h.deps.db).selectFrom('awards').select('id').execute()).length).toBe(0);
    const won = await staff.request('POST', '/api/v1/enterprises/awards', {
      ...award,
      shares: [
        { enterprise: ids.kitchen, amount: 100000 },
        { enterprise: ids.bakery, amount: 15000 },
      ],
    });
    expect(won.statusCode).toBe(201);
    expect(
      won
        .json()
        .shares.map((s: { area: { name: string } }) => s.area.name)
        .sort(),
    ).toEqual(['Otherfield', 'Testwood']);
    expect((await staff.request('GET', `/api/v1/enterprises/bids/${b.id}`)).json()).toMatchObject({ status: 'won' });
    expect((await staff.request('POST', '/api/v1/enterprises/awards', award)).statusCode).toBe(409);
  });

  it('the ledger shows the £ by ward and year, suppresses small enterprise counts, and exports CSV', async () => {
    const ledger = (await staff.request('GET', '/api/v1/enterprises/ledger')).json();
    expect(ledger.total).toEqual({ amount: 115000, enterprises: null });
    expect(ledger.byWard.map((c: { area: { name: string }; amount: number }) => [c.area.name, c.amount])).toEqual([
      ['Testwood', 100000],
      ['Otherfield', 15000],
    ]);
    expect(ledger.byYear).toEqual([{ year: 2026, amount: 115000, enterprises: null }]);
    expect((await awardsLedger(h.deps.db, { areaId: ward.id })).total.amount).toBe(100000);
    const csv = await staff.request('GET', '/api/v1/enterprises/ledger.csv?year=2026');
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.body.split('\r\n')[0]).toBe(
      'award_id,award_date,year,source,funder,opportunity,enterprise,ward,amount_gbp',
    );
    expect(csv.body).toContain('Test Kitchen Co-op,Testwood,100000.00');
    expect((await employer.request('GET', '/api/v1/enterprises/ledger')).statusCode).toBe(403);
  });

  it('exports grants as 360Giving JSON and CSV, and contracts as an OCDS release package', async () => {
    const grant = await staff.request('POST', '/api/v1/enterprises/contracts', {
      kind: 'grant',
      title: 'Community food grant (test)',
      value: 5000,
      market: 'food',
      area: ward.slug,
      grant: {
        funderName: 'Test Trust',
        funderOrgId: 'GB-CHC-1234567',
        plannedStart: '2026-12-01',
        plannedEnd: '2027-06-30',
      },
    });
    expect(grant.statusCode).toBe(201);
    const gid = grant.json().id;
    const bid = (
      await staff.request('POST', `/api/v1/enterprises/contracts/${gid}/bids`, {
        enterprise: ids.bakery,
        status: 'submitted',
        amount: 5000,
      })
    ).json();
    expect(
      (
        await staff.request('POST', '/api/v1/enterprises/awards', {
          bid: bid.id,
          amount: 4500,
          awardDate: '2026-11-01',
        })
      ).statusCode,
    ).toBe(201);
    const json = (await staff.request('GET', '/api/v1/enterprises/exports/360giving.json')).json();
    expect(json.grants).toHaveLength(1);
    const g = json.grants[0];
    for (const field of [
      'id',
      'title',
      'description',
      'currency',
      'amountAwarded',
      'awardDate',
      'fundingOrganization',
      'recipientOrganization',
    ])
      expect(g, field).toHaveProperty(field);
    expect(g.id).toMatch(/^360G-/);
    expect(g).toMatchObject({
      amountAwarded: 4500,
      currency: 'GBP',
      fundingOrganization: [{ id: 'GB-CHC-1234567', name: 'Test Trust' }],
    });
    expect(g.plannedDates).toEqual([{ startDate: '2026-12-01', endDate: '2027-06-30' }]);
    const csv = (await staff.request('GET', '/api/v1/enterprises/exports/360giving.csv')).body.split('\r\n');
    expect(csv[0]).toBe(grantCsvColumns.join(','));
    expect(csv[1]).toContain('Test Bakery CIC');
    const pkg = (await staff.request('GET', '/api/v1/enterprises/exports/ocds.json')).json();
    expect(pkg).toMatchObject({ version: '1.1', publisher: { name: expect.any(String) } });
    const release = pkg.releases.find((r: { ocid: string }) => r.ocid === `ocds-useit-${contract}`);
    for (const field of ['ocid', 'id', 'date', 'tag', 'initiationType']) expect(release, field).toHaveProperty(field);
    expect(release.tender).toMatchObject({
      id: expect.any(String),
      status: 'active',
      value: { amount: 120000, currency: 'GBP' },
      numberOfTenderers: 1,
    });
    expect(release.awards[0]).toMatchObject({
      value: { amount: 115000 },
      suppliers: [{ name: 'Test Food Consortium' }],
    });
  });

  it('the social-value measures catalogue is edited by admins and recorded against awards', async () => {
    const admin = await signedInClient(
      h,
      (await makeUser(h.deps, 'programme_admin', (await makePartner(h.deps)).slug)).email,
    );
    const put = await admin.request('PUT', '/api/v1/enterprises/social-value/measures/local_jobs_created', {
      label: { en: 'Local jobs created' },
      unit: 'count',
    });
    expect(put.statusCode).toBe(200);
    expect(
      (await staff.request('PUT', '/api/v1/enterprises/social-value/measures/x', { label: { en: 'x' }, unit: 'count' }))
        .statusCode,
    ).toBe(403);
    expect(
      (
        await admin.request('PUT', '/api/v1/enterprises/social-value/measures/local_jobs_created', {
          label: { en: 'Jobs' },
          unit: 'count',
          version: 9,
        })
      ).statusCode,
    ).toBe(409);
    const award = (await staff.request('GET', '/api/v1/enterprises/ledger')).json().rows[0].award;
    const bad = await staff.request('PUT', `/api/v1/enterprises/awards/${award}/measures`, {
      measures: [{ code: 'local_jobs_created', value: 2.5 }],
    });
    expect(bad.statusCode).toBe(422);
    const ok = await staff.request('PUT', `/api/v1/enterprises/awards/${award}/measures`, {
      measures: [{ code: 'local_jobs_created', value: 3 }],
    });
    expect(ok.json().measures).toEqual([{ code: 'local_jobs_created', value: 3, note: '' }]);
  });
});
