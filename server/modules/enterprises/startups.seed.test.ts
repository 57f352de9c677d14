import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { harness, signedInClient, type Harness } from '../../test/harness';
import { DEMO_PASSWORD, seedProgramme } from '../../seed/seed';

describe('demo seed: start-up programme, mentors, network and events', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness();
    await seedProgramme(h.deps, { pack: 'greater-icknield', demo: true });
  }, 300_000);
  afterAll(() => h.close());

  it('has a cohort, eight mentors, about thirty network members and upcoming events', async () => {
    const lead = await signedInClient(h, 'lead@demo.useit.example', DEMO_PASSWORD);
    const cohorts = await lead.request('GET', '/api/v1/startup-cohorts');
    expect(cohorts.json().items[0]).toMatchObject({ name: 'Spring 2027 cohort', members: 5 });
    expect((await lead.request('GET', '/api/v1/mentors')).json().total).toBe(8);
    const network = (await lead.request('GET', '/api/v1/network/members')).json().total;
    expect(network).toBeGreaterThanOrEqual(25);
    const events = await lead.request('GET', `/api/v1/events?from=${encodeURIComponent(new Date().toISOString())}`);
    expect(events.json().items.map((e: { kind: string }) => e.kind)).toContain('network_meeting');
  });

  it('suggests the canal-side commercial manager first for the food co-op idea, with reasons', async () => {
    const lead = await signedInClient(h, 'lead@demo.useit.example', DEMO_PASSWORD);
    const list = await lead.request('GET', '/api/v1/enterprises?q=kitchen%20table&stage=idea');
    const coop = list.json().items[0];
    expect(coop.name).toBe('Ladywood Kitchen Table Food Co-op');
    const res = await lead.request('GET', `/api/v1/startups/${coop.id}/mentor-suggestions`);
    expect(res.json().suggestions[0]).toMatchObject({ mentor: { name: 'Priya Examplewood' }, score: 100 });
  });
});
