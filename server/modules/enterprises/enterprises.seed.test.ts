import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../http/context';
import { packDirectory } from '../../seed/city-pack';
import { harness, makePartner, TEST_PASSWORD, type Harness } from '../../test/harness';
import { createUser } from '../identity/identity.directory.service';
import { consortiaByMarket, searchDirectory } from './enterprises.service';
import { readDemoEnterprises, seedDemoEnterprises } from './enterprises.seed';
import { seedPackAreas } from './startups.fixtures';

describe('demo enterprises (Greater Icknield)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness();
    await seedPackAreas(h);
    const p = await makePartner(h.deps);
    await createUser(h.deps, systemContext, {
      email: 'enterprise@demo.useit.example',
      displayName: 'Demo enterprise member',
      role: 'enterprise_member',
      partner: p.slug,
      password: TEST_PASSWORD,
    });
  });
  afterAll(() => h.close());

  it('seeds ~30 enterprises across the five markets, the five consortia and a food co-operative idea', async () => {
    const data = readDemoEnterprises(packDirectory('greater-icknield'))!;
    expect(await seedDemoEnterprises(h.deps, systemContext, data)).toEqual({ enterprises: 31, consortia: 5 });
    const consortia = await consortiaByMarket(h.deps.db);
    expect(consortia.map((c) => c.market).sort()).toEqual([
      'built_environment',
      'creative',
      'food',
      'health_social_care',
      'retail',
    ]);
    expect(consortia.every((c) => c.lead !== null && c.memberCount >= 4)).toBe(true);
    const food = await searchDirectory(h.deps.db, { q: 'catering in Soho and Victoria' }, { page: 1, pageSize: 20 });
    expect(food.items.map((e) => e.name)).toContain('Soho Road Spice Kitchen CIC');
    // idea-stage entries (the food co-op idea among them) wait for approval and are not public
    const idea = await searchDirectory(h.deps.db, { q: 'Kitchen Table' }, { page: 1, pageSize: 20 });
    expect(idea.items.map((e) => e.name)).not.toContain('Ladywood Kitchen Table Food Co-op');
    const names = data.enterprises.map((e) => e.name);
    expect(names).toContain('Ladywood Kitchen Table Food Co-op');
    expect(new Set(data.enterprises.flatMap((e) => e.markets))).toEqual(
      new Set(['food', 'health_social_care', 'creative', 'built_environment', 'retail', 'other']),
    );
  });
});
