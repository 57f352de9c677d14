import { sql } from 'kysely';
import { restoreBackup, takeBackup } from '../../db/backup';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  makeArea,
  makeMacroAsset,
  makeMicroAsset,
  makeOccupation,
  makeOpportunity,
  makeResident,
  residentSkills,
} from '../../test/asset-factories';
import { harness, makePartner, makeUser, signedInClient, type Client, type Harness } from '../../test/harness';

interface Links {
  macroAsset: { id: string; slug: string; name: string };
  total: number;
  opportunities: {
    opportunity: { id: string; title: string; occupations: { code: string; label: string }[] };
    supply: { total: number | null; byArea: { area: { slug: string }; count: number | null }[] };
    candidates: {
      microAsset: { id: string; name: string; owner: { type: string } };
      score: number;
      reasons: string[];
    }[];
    gap: boolean;
  }[];
  gaps: { trainingNeeds: { opportunityId: string; title: string; quantity: number }[] };
}

const ladywoodBox = { minLng: -1.94, minLat: 52.47, maxLng: -1.9, maxLat: 52.49 };
const sohoBox = { minLng: -1.96, minLat: 52.49, maxLng: -1.94, maxLat: 52.5 };

describe('links and gaps of a macro-asset', () => {
  let h: Harness;
  let a: Client;
  let b: Client;
  let admin: Client;
  let partnerA: string;
  let partnerB: string;
  let ladywood: { id: string; slug: string };
  let soho: { id: string; slug: string };
  let hospital: { id: string; slug: string };
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    h = await harness();
    const db = h.deps.db;
    const pa = await makePartner(h.deps, 'Hospital trust');
    const pb = await makePartner(h.deps, 'Settlement charity');
    partnerA = pa.id;
    partnerB = pb.id;
    a = await signedInClient(h, (await makeUser(h.deps, 'caseworker', pa.slug)).email);
    b = await signedInClient(h, (await makeUser(h.deps, 'caseworker', pb.slug)).email);
    admin = await signedInClient(h, (await makeUser(h.deps, 'programme_admin', pb.slug)).email);
    await makeOccupation(db, { code: 'nurse-adult', label: 'Adult nurse', isco08: '2221' });
    await makeOccupation(db, { code: 'midwife', label: 'Midwife', isco08: '2222' });
    await makeOccupation(db, { code: 'tailor', label: 'Tailor', isco08: '7531' });
    await makeOccupation(db, { code: 'radiographer', label: 'Radiographer', isco08: '3211' });
    ladywood = await makeArea(db, 'Ladywood', ladywoodBox);
    soho = await makeArea(db, 'Soho', sohoBox);
    hospital = await makeMacroAsset(db, partnerA, 'Midland Met', { lat: 52.495, lng: -1.95 });
    ids.nurses = (
      await makeOpportunity(db, {
        partnerId: partnerA,
        macroAssetId: hospital.id,
        title: 'Staff nurse',
        codes: ['nurse-adult'],
        areaId: ladywood.id,
        englishLevel: 'B2',
        legalGates: ['right_to_work', 'dbs_enhanced'],
        quantity: 3,
        closesOn: '2027-01-31',
      })
    ).id;
    ids.radiographers = (
      await makeOpportunity(db, {
        partnerId: partnerA,
        macroAssetId: hospital.id,
        title: 'Radiographer',
        codes: ['radiographer'],
        quantity: 2,
        closesOn: '2027-02-28',
      })
    ).id;
    await makeOpportunity(db, {
      partnerId: partnerA,
      macroAssetId: hospital.id,
      title: 'Old post',
      codes: ['nurse-adult'],
      status: 'filled',
    });
    // Supply for the nurses: 5 of partner A's residents in Ladywood, 1 of partner B's in Soho, and a partner's
    // public qualification; a private asset of partner B and a merged-away one must never be candidates.
    const skills = await residentSkills(db, 5, partnerA, ladywood.id, 'nurse-adult');
    ids.ownSkill = skills[0]!;
    ids.otherSkill = (await residentSkills(db, 1, partnerB, soho.id, 'nurse-adult'))[0]!;
    ids.publicQualification = (
      await makeMicroAsset(db, {
        partnerId: partnerB,
        name: 'Nursing bank (agency)',
        category: 'human',
        kind: 'qualification',
        occupationCode: 'nurse-adult',
        areaId: soho.id,
        visibility: 'public',
      })
    ).id;
    ids.privateB = (
      await makeMicroAsset(db, {
        partnerId: partnerB,
        name: 'Private nursing list',
        category: 'human',
        kind: 'skill',
        occupationCode: 'nurse-adult',
        areaId: ladywood.id,
        visibility: 'private',
      })
    ).id;
    // hidden talent: tailors in Soho, asked for by nobody
    await residentSkills(db, 6, partnerB, soho.id, 'tailor');
  });
  afterAll(() => h.close());

  const links = async (client: Client, id = hospital.id) => {
    const res = await client.request('GET', `/api/v1/macro-assets/${id}/links`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as Links;
  };

  it("shows each open opportunity's supply by area and candidates with reasons", async () => {
    const view = await links(a);
    expect(view.macroAsset.name).toBe('Midland Met');
    expect(view.total).toBe(2);
    const [nurses, radiographers] = view.opportunities;
    expect(nurses!.opportunity).toMatchObject({
      title: 'Staff nurse',
      occupations: [{ code: 'nurse-adult', label: 'Adult nurse' }],
    });
    // 5 in Ladywood (+ partner B's private one: counts include every live asset), 2 in Soho: a small cell
    expect(nurses!.supply.byArea).toEqual([
      { area: expect.objectContaining({ slug: ladywood.slug }), count: 6 },
      { area: expect.objectContaining({ slug: soho.slug }), count: null },
    ]);
    expect(nurses!.supply.total).toBeNull();
    expect(nurses!.gap).toBe(false);
    const own = nurses!.candidates.find((c) => c.microAsset.id === ids.ownSkill)!;
    expect(own.microAsset.owner.type).toBe('resident');
    expect(own.reasons).toEqual([
      'same occupation: Adult nurse (ISCO 2221)',
      'a recorded skill',
      "in Ladywood, the vacancy's area",
      'English level unknown — check B2',
      'needs right-to-work check',
      'needs enhanced DBS check',
    ]);
    const qualification = nurses!.candidates.find((c) => c.microAsset.id === ids.publicQualification)!;
    expect(qualification.reasons).toContain('in Soho; the vacancy is in Ladywood');
    expect(own.score).toBeGreaterThan(qualification.score);
    expect(nurses!.candidates.map((c) => c.score)).toEqual(
      [...nurses!.candidates.map((c) => c.score)].sort((x, y) => y - x),
    );
    expect(radiographers!.gap).toBe(true);
    expect(radiographers!.supply).toEqual({ total: 0, byArea: [] });
    expect(view.gaps.trainingNeeds).toEqual([{ opportunityId: ids.radiographers, title: 'Radiographer', quantity: 2 }]);
  });

  it("never offers another partner's residents or private assets as candidates, but counts them", async () => {
    const seen = (v: Links) => new Set(v.opportunities[0]!.candidates.map((c) => c.microAsset.id));
    const forA = seen(await links(a));
    expect(forA.has(ids.ownSkill!)).toBe(true);
    expect(forA.has(ids.otherSkill!)).toBe(false);
    expect(forA.has(ids.privateB!)).toBe(false);
    const viewB = await links(b);
    const forB = seen(viewB);
    expect(forB.has(ids.ownSkill!)).toBe(false);
    expect(forB.has(ids.otherSkill!)).toBe(true);
    expect(forB.has(ids.privateB!)).toBe(true);
    expect(viewB.opportunities[0]!.supply).toEqual((await links(a)).opportunities[0]!.supply);
    const forAdmin = seen(await links(admin));
    expect(forAdmin.has(ids.ownSkill!) && forAdmin.has(ids.otherSkill!)).toBe(true);
    expect(forA.size).toBeLessThanOrEqual(10);
  });

  it('suppresses an area with 4 residents, shows 5', async () => {
    const db = h.deps.db;
    const area = await makeArea(db, 'Spring Hill', { minLng: -1.93, minLat: 52.484, maxLng: -1.918, maxLat: 52.49 });
    await makeOccupation(db, { code: 'midwife', label: 'Midwife' });
    const opp = await makeOpportunity(db, {
      partnerId: partnerA,
      macroAssetId: hospital.id,
      title: 'Midwife',
      codes: ['midwife'],
      closesOn: '2026-12-01',
    });
    await residentSkills(db, 4, partnerB, area.id, 'midwife');
    const four = (await links(a)).opportunities.find((o) => o.opportunity.id === opp.id)!;
    expect(four.supply).toEqual({
      total: null,
      byArea: [{ area: expect.objectContaining({ slug: area.slug }), count: null }],
    });
    expect(four.gap).toBe(false);
    await residentSkills(db, 1, partnerB, area.id, 'midwife');
    const five = (await links(a)).opportunities.find((o) => o.opportunity.id === opp.id)!;
    expect(five.supply).toEqual({
      total: 5,
      byArea: [{ area: expect.objectContaining({ slug: area.slug }), count: 5 }],
    });
  });

  it('answers by slug, pages the opportunities, and 404s an unknown macro-asset', async () => {
    const bySlug = await links(a, hospital.slug);
    expect(bySlug.macroAsset.id).toBe(hospital.id);
    const page = (
      await a.request('GET', `/api/v1/macro-assets/${hospital.slug}/links?pageSize=1&page=2`)
    ).json() as Links;
    expect(page.opportunities).toHaveLength(1);
    expect(page.gaps.trainingNeeds.map((t) => t.title)).toContain('Radiographer');
    expect((await a.request('GET', '/api/v1/macro-assets/no-such-thing/links')).statusCode).toBe(404);
    expect((await a.request('GET', `/api/v1/macro-assets/${hospital.slug}/links?pageSize=1000`)).statusCode).toBe(400);
  });

  it('lists training needs and hidden talent programme-wide, suppressing small areas', async () => {
    const res = await b.request('GET', '/api/v1/gaps');
    expect(res.statusCode, res.body).toBe(200);
    const gaps = res.json() as {
      trainingNeeds: { opportunity: { id: string }; demand: number; supply: number }[];
      hiddenTalent: {
        occupation: { code: string; label: string };
        supply: number | null;
        areas: { area: { slug: string }; count: number | null }[];
      }[];
    };
    expect(gaps.trainingNeeds).toContainEqual({
      opportunity: { id: ids.radiographers, title: 'Radiographer', kind: 'vacancy' },
      demand: 2,
      supply: 0,
    });
    expect(gaps.trainingNeeds.map((t) => t.opportunity.id)).not.toContain(ids.nurses);
    const tailors = gaps.hiddenTalent.find((t) => t.occupation.code === 'tailor')!;
    expect(tailors).toEqual({
      occupation: { code: 'tailor', label: 'Tailor' },
      supply: 6,
      areas: [{ area: expect.objectContaining({ slug: soho.slug }), count: 6 }],
    });
    expect(gaps.hiddenTalent.map((t) => t.occupation.code)).not.toContain('nurse-adult');
  });

  it('keeps the derived counts equal to the live assets through updates, merges and deletes', async () => {
    const db = h.deps.db;
    const r = await makeResident(db, partnerA, soho.id);
    const x = await makeMicroAsset(db, {
      partnerId: partnerA,
      residentId: r.id,
      areaId: soho.id,
      occupationCode: 'tailor',
    });
    await db
      .updateTable('micro_assets')
      .set({ area_id: ladywood.id, kind: 'qualification' })
      .where('id', '=', x.id)
      .execute();
    await db
      .updateTable('micro_assets')
      .set({ merged_into_id: ids.ownSkill! })
      .where('id', '=', ids.publicQualification!)
      .execute();
    await db.deleteFrom('residents').where('id', '=', r.id).execute();
    const drift = await sql<{ n: number }>`
      select count(*)::int as n from (
        (select area_id, occupation_code, kind, owner_type, count(*)::int as n from micro_assets
          where merged_into_id is null group by 1, 2, 3, 4
         except select area_id, occupation_code, kind, owner_type, n from derived.micro_asset_counts where n <> 0)
        union all
        (select area_id, occupation_code, kind, owner_type, n from derived.micro_asset_counts where n <> 0
         except select area_id, occupation_code, kind, owner_type, count(*)::int from micro_assets
          where merged_into_id is null group by 1, 2, 3, 4)) d`.execute(db);
    expect(drift.rows[0]!.n).toBe(0);
    const merged = (await links(admin)).opportunities[0]!.candidates.map((c) => c.microAsset.id);
    expect(merged).not.toContain(ids.publicQualification);
  });
  it('leaves the derived counts out of backups, and a restore rebuilds them', async () => {
    const backup = await takeBackup(h.deps.db);
    expect(backup.tables.map((t) => t.name)).not.toContain('micro_asset_counts');
    const target = await harness();
    try {
      await restoreBackup(target.deps.db, JSON.parse(JSON.stringify(backup)));
      const counts = (db: Harness['deps']['db']) =>
        sql<{ rows: string }>`select string_agg(concat_ws('/', area_id, occupation_code, kind, owner_type, n), ','
          order by area_id, occupation_code, kind, owner_type) as rows from derived.micro_asset_counts where n <> 0`
          .execute(db)
          .then((r) => r.rows[0]!.rows);
      expect(await counts(target.deps.db)).toBe(await counts(h.deps.db));
      await restoreBackup(target.deps.db, JSON.parse(JSON.stringify(backup)), { replace: true });
      expect(await counts(target.deps.db)).toBe(await counts(h.deps.db));
    } finally {
      await target.close();
    }
  });
});

