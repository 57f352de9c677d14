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

interface Results {
  results: { type: string; id: string; title: string; subtitle: string; score: number; url: string }[];
}

describe('search', () => {
  let h: Harness;
  let a: Client;
  let b: Client;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    h = await harness();
    const db = h.deps.db;
    const pa = await makePartner(h.deps, 'Sandwell and West Birmingham NHS Trust');
    const pb = await makePartner(h.deps, 'Birmingham Settlement');
    a = await signedInClient(h, (await makeUser(h.deps, 'caseworker', pa.slug)).email);
    b = await signedInClient(h, (await makeUser(h.deps, 'caseworker', pb.slug)).email);
    await makeOccupation(db, {
      code: 'nurse-adult',
      label: 'Adult nurse',
      isco08: '2221',
      synonyms: ['pielegniarka', 'staff nurse'],
    });
    await makeOccupation(db, { code: 'kitchen-porter', label: 'Kitchen porter', isco08: '9412' });
    const ladywood = await makeArea(db, 'Ladywood', { minLng: -1.94, minLat: 52.47, maxLng: -1.9, maxLat: 52.49 });
    await makeArea(db, 'Summerfield', { minLng: -1.95, minLat: 52.48, maxLng: -1.93, maxLat: 52.49 });
    ids.ladywood = ladywood.id;
    await makeMacroAsset(db, pa.id, 'Midland Metropolitan University Hospital', { lat: 52.495, lng: -1.95 });
    ids.nurse = (
      await makeOpportunity(db, { partnerId: pa.id, title: 'Staff nurse, acute medicine', codes: ['nurse-adult'] })
    ).id;
    ids.nurse2 = (await makeOpportunity(db, { partnerId: pa.id, title: 'Community nurse' })).id;
    ids.porter = (await makeOpportunity(db, { partnerId: pa.id, title: 'Kitchen porter' })).id;
    ids.draft = (await makeOpportunity(db, { partnerId: pa.id, title: 'Nurse educator', status: 'draft' })).id;
    ids.cancelled = (
      await makeOpportunity(db, { partnerId: pa.id, title: 'Nurse (cancelled)', status: 'cancelled' })
    ).id;
    ids.kitchen = (
      await makeMicroAsset(db, { partnerId: pb.id, name: 'Ladywood community kitchen', areaId: ladywood.id })
    ).id;
    ids.privateB = (await makeMicroAsset(db, { partnerId: pb.id, name: 'Nurse bank list', visibility: 'private' })).id;
    ids.sensitiveB = (await makeMicroAsset(db, { partnerId: pb.id, name: 'Nurse refuge', sensitive: true })).id;
    ids.residentSkill = (await residentSkills(db, 1, pa.id, ladywood.id, 'nurse-adult'))[0]!;
    await db
      .updateTable('micro_assets')
      .set({ name: 'Nurse (resident)' })
      .where('id', '=', ids.residentSkill)
      .execute();
  });
  afterAll(() => h.close());

  const search = async (client: Client, query: string) => {
    const res = await client.request('GET', `/api/v1/search?${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return (res.json() as Results).results;
  };

  it('tolerates typos: "nurce" finds the nurse vacancies and the occupation', async () => {
    const results = await search(a, 'q=nurce');
    const found = results.map((r) => r.id);
    expect(found).toEqual(expect.arrayContaining([ids.nurse, ids.nurse2, 'nurse-adult']));
    const nurse = results.find((r) => r.id === ids.nurse)!;
    expect(nurse).toMatchObject({
      type: 'opportunity',
      subtitle: expect.stringContaining('vacancy'),
      url: `/api/v1/opportunities/${ids.nurse}`,
    });
    expect(found).not.toContain(ids.porter);
  });

  it('ranks "Ladywod" to the Ladywood area first, above assets that merely contain the word', async () => {
    const results = await search(a, 'q=Ladywod');
    expect(results[0]).toMatchObject({ type: 'area', id: ids.ladywood, title: 'Ladywood' });
    const kitchen = results.findIndex((r) => r.id === ids.kitchen);
    expect(kitchen).toBeGreaterThan(0);
    expect(results.map((r) => r.score)).toEqual([...results.map((r) => r.score)].sort((x, y) => y - x));
    expect(results.find((r) => r.title === 'Summerfield')).toBeUndefined();
  });

  it('finds partners, macro-assets and occupations by synonym, and keeps to the asked types', async () => {
    expect((await search(a, 'q=Settlment'))[0]).toMatchObject({ type: 'partner', title: 'Birmingham Settlement' });
    expect((await search(a, 'q=metropolitan hospital'))[0]).toMatchObject({ type: 'macro_asset' });
    expect((await search(a, 'q=pielegniarka'))[0]).toMatchObject({
      type: 'occupation',
      id: 'nurse-adult',
      title: 'Adult nurse',
    });
    const onlyAreas = await search(a, 'q=Ladywood&types=area');
    expect(onlyAreas.map((r) => r.type)).toEqual(['area']);
    expect(await search(a, 'q=nurse&limit=1')).toHaveLength(1);
  });

  it("never returns residents' assets, other partners' private or sensitive assets, or their drafts", async () => {
    const forA = (await search(a, 'q=nurse&limit=50')).map((r) => r.id);
    const forB = (await search(b, 'q=nurse&limit=50')).map((r) => r.id);
    expect(forA).not.toContain(ids.residentSkill);
    expect(forB).not.toContain(ids.residentSkill);
    expect(forA).not.toContain(ids.privateB);
    expect(forA).not.toContain(ids.sensitiveB);
    expect(forB).toEqual(expect.arrayContaining([ids.privateB, ids.sensitiveB]));
    expect(forA).toContain(ids.draft);
    expect(forB).not.toContain(ids.draft);
    expect([...forA, ...forB]).not.toContain(ids.cancelled);
  });

  it('refuses a query under 2 characters and unknown types with 400', async () => {
    for (const q of ['q=n', 'q=%20n%20', '', 'q=nurse&types=resident', 'q=nurse&limit=500']) {
      const res = await a.request('GET', `/api/v1/search?${q}`);
      expect(res.statusCode, q).toBe(400);
    }
  });
});
