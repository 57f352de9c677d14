import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeEmbeddedOnly, useit } from '../test/cli';

describeEmbeddedOnly('useit import and export', { timeout: 180_000 }, () => {
  it('dry-runs, imports with a progress bar, refuses a bad file, and exports', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'useit-cli-transfers-'));
    expect((await useit(dir, ['seed', '--pack', 'server/seed/fixtures/tiny-town', '--no-demo'])).code).toBe(0);
    const rows = Array.from(
      { length: 30 },
      (_, i) => `vacancy,Library assistant ${i},tiny-library,high-street,=1+${i}`,
    );
    const good = join(dir, 'good.csv');
    writeFileSync(good, `kind,title,macro_asset,area,description\n${rows.join('\n')}\n`);

    const dry = await useit(dir, ['import', 'opportunities', good, '--dry-run']);
    expect(dry.stdout).toMatch(/Dry run: all 30 rows are valid/);
    expect(dry.stderr).toMatch(/validating \[#+\] 30\/30 rows/);

    const imported = await useit(dir, ['import', 'opportunities', good]);
    expect([imported.code, imported.stdout]).toEqual([0, expect.stringMatching(/Imported 30 opportunities/)]);
    expect(imported.stderr).toMatch(/importing {2}\[#+\] 30\/30 rows/);

    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'kind,title,area\nvacancy,One,high-street\nvacancy,Two,atlantis\n');
    const refused = await useit(dir, ['import', 'opportunities', bad, '--partner', 'tiny-co-op']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/row 3, area: unknown area atlantis/);
    expect(refused.stderr).toMatch(/nothing written/);

    const csv = join(dir, 'out.csv');
    expect((await useit(dir, ['export', 'opportunities', '--out', csv])).code).toBe(0);
    const text = readFileSync(csv, 'utf8');
    expect(text.split('\n').filter(Boolean)).toHaveLength(31);
    expect(text).toContain("'=1+7");
    const hsds = await useit(dir, ['export', 'hsds']);
    expect(JSON.parse(hsds.stdout)).toMatchObject({
      organizations: [{ name: 'Tiny Co-op' }],
      services: [],
      locations: [],
    });
  });
});
