import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestContext } from '../../http/context';
import { seedProgramme } from '../../seed/seed';
import { harness, type Harness } from '../../test/harness';
import { splitTarget } from './impact.seed';
import { listIndicatorViews } from './indicators.service';

describe('Greater Icknield indicators from the city pack', () => {
  let h: Harness;
  const ctx = (role: 'programme_admin' | 'viewer'): RequestContext => ({
    actor: { userId: '00000000-0000-4000-8000-000000000000', email: 'x@test.invalid', role, partnerId: 'none' },
    ip: null,
    requestId: null,
  });
  beforeAll(async () => {
    h = await harness();
    await seedProgramme(h.deps, { pack: 'greater-icknield', demo: true });
  });
  afterAll(() => h.close());

  it('declares every headline result with its target, computed where the source exists', async () => {
    const { items } = await listIndicatorViews(h.deps, ctx('programme_admin'), { headline: 'true' });
    const byCode = new Map(items.map((i) => [i.code, i]));
    expect([...byCode.keys()]).toEqual([
      'people-connected-with-hospital-jobs',
      'overseas-health-qualifications-identified',
      'consortia-formed',
      'new-networks',
      'new-enterprises-supported',
      'established-enterprises-supported',
      'money-into-the-locality',
      'residents-trained-as-community-researchers',
      'community-research-projects',
      'funding-secured',
    ]);
    expect(byCode.get('people-connected-with-hospital-jobs')).toMatchObject({
      method: 'computed',
      figure: { target: 250 },
    });
    expect(byCode.get('overseas-health-qualifications-identified')!.figure.target).toBe(60);
    expect(byCode.get('money-into-the-locality')!.figure.target).toBe(240000);
    expect(byCode.get('funding-secured')).toMatchObject({
      method: 'manual',
      figure: { value: 215000, target: 300000 },
    });
    expect(byCode.get('community-research-projects')!.figure.value).toBe(7);
    // the demo's community researchers are counted from the research records, not typed in
    expect(byCode.get('residents-trained-as-community-researchers')!.figure.value).toBeGreaterThan(0);
  });

  it('splits a programme target over its years without losing any of it', () => {
    expect(splitTarget('year', '2025-01-01', '2027-12-31', 250).map((t) => t.target)).toEqual([83, 83, 84]);
    expect(splitTarget('programme', '2025-01-01', '2027-12-31', 5)).toEqual([
      { start: '2025-01-01', end: '2027-12-31', target: 5 },
    ]);
  });
});
