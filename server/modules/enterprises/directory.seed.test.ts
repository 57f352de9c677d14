import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTransaction } from '../../db/tx';
import { systemContext } from '../../http/context';
import { packDirectory } from '../../seed/city-pack';
import { harness, makePartner, type Harness } from '../../test/harness';
import { readDemoBaseline, seedDemoBaseline } from './directory.seed';
import { directoryStats } from './directory.service';
import { seedPackAreas } from './startups.fixtures';

/** The Greater Icknield demo baseline survey, seeded as `useit seed --demo` does (inside one transaction). */
describe('demo baseline survey (Greater Icknield)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness();
    await seedPackAreas(h);
  });
  afterAll(() => h.close());

  it('is linked as the baseline and shows its closed questions, some cells shown and some suppressed', async () => {
    const demo = readDemoBaseline(packDirectory('greater-icknield'))!;
    const partner = await makePartner(h.deps);
    await inTransaction(h.deps.db, (trx) =>
      seedDemoBaseline({ ...h.deps, db: trx }, systemContext, { ...demo, partner: partner.slug }),
    );
    const stats = await directoryStats(h.deps, 'ar');
    expect(stats.baseline).toHaveLength(1);
    const b = stats.baseline[0]!;
    expect(b.responses).toBe(32);
    expect(b.questions.map((q) => q.path)).toEqual([
      'legal_form',
      'local_jobs',
      'main_market',
      'barriers',
      'years_trading',
    ]);
    const counts = b.questions.flatMap((q) => q.choices.map((c) => c.count));
    expect(counts.filter((c) => c === null).length).toBeGreaterThanOrEqual(4);
    expect(counts.filter((c) => c !== null && c >= 5).length).toBeGreaterThanOrEqual(8);
    expect(b.questions[0]!.label).toBe('الشكل القانوني للمؤسسة');
    expect(b.questions[4]!.median).toBe(3);
    expect(JSON.stringify(stats)).not.toMatch(/volunteers|Anything else/);
  });
});
