import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, seedProgramme } from '../../seed/seed';
import { harness, signedInClient, type Client, type Harness } from '../../test/harness';

/** The Greater Icknield demo's fictional candidates: across regulators and stages, every stage through the gates. */
describe('demo candidates', () => {
  let h: Harness;
  let caseworker: Client;
  beforeAll(async () => {
    h = await harness();
    await seedProgramme(h.deps, { pack: 'greater-icknield', demo: true });
    caseworker = await signedInClient(h, 'caseworker@demo.useit.example', DEMO_PASSWORD);
  });
  afterAll(() => h.close());

  it('seeds obviously fictional candidates across regulators and pipeline stages', async () => {
    const admin = await signedInClient(h, 'admin@demo.useit.example', DEMO_PASSWORD);
    const page = (await admin.request('GET', '/api/v1/matching/pipeline?pageSize=100')).json() as {
      total: number;
      items: { fullName: string; stage: string }[];
      stages: { stage: string; count: number }[];
    };
    expect(page.total).toBe(20);
    for (const c of page.items) expect(c.fullName).toMatch(/\(demo\)$/);
    const reached = page.stages.filter((s) => s.count > 0).map((s) => s.stage);
    expect(reached).toEqual(
      expect.arrayContaining(['identified', 'language-training', 'exams', 'employed', 'withdrawn']),
    );
    const occupations = new Set(
      (
        (await admin.request('GET', '/api/v1/matching/candidates?pageSize=100')).json() as {
          items: { occupations: string[] }[];
        }
      ).items.flatMap((c) => c.occupations),
    );
    for (const code of ['medical-doctor', 'nurse-adult', 'midwife', 'pharmacist', 'dentist', 'physiotherapist'])
      expect(occupations).toContain(code);
  });

  it('scopes them by partner and shows a fairness report with small cells suppressed', async () => {
    const mine = (await caseworker.request('GET', '/api/v1/matching/candidates?pageSize=100')).json() as {
      total: number;
    };
    expect(mine.total).toBe(19); // one belongs to another partner
    const report = (await caseworker.request('GET', '/api/v1/matching/fairness')).json() as {
      tables: { dimension: string; groups: string[]; outcomes: { outcome: string; counts: (number | null)[] }[] }[];
    };
    const sex = report.tables.find((t) => t.dimension === 'sex')!;
    const all = sex.outcomes.find((o) => o.outcome === 'candidates')!;
    expect(all.counts[sex.groups.indexOf('female')]).toBe(12);
    expect(all.counts[sex.groups.indexOf('male')]).toBe(7);
  });
});
