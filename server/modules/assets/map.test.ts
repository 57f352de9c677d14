import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  makeArea,
  makeMacroAsset,
  makeMicroAsset,
  makeOccupation,
  makeOpportunity,
  residentSkills,
} from '../../test/asset-factories';
import { harness, makePartner, makeUser, signedInClient, type Client, type Harness } from '../../test/harness';

interface MapView {
  areas: {
    id: string;
    name: string;
    centre: { lat: number; lng: number } | null;
    counts: { residentAssets: number | null; microAssets: number | null; opportunities: number };
  }[];
  sites: { id: string }[];
  macroAssets: { id: string; name: string; lat: number; lng: number }[];
  opportunities: { id: string; title: string; lat: number; lng: number }[];
  microAssets: { id: string; name: string; lat: number; lng: number }[];
  truncated: string[];
}

const everywhere = '-2.1,52.4,-1.8,52.6';

describe('the map', () => {
  let h: Harness;
  let member: Client;
  let other: Client;
  let viewer: Client;
  let admin: Client;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    h = await harness();
    const db = h.deps.db;
    const pa = await makePartner(h.deps, 'A');
    const pb = await makePartner(h.deps, 'B');
    member = await signedInClient(h, (await makeUser(h.deps, 'caseworker', pa.slug)).email);
    other = await signedInClient(h, (await makeUser(h.deps, 'partner_member', pb.slug)).email);
    viewer = await signedInClient(h, (await makeUser(h.deps, 'viewer', pb.slug)).email);
    admin = await signedInClient(h, (await makeUser(h.deps, 'programme_admin', pb.slug)).email);
    await makeOccupation(db, { code: 'chef', label: 'Chef' });
    const ladywood = await makeArea(db, 'Ladywood', { minLng: -1.94, minLat: 52.47, maxLng: -1.9, maxLat: 52.49 });
    const soho = await makeArea(db, 'Soho', { minLng: -1.96, minLat: 52.49, maxLng: -1.94, maxLat: 52.5 });
    ids.ladywood = ladywood.id;
    ids.soho = soho.id;
    ids.sohoSlug = soho.slug;
    await residentSkills(db, 4, pa.id, ladywood.id, 'chef');
    await residentSkills(db, 5, pa.id, soho.id, 'chef');
    const at = { lat: 52.48, lng: -1.92 };
    const asset = async (name: string, extra: Partial<Parameters<typeof makeMicroAsset>[1]> = {}) =>
      (await makeMicroAsset(db, { partnerId: pa.id, name, areaId: ladywood.id, at, ...extra })).id;
    ids.public = await asset('Ladywood community kitchen', { visibility: 'public' });
    ids.partners = await asset('Ladywood repair café', { visibility: 'partners', kind: 'network' });
    ids.private = await asset('Ladywood private store', { visibility: 'private' });
    ids.sensitive = await asset('Ladywood refuge', { visibility: 'public', sensitive: true });
    const hospital = await makeMacroAsset(db, pa.id, 'Hospital', { lat: 52.495, lng: -1.95 });
    ids.hospital = hospital.id;
    ids.ownPoint = (await makeOpportunity(db, { partnerId: pa.id, title: 'Cook at the café', at })).id;
    ids.atHospital = (await makeOpportunity(db, { partnerId: pa.id, title: 'Porter', macroAssetId: hospital.id })).id;
    ids.inArea = (await makeOpportunity(db, { partnerId: pa.id, title: 'Gardener', areaId: ladywood.id })).id;
    ids.closed = (await makeOpportunity(db, { partnerId: pa.id, title: 'Closed', at, status: 'closed' })).id;
  });
  afterAll(() => h.close());

  const map = async (client: Client, query = `bbox=${everywhere}`) => {
    const res = await client.request('GET', `/api/v1/map?${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as MapView;
  };

  it("counts residents' assets per area, suppressing fewer than 5, and never places them at a point", async () => {
    for (const client of [member, other, admin]) {
      const view = await map(client);
      const byName = Object.fromEntries(view.areas.map((a) => [a.name, a.counts]));
      expect(byName.Ladywood!.residentAssets).toBeNull();
      expect(byName.Soho!.residentAssets).toBe(5);
      const names = view.microAssets.map((m) => m.name);
      expect(names.some((n) => n.startsWith('Skill'))).toBe(false);
      const resident = await h.deps.db
        .selectFrom('micro_assets')
        .select('id')
        .where('owner_type', '=', 'resident')
        .execute();
      const points = new Set(view.microAssets.map((m) => m.id));
      expect(resident.some((r) => points.has(r.id))).toBe(false);
    }
  });

  it('never shows private or sensitive assets; partners-only ones only to partner roles', async () => {
    const names = async (c: Client) => new Set((await map(c)).microAssets.map((m) => m.id));
    for (const c of [member, other, admin]) {
      const seen = await names(c);
      expect(seen.has(ids.public!) && seen.has(ids.partners!)).toBe(true);
      expect(seen.has(ids.private!) || seen.has(ids.sensitive!)).toBe(false);
    }
    const forViewer = await names(viewer);
    expect(forViewer.has(ids.public!)).toBe(true);
    expect(forViewer.has(ids.partners!)).toBe(false);
  });

  it('places open opportunities at their point or their macro-asset, and counts them per area', async () => {
    const view = await map(member);
    const byId = Object.fromEntries(view.opportunities.map((o) => [o.id, o]));
    expect(byId[ids.ownPoint!]).toMatchObject({ lat: 52.48, lng: -1.92 });
    expect(byId[ids.atHospital!]).toMatchObject({ lat: 52.495, lng: -1.95 });
    const ladywood = view.areas.find((a) => a.name === 'Ladywood')!;
    expect(byId[ids.inArea!]).toBeUndefined();
    expect(byId[ids.closed!]).toBeUndefined();
    expect(ladywood.counts.opportunities).toBe(2);
    expect(view.areas.find((a) => a.name === 'Soho')!.counts.opportunities).toBe(1);
    expect(view.macroAssets.map((m) => m.name)).toEqual(['Hospital']);
  });

  it('filters by viewport, layers, text and kind', async () => {
    const soho = await map(member, 'bbox=-1.96,52.491,-1.941,52.5');
    expect(soho.areas.map((a) => a.name)).toEqual(['Soho']);
    expect(soho.microAssets).toEqual([]);
    expect(soho.opportunities.map((o) => o.id)).toEqual([ids.atHospital]);
    const only = await map(member, `bbox=${everywhere}&layers=microAssets`);
    expect(only.areas).toEqual([]);
    expect(only.opportunities).toEqual([]);
    expect(only.microAssets.length).toBeGreaterThan(0);
    const text = await map(member, `bbox=${everywhere}&q=kitchen`);
    expect(text.microAssets.map((m) => m.id)).toEqual([ids.public]);
    const kind = await map(member, `bbox=${everywhere}&kind=network`);
    expect(kind.microAssets.map((m) => m.id)).toEqual([ids.partners]);
    expect(kind.opportunities).toEqual([]);
  });

  it("counts an area's micro-assets by category, by id or slug, suppressing fewer than 5", async () => {
    const counts = async (id: string) => {
      const res = await viewer.request('GET', `/api/v1/areas/${id}/micro-asset-counts`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json() as {
        area: { name: string };
        microAssets: { byCategory: { category: string; count: number | null }[]; total: number | null };
      };
    };
    const ladywood = await counts(ids.ladywood!);
    expect(ladywood.area.name).toBe('Ladywood');
    expect(ladywood.microAssets.byCategory).toEqual([
      { category: 'human', count: null },
      { category: 'community', count: null },
      { category: 'physical', count: 0 },
      { category: 'financial', count: 0 },
    ]);
    expect(ladywood.microAssets.total).toBe(8);
    const soho = await counts(ids.sohoSlug!);
    expect(soho.microAssets.byCategory[0]).toEqual({ category: 'human', count: 5 });
    expect(soho.microAssets.total).toBe(5);
    expect((await viewer.request('GET', '/api/v1/areas/nowhere/micro-asset-counts')).statusCode).toBe(404);
  });

  it('refuses a bad bbox or layer with 400 naming the field', async () => {
    for (const bbox of [
      '',
      '1,2,3',
      '1,2,3,4,5',
      'a,b,c,d',
      '-200,52,-1,53',
      '-1,95,0,96',
      '0,52,-1,53',
      '-1,53,0,52',
    ]) {
      const res = await member.request('GET', `/api/v1/map?bbox=${encodeURIComponent(bbox)}`);
      expect(res.statusCode, bbox).toBe(400);
      const problem = res.json() as { code: string; errors: { path: string }[] };
      expect(problem.code).toBe('validation_failed');
      expect(problem.errors.map((e) => e.path)).toContain('querystring.bbox');
    }
    const missing = await member.request('GET', '/api/v1/map');
    expect(missing.statusCode).toBe(400);
    expect((missing.json() as { errors: { path: string }[] }).errors[0]!.path).toBe('querystring.bbox');
    const layer = await member.request('GET', `/api/v1/map?bbox=${everywhere}&layers=homes`);
    expect(layer.statusCode).toBe(400);
    expect((layer.json() as { errors: { path: string }[] }).errors[0]!.path).toBe('querystring.layers');
  });
});