describe('opportunities that reach an area', () => {
  let h: Harness;
  let a: Client;
  let b: Client;
  beforeAll(async () => {
    h = await harness();
    const db = h.deps.db;
    const pa = await makePartner(h.deps, 'A');
    const pb = await makePartner(h.deps, 'B');
    a = await signedInClient(h, (await makeUser(h.deps, 'partner_member', pa.slug)).email);
    b = await signedInClient(h, (await makeUser(h.deps, 'partner_member', pb.slug)).email);
    const ladywood = await makeArea(db, 'Ladywood', ladywoodBox);
    const soho = await makeArea(db, 'Soho', sohoBox);
    const hospital = await makeMacroAsset(db, pa.id, 'Hospital', { lat: 52.48, lng: -1.92 });
    const elsewhere = await makeMacroAsset(db, pa.id, 'Far away', { lat: 52.3, lng: -1.5 });
    const make = (title: string, extra: Partial<Parameters<typeof makeOpportunity>[1]> = {}) =>
      makeOpportunity(db, { partnerId: pa.id, title, ...extra });
    await make('Set in Ladywood', { areaId: ladywood.id, closesOn: '2027-01-01' });
    await make('Located in Ladywood', { at: { lat: 52.48, lng: -1.91 }, closesOn: '2027-01-02' });
    await make('At the hospital', { macroAssetId: hospital.id, closesOn: '2027-01-03' });
    await make('Programme-wide', { closesOn: '2027-01-04' });
    await make('Set in Soho', { areaId: soho.id });
    await make('Published far away', { macroAssetId: elsewhere.id });
    await make('Draft in Ladywood', { areaId: ladywood.id, status: 'draft' });
    await make('Closed in Ladywood', { areaId: ladywood.id, status: 'closed' });
    ladywoodSlug = ladywood.slug;
  });
  let ladywoodSlug = '';
  afterAll(() => h.close());

  it('finds them by area, location, publishing macro-asset and programme-wide, saying which', async () => {
    const res = await b.request('GET', `/api/v1/areas/${ladywoodSlug}/opportunities`);
    expect(res.statusCode, res.body).toBe(200);
    const page = res.json() as { items: { title: string; reach: string }[]; total: number };
    expect(page.items.map((o) => [o.title, o.reach])).toEqual([
      ['Set in Ladywood', 'area'],
      ['Located in Ladywood', 'location'],
      ['At the hospital', 'macro_asset'],
      ['Programme-wide', 'programme'],
    ]);
    expect(page.total).toBe(4);
  });

  it('shows drafts only to the publisher, pages, filters, and 404s an unknown area', async () => {
    const drafts = async (c: Client) =>
      ((await c.request('GET', `/api/v1/areas/${ladywoodSlug}/opportunities?status=draft`)).json() as { total: number })
        .total;
    expect(await drafts(a)).toBe(1);
    expect(await drafts(b)).toBe(0);
    const paged = (
      await b.request('GET', `/api/v1/areas/${ladywoodSlug}/opportunities?pageSize=2&page=2&sort=-title`)
    ).json() as {
      items: { title: string }[];
    };
    expect(paged.items.map((o) => o.title)).toEqual(['Located in Ladywood', 'At the hospital']);
    const closed = (
      await b.request('GET', `/api/v1/areas/${ladywoodSlug}/opportunities?status=closed&kind=vacancy`)
    ).json() as {
      total: number;
    };
    expect(closed.total).toBe(1);
    expect((await b.request('GET', '/api/v1/areas/atlantis/opportunities')).statusCode).toBe(404);
  });
});
