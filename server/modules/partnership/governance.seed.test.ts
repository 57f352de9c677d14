import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../http/context';
import { seedProgramme } from '../../seed/seed';
import { harness, type Harness } from '../../test/harness';
import { getBody, listBodies } from './governance.service';

describe('governance bodies from the city pack', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness();
    await seedProgramme(h.deps, { pack: 'greater-icknield', demo: false });
  });
  afterAll(() => h.close());

  it('creates the board, the steering group and one group per macro-asset group, with the owners as members', async () => {
    const page = await listBodies(h.deps, systemContext, { page: 1, pageSize: 100, sort: 'name' });
    expect(page.items.map((b) => [b.slug, b.kind])).toEqual([
      ['hospital-group', 'macro_asset_group'],
      ['port-loop-group', 'macro_asset_group'],
      ['programme-board', 'board'],
      ['reservoir-group', 'macro_asset_group'],
      ['steering-group', 'steering_group'],
      ['universities-group', 'macro_asset_group'],
    ]);
    const hospital = await getBody(h.deps, systemContext, 'hospital-group');
    expect(hospital.macroAsset?.slug).toBe('midland-metropolitan-university-hospital');
    expect(hospital.members).toEqual([
      expect.objectContaining({ kind: 'partner', partner: expect.objectContaining({ slug: 'swbh-nhs-trust' }) }),
    ]);
  });
});
