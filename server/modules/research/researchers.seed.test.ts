import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, seedProgramme } from '../../seed/seed';
import { harness, signedInClient, type Client, type Harness } from '../../test/harness';

describe('the Greater Icknield demo research programme', () => {
  let h: Harness;
  let lead: Client;
  beforeAll(async () => {
    h = await harness();
    await seedProgramme(h.deps, { pack: 'greater-icknield', demo: true });
    lead = await signedInClient(h, 'lead@demo.useit.example', DEMO_PASSWORD);
  }, 300_000);
  afterAll(() => h.close());

  it('has fictional researchers, a cohort with attendance, and a funnel that follows from them', async () => {
    const list = (await lead.request('GET', '/api/v1/research/researchers?pageSize=100')).json();
    expect(list.items.length).toBe(8);
    expect(list.items.every((r: { displayName: string }) => r.displayName.endsWith('(demo)'))).toBe(true);
    const funnel = (await lead.request('GET', '/api/v1/research/funnel')).json();
    const n = Object.fromEntries(funnel.stages.map((s: { stage: string; count: number }) => [s.stage, s.count]));
    expect(n).toEqual({ signed_up: 7, attended_1: 6, level_1: 5, full: 1, active_now: 4 });
    expect(funnel.leavers).toContainEqual({ reason: 'pressure', count: 1 });
  });

  it('shows themes with quotes only from interviews whose consent allows', async () => {
    const themes = (await lead.request('GET', '/api/v1/research/themes')).json();
    const places = themes.items.find((t: { name: string }) => t.name === 'Places to meet');
    expect(places.interviews).toBe(3);
    const quotes = places.quotes.map((q: { text: string }) => q.text);
    expect(quotes).toContain('There is nowhere to meet except the pub, and many of us do not drink.');
    // the third interview has no recorded consent: its words never appear
    expect(JSON.stringify(themes)).not.toContain('nowhere warm');
  });

  it('links an active researcher to a resident for the waiting-list rule', async () => {
    const { activeResearcherResidentIds } = await import('./researchers.service');
    const resident = await h.deps.db
      .selectFrom('residents')
      .where('reference', '=', 'GI-0001')
      .select('id')
      .executeTakeFirstOrThrow();
    expect(await activeResearcherResidentIds(h.deps.db, [resident.id])).toEqual(new Set([resident.id]));
  });
});
