import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { harness, signedInClient, type Harness } from '../test/harness';
import { CityPackError, readCityPack } from './city-pack';
import { DEMO_PASSWORD, seedProgramme } from './seed';

const tinyTown = new URL('./fixtures/tiny-town', import.meta.url).pathname;
const count = async (h: Harness, table: 'partners' | 'users' | 'residents' | 'macro_assets' | 'areas') =>
  Number(
    (
      await h.deps.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('city packs', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await harness();
  });
  afterEach(() => h.close());

  it('loads Greater Icknield with its 15 partners, macro-assets and fictional demo people', async () => {
    const result = await seedProgramme(h.deps, { pack: 'greater-icknield', demo: true });
    expect(result.counts).toMatchObject({ partners: 15 });
    expect(await count(h, 'partners')).toBe(15);
    expect(await count(h, 'macro_assets')).toBeGreaterThanOrEqual(4);
    const admin = await signedInClient(h, 'admin@demo.useit.example', DEMO_PASSWORD);
    const assets = (await admin.request('GET', '/api/v1/macro-assets?sort=-investmentValue')).json() as {
      items: { name: string; kind: string }[];
    };
    expect(assets.items.map((a) => a.kind)).toEqual(
      expect.arrayContaining(['hospital', 'housing', 'green_blue_infrastructure', 'university']),
    );
    const names = (
      (await admin.request('GET', '/api/v1/residents?pageSize=100')).json() as { items: { displayName: string }[] }
    ).items.map((r) => r.displayName);
    expect(names.length).toBeGreaterThan(10);
    for (const name of names) expect(name).toMatch(/\(demo\)$/);
    const programme = (await admin.request('GET', '/api/v1/programme')).json() as { name: string; locales: string[] };
    expect(programme.name).toBe('USE-IT! Greater Icknield');
  });

  it('without demo data, creates one admin with a random password and no residents', async () => {
    const result = await seedProgramme(h.deps, { pack: 'greater-icknield', demo: false });
    expect(await count(h, 'users')).toBe(1);
    expect(await count(h, 'residents')).toBe(0);
    expect(result.admin.password).not.toBe(DEMO_PASSWORD);
    await signedInClient(h, result.admin.email, result.admin.password);
  });

  it('loads a second, made-up city from nothing but a folder', async () => {
    await seedProgramme(h.deps, { pack: tinyTown, demo: true });
    const admin = await signedInClient(h, 'admin@tiny.invalid', DEMO_PASSWORD);
    const programme = (await admin.request('GET', '/api/v1/programme')).json() as { name: string; locales: string[] };
    expect(programme).toMatchObject({ name: 'Tiny Town Together', locales: ['en', 'pl'] });
    const assets = (await admin.request('GET', '/api/v1/macro-assets')).json() as {
      items: { investmentValue: string }[];
    };
    expect(assets.items[0]?.investmentValue).toBe('1250000.50');
    const areas = (await admin.request('GET', '/api/v1/areas')).json() as {
      items: { centre: { lat: number; lng: number } }[];
    };
    expect(areas.items[0]?.centre).toEqual({ lat: 51, lng: -1 });
  });

  it('names the file and field of a broken pack, and writes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pack-'));
    cpSync(tinyTown, dir, { recursive: true });
    writeFileSync(join(dir, 'partners.json'), '[{"slug":"x","name":"X","kind":"spaceship"}]');
    expect(() => readCityPack(dir)).toThrow(CityPackError);
    expect(() => readCityPack(dir)).toThrow(/partners.json: 0.kind/);
    await expect(seedProgramme(h.deps, { pack: dir, demo: true })).rejects.toThrow(CityPackError);
    expect(await count(h, 'partners')).toBe(0);
  });

  it('rolls back the whole load when a reference is wrong half-way through', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pack-'));
    cpSync(tinyTown, dir, { recursive: true });
    writeFileSync(join(dir, 'work-packages.json'), '[{"slug":"w","code":"WP1","name":"W","lead":"no-such-partner"}]');
    await expect(seedProgramme(h.deps, { pack: dir, demo: true })).rejects.toThrow(/not found/);
    expect(await count(h, 'partners')).toBe(0);
    expect(await count(h, 'areas')).toBe(0);
  });

  it('refuses to load a second programme over the first', async () => {
    await seedProgramme(h.deps, { pack: tinyTown, demo: false });
    await expect(seedProgramme(h.deps, { pack: tinyTown, demo: false })).rejects.toThrow(/already loaded/);
  });
});
