import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../http/context';
import { loadTestTaxonomy, testTaxonomy } from '../../test/asset-fixtures';
import { harness, makePartner, makeUser, signedInClient, type Client, type Harness } from '../../test/harness';
import { defaultTaxonomyPath, readTaxonomyFile } from '../../seed/taxonomy-file';
import { importTaxonomy, taxonomyVersion } from './occupations.service';

interface OccupationPage {
  items: { code: string; label: string; labels: Record<string, string>; sector: string; regulator: string | null }[];
  total: number;
}
interface Candidates {
  candidates: { code: string; label: string; isco08: string; soc2020: string; confidence: number; reason: string }[];
}

const codes = async (h: Harness) =>
  (await h.deps.db.selectFrom('occupations').select('code').orderBy('code').execute()).map((r) => r.code);

describe('occupations taxonomy', () => {
  let h: Harness;
  let viewer: Client;
  beforeAll(async () => {
    h = await harness();
    const partner = await makePartner(h.deps);
    viewer = await signedInClient(h, (await makeUser(h.deps, 'viewer', partner.slug)).email);
    await loadTestTaxonomy(h.deps);
  });
  afterAll(() => h.close());

  it('lists occupations with codes, labels in the asked language (falling back to English) and filters', async () => {
    const all = (await viewer.request('GET', '/api/v1/occupations?sort=code')).json() as OccupationPage;
    expect(all.items.map((o) => o.code)).toEqual(['bricklayer', 'kitchen-porter', 'nurse-adult', 'pharmacist']);
    const polish = (await viewer.request('GET', '/api/v1/occupations?lang=pl&sort=label')).json() as OccupationPage;
    expect(polish.items.map((o) => o.label)).toEqual(['farmaceuta', 'Kitchen porter', 'murarz', 'pielęgniarka']);
    const health = (await viewer.request('GET', '/api/v1/occupations?sector=health')).json() as OccupationPage;
    expect(health.items.map((o) => o.code).sort()).toEqual(['nurse-adult', 'pharmacist']);
    expect(health.items.find((o) => o.code === 'pharmacist')).toMatchObject({ regulator: 'GPhC', label: 'Pharmacist' });
    const paged = (
      await viewer.request('GET', '/api/v1/occupations?pageSize=3&page=2&sort=code')
    ).json() as OccupationPage;
    expect([paged.items.map((o) => o.code), paged.total]).toEqual([['pharmacist'], 4]);
  });

  it('searches labels and synonyms in every language, ignoring accents and case', async () => {
    for (const [q, code] of [
      ['PIELEGNIARKA', 'nurse-adult'],
      ['staff nurse', 'nurse-adult'],
      ['صيدلي', 'pharmacist'],
      ['pot wash', 'kitchen-porter'],
      ['zidar', 'bricklayer'],
    ] as const) {
      const page = (
        await viewer.request('GET', `/api/v1/occupations?q=${encodeURIComponent(q)}`)
      ).json() as OccupationPage;
      expect(
        page.items.map((o) => o.code),
        q,
      ).toEqual([code]);
    }
  });

  it('resolves free text to codes with a confidence and a reason', async () => {
    const res = await viewer.request('GET', `/api/v1/occupations/resolve?text=${encodeURIComponent('pielęgniarka')}`);
    expect(res.statusCode).toBe(200);
    const best = (res.json() as Candidates).candidates[0]!;
    expect(best).toMatchObject({
      code: 'nurse-adult',
      isco08: '2221',
      soc2020: '2237',
      label: 'Registered nurse (adult)',
    });
    expect(best.confidence).toBeGreaterThan(0.9);
    expect(best.reason).toBeTruthy();
    const typo = (
      await viewer.request('GET', '/api/v1/occupations/resolve?text=kichen%20porter&lang=ar')
    ).json() as Candidates;
    expect(typo.candidates[0]).toMatchObject({ code: 'kitchen-porter', label: 'Kitchen porter' });
    const arabic = (await viewer.request('GET', `/api/v1/occupations/resolve?text=nurse&lang=ar`)).json() as Candidates;
    expect(arabic.candidates[0]).toMatchObject({ code: 'nurse-adult', label: 'ممرضة' });
    const nothing = (await viewer.request('GET', '/api/v1/occupations/resolve?text=zzzzqqq')).json() as Candidates;
    expect(nothing.candidates).toEqual([]);
    expect((await viewer.request('GET', '/api/v1/occupations/resolve')).statusCode).toBe(400);
  });

  it('updates by code on a new import, records the version, and the resolver sees the change', async () => {
    const next = structuredClone(testTaxonomy);
    next.version = 'test-2';
    next.occupations[2]!.synonyms = { en: ['KP', 'pot washer', 'dishwasher'] };
    next.occupations.push({
      ...next.occupations[3]!,
      code: 'plasterer',
      isco08: '7123',
      soc2020: '5321',
      labels: { en: 'Plasterer' },
      synonyms: {},
    });
    const result = await importTaxonomy(h.deps, systemContext, next);
    expect(result).toMatchObject({ version: 'test-2', total: 5, added: 1, updated: 4 });
    expect(await taxonomyVersion(h.deps)).toBe('test-2');
    const res = (await viewer.request('GET', '/api/v1/occupations/resolve?text=dishwasher')).json() as Candidates;
    expect(res.candidates[0]?.code).toBe('kitchen-porter');
  });

  it('imports all or nothing, naming the bad entry by index and code', async () => {
    const before = await codes(h);
    const bad = structuredClone(testTaxonomy);
    bad.version = 'broken';
    bad.occupations.push({ ...bad.occupations[0]!, code: 'new-good-one' });
    bad.occupations.push({ ...bad.occupations[0]!, code: 'bad-isco', isco08: '22X1' });
    await expect(importTaxonomy(h.deps, systemContext, bad)).rejects.toThrow(
      /occupations\[5\] \(bad-isco\): isco08: a 4-digit ISCO-08 code/,
    );
    const noEnglish = { ...testTaxonomy, occupations: [{ ...testTaxonomy.occupations[0]!, labels: { pl: 'x' } }] };
    await expect(importTaxonomy(h.deps, systemContext, noEnglish)).rejects.toThrow(
      /occupations\[0\] \(nurse-adult\): labels: needs an English/,
    );
    const dupes = { ...testTaxonomy, occupations: [testTaxonomy.occupations[0]!, testTaxonomy.occupations[0]!] };
    await expect(importTaxonomy(h.deps, systemContext, dupes)).rejects.toThrow(/nurse-adult appears more than once/);
    await expect(importTaxonomy(h.deps, systemContext, { version: 'x' })).rejects.toThrow(/occupations/);
    expect(await codes(h)).toEqual(before);
    expect(await taxonomyVersion(h.deps)).toBe('test-2');
  });

  it('audits each import', async () => {
    const events = await h.deps.db
      .selectFrom('audit_events')
      .select(['action', 'detail'])
      .where('action', '=', 'taxonomy.import')
      .execute();
    expect(events.map((e) => e.detail.version)).toEqual(['test-1', 'test-2']);
  });
});

