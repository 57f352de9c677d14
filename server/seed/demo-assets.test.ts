import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { harness, signedInClient, type Harness } from '../test/harness';
import { DEMO_PASSWORD, seedProgramme } from './seed';

interface Page<T> {
  items: T[];
  total: number;
}
interface MicroAsset {
  name: string;
  owner: { type: string };
  location: unknown;
  partner: { slug: string };
  occupation: { code: string } | null;
}

const signIn = (h: Harness, who: string) => signedInClient(h, `${who}@demo.useit.example`, DEMO_PASSWORD);

describe('Greater Icknield demo opportunities and micro-assets', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness();
    const result = await seedProgramme(h.deps, { pack: 'greater-icknield', demo: true });
    expect(result.counts.occupations).toBeGreaterThanOrEqual(80);
    expect(result.counts.opportunities).toBeGreaterThanOrEqual(25);
    expect(result.counts.microAssets).toBeGreaterThanOrEqual(75);
  });
  afterAll(() => h.close());

  it("shows the hospital's vacancies, with occupation codes, to every role", async () => {
    const viewer = await signIn(h, 'viewer');
    const hospital = (
      await viewer.request(
        'GET',
        '/api/v1/opportunities?macroAsset=midland-metropolitan-university-hospital&kind=vacancy&pageSize=100',
      )
    ).json() as Page<{ title: string; occupations: { code: string }[] }>;
    const codes = hospital.items.flatMap((o) => o.occupations.map((c) => c.code));
    for (const code of ['nurse-adult', 'healthcare-assistant', 'pharmacist', 'medical-doctor', 'hospital-porter'])
      expect(codes).toContain(code);
    for (const o of hospital.items) expect(o.title).toMatch(/\(demo\)$/);
    const kinds = (
      (await viewer.request('GET', '/api/v1/opportunities?pageSize=100')).json() as Page<{ kind: string }>
    ).items.map((o) => o.kind);
    expect(new Set(kinds)).toEqual(
      new Set(['vacancy', 'training_place', 'work_placement', 'contract', 'grant', 'volunteering', 'space']),
    );
  });

  it("keeps residents' skills with their partner, never on the map", async () => {
    const caseworker = await signIn(h, 'caseworker');
    const own = (
      (await caseworker.request('GET', '/api/v1/micro-assets?owner=resident&pageSize=100')).json() as Page<MicroAsset>
    ).items;
    expect(own.length).toBeGreaterThanOrEqual(10);
    for (const a of own) expect([a.partner.slug, a.location]).toEqual(['swbh-nhs-trust', null]);
    expect(own.some((a) => a.occupation?.code === 'pharmacist')).toBe(true);
    const other = await signIn(h, 'caseworker2');
    const theirs = (
      (await other.request('GET', '/api/v1/micro-assets?owner=resident&pageSize=100')).json() as Page<MicroAsset>
    ).items;
    expect(theirs.length).toBeGreaterThan(0);
    for (const a of theirs) expect(a.partner.slug).toBe('brushstrokes-community-project');
    const viewer = await signIn(h, 'viewer');
    const seen = ((await viewer.request('GET', '/api/v1/micro-assets?pageSize=100')).json() as Page<MicroAsset>).items;
    expect(seen.filter((a) => a.owner.type === 'resident')).toEqual([]);
    expect(seen.length).toBeGreaterThan(20);
    const located = await h.deps.db
      .selectFrom('micro_assets')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('owner_type', '=', 'resident')
      .where('lat', 'is not', null)
      .executeTakeFirstOrThrow();
    expect(Number(located.n)).toBe(0);
  });
});
