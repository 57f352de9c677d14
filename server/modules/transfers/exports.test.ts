import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../http/context';
import { loadTestTaxonomy } from '../../test/asset-fixtures';
import { harness, makePartner, makeUser, signedInClient, type Client, type Harness } from '../../test/harness';
import { placesFor } from '../../test/transfer-fixtures';
import { createMicroAsset } from '../assets/micro-assets.service';
import { createOpportunity } from '../assets/opportunities.service';
import { createResident } from '../residents/residents.service';
import { hsdsDocumentSchema } from './hsds.schemas';

const formula = '=HYPERLINK("http://evil.example","click")';

describe('exports', () => {
  let h: Harness;
  let memberA: Client;
  let memberB: Client;
  let adminB: Client;
  let viewer: Client;
  const ids: Record<string, string> = {};

  const asset = async (key: string, input: Parameters<typeof createMicroAsset>[2]) => {
    ids[key] = (await createMicroAsset(h.deps, systemContext, input)).id;
  };

  beforeAll(async () => {
    h = await harness();
    await loadTestTaxonomy(h.deps);
    const a = await makePartner(h.deps, 'Ladywood Community Trust');
    const b = await makePartner(h.deps, 'Canal friends');
    await placesFor(h.deps, a.slug);
    memberA = await signedInClient(h, (await makeUser(h.deps, 'partner_member', a.slug)).email);
    memberB = await signedInClient(h, (await makeUser(h.deps, 'partner_member', b.slug)).email);
    adminB = await signedInClient(h, (await makeUser(h.deps, 'programme_admin', b.slug)).email);
    viewer = await signedInClient(h, (await makeUser(h.deps, 'viewer', b.slug)).email);
    const resident = await createResident(h.deps, systemContext, {
      reference: 'R-EXPORT',
      displayName: 'Exported resident',
      partner: a.slug,
      area: 'test-ward',
      languages: [],
    });
    const community = { category: 'community', provenance: 'partner_report', partner: a.slug } as const;
    await asset('public', {
      ...community,
      kind: 'group',
      name: 'Canal walking group',
      owner: { type: 'partner', partner: a.slug },
      area: 'test-ward',
      location: { lat: 52.481, lng: -1.921 },
      visibility: 'public',
    });
    await asset('sensitive', {
      ...community,
      kind: 'group',
      name: 'Refuge support circle',
      owner: { type: 'partner', partner: a.slug },
      location: { lat: 52.482, lng: -1.922 },
      visibility: 'partners',
      sensitive: true,
    });
    await asset('private', {
      ...community,
      kind: 'network',
      name: 'Private parents network',
      owner: { type: 'area', area: 'test-ward' },
      location: { lat: 52.483, lng: -1.923 },
      visibility: 'private',
    });
    await asset('resident', {
      ...community,
      kind: 'group',
      name: 'Supper club at home',
      owner: { type: 'resident', resident: resident.id },
    });
    await asset('partnersB', {
      category: 'community',
      provenance: 'partner_report',
      partner: b.slug,
      kind: 'social_enterprise',
      name: 'Towpath bikes',
      owner: { type: 'partner', partner: b.slug },
      location: { lat: 52.484, lng: -1.924 },
      visibility: 'partners',
    });
    await createOpportunity(h.deps, systemContext, {
      kind: 'vacancy',
      title: formula,
      description: '+44 121 000',
      partner: a.slug,
      location: { lat: 52.49, lng: -1.95 },
    });
    await createOpportunity(h.deps, systemContext, {
      kind: 'vacancy',
      title: 'Draft of A',
      partner: a.slug,
      status: 'draft',
    });
  });
  afterAll(() => h.close());

  const csv = async (client: Client, url: string) => {
    const res = await client.request('GET', url);
    expect(res.statusCode, res.body).toBe(200);
    return parse(res.body, { bom: true, columns: true }) as Record<string, string>[];
  };

  it('neutralises formulas in CSV and XLSX cells', async () => {
    const rows = await csv(memberA, '/api/v1/exports/opportunities.csv');
    const row = rows.find((r) => r.title?.includes('HYPERLINK'))!;
    expect(row.title).toBe(`'${formula}`);
    expect(row.description).toBe("'+44 121 000");
    expect(row.lng).toBe('-1.95');

    const res = await memberA.request('GET', '/api/v1/exports/opportunities.xlsx');
    expect(res.headers['content-type']).toMatch(/spreadsheetml/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('opportunities')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const titleColumn = header.indexOf('title') + 1;
    const titles: unknown[] = [];
    sheet.eachRow((r, n) => n > 1 && titles.push(r.getCell(titleColumn).value));
    expect(titles).toContain(`'${formula}`);
    for (const t of titles) expect(typeof t).toBe('string');
  });

  it("never exports others' private or residents' assets, even to a programme admin", async () => {
    const names = async (client: Client) =>
      (await csv(client, '/api/v1/exports/micro-assets.csv')).map((r) => r.name).sort();
    expect(await names(memberA)).toEqual([
      'Canal walking group',
      'Private parents network',
      'Refuge support circle',
      'Supper club at home',
      'Towpath bikes',
    ]);
    // another partner never gets a sensitive asset, whatever its visibility says
    expect(await names(memberB)).toEqual(['Canal walking group', 'Towpath bikes']);
    expect(await names(adminB)).toEqual(['Canal walking group', 'Towpath bikes']);
    expect(await names(viewer)).toEqual(['Canal walking group', 'Towpath bikes']); // its own partner's, and public
    const own = await csv(memberA, '/api/v1/exports/micro-assets.csv');
    expect(own.find((r) => r.name === 'Refuge support circle')).toMatchObject({ lat: '', lng: '', sensitive: 'true' });
    const titles = (await csv(memberB, '/api/v1/exports/opportunities.csv')).map((r) => r.title);
    expect(titles).not.toContain('Draft of A');
    expect((await csv(memberA, '/api/v1/exports/opportunities.csv')).map((r) => r.title)).toContain('Draft of A');
  });

  it('gives GeoJSON points only to assets that are neither residents’ nor sensitive', async () => {
    const res = await memberA.request('GET', '/api/v1/exports/micro-assets.geojson');
    expect(res.headers['content-type']).toMatch(/^application\/geo\+json/);
    const doc = res.json() as {
      type: string;
      features: { id: string; geometry: { coordinates: number[] } | null; properties: Record<string, unknown> }[];
    };
    expect(doc.type).toBe('FeatureCollection');
    const byId = Object.fromEntries(doc.features.map((f) => [f.id, f]));
    expect(byId[ids.public!]!.geometry!.coordinates).toEqual([-1.921, 52.481]);
    expect(byId[ids.resident!]!.geometry).toBeNull();
    expect(byId[ids.resident!]!.properties.owner).toBeNull();
    expect(byId[ids.sensitive!]!.geometry).toBeNull();
  });

  it('exports the community directory as HSDS 3.0 with confidential locations removed', async () => {
    const res = await memberA.request('GET', '/api/v1/exports/hsds.json');
    expect(res.statusCode, res.body).toBe(200);
    const doc = hsdsDocumentSchema.parse(res.json());
    const services = Object.fromEntries(doc.services.map((s) => [s.id, s]));
    for (const key of ['public', 'sensitive', 'private', 'resident', 'partnersB'])
      expect(services[ids[key]!], key).toBeDefined();
    const located = new Set(doc.services.filter((s) => s.service_at_locations.length > 0).map((s) => s.id));
    expect([...located].sort()).toEqual([ids.public!, ids.partnersB!].sort());
    expect(doc.locations.map((l) => [l.latitude, l.longitude]).sort()).toEqual([
      [52.481, -1.921],
      [52.484, -1.924],
    ]);
    for (const hidden of ['52.482', '52.483', '-1.922', '-1.923']) expect(res.body).not.toContain(hidden);
    const orgs = doc.organizations.map((o) => o.name);
    expect(orgs).toEqual(
      expect.arrayContaining([
        'Ladywood Community Trust',
        'Canal friends',
        'Private parents network',
        'Supper club at home',
      ]),
    );
    expect(services[ids.public!]!.organization_id).toBe(
      doc.organizations.find((o) => o.name === 'Ladywood Community Trust')!.id,
    );
    expect(services[ids.public!]!.service_areas).toMatchObject([{ name: 'Test ward' }]);

    const forB = hsdsDocumentSchema.parse((await memberB.request('GET', '/api/v1/exports/hsds.json')).json());
    expect(forB.services.map((s) => s.name).sort()).toEqual(['Canal walking group', 'Towpath bikes']);
  });

  it('refuses unknown export files', async () => {
    expect((await memberA.request('GET', '/api/v1/exports/residents.csv')).statusCode).toBe(400);
  });
});