describe('the shipped taxonomy (taxonomies/occupations.json)', () => {
  let h: Harness;
  let viewer: Client;
  beforeAll(async () => {
    h = await harness();
    const partner = await makePartner(h.deps);
    viewer = await signedInClient(h, (await makeUser(h.deps, 'viewer', partner.slug)).email);
  });
  afterAll(() => h.close());

  it('imports at least 80 occupations in six languages and resolves multilingual free text', async () => {
    const result = await importTaxonomy(h.deps, systemContext, readTaxonomyFile(defaultTaxonomyPath));
    expect(result.total).toBeGreaterThanOrEqual(80);
    const page = (await viewer.request('GET', '/api/v1/occupations?pageSize=100')).json() as OccupationPage;
    for (const lang of ['en', 'ar', 'ur', 'pl', 'ro', 'fa']) {
      expect(page.items.filter((o) => o.labels[lang]).length, lang).toBeGreaterThanOrEqual(80);
    }
    for (const [text, code] of [
      ['pielęgniarka', 'nurse'],
      ['kitchen porter', 'kitchen-porter'],
      ['طبيب أطفال', 'paediatric'],
    ] as const) {
      const res = (
        await viewer.request('GET', `/api/v1/occupations/resolve?text=${encodeURIComponent(text)}`)
      ).json() as Candidates;
      expect(res.candidates[0]?.code, text).toMatch(new RegExp(code === 'paediatric' ? 'paediatric' : code));
    }
  });
});
