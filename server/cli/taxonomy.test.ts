import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeEmbeddedOnly, root, useit } from '../test/cli';

const shipped = join(root, 'taxonomies/occupations.json');

describeEmbeddedOnly('useit taxonomy import', { timeout: 120_000 }, () => {
  it('loads a taxonomy file, and refuses a broken one whole, naming the bad entry', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'useit-taxonomy-'));
    const file = JSON.parse(readFileSync(shipped, 'utf8')) as {
      version: string;
      occupations: { code: string; isco08: string }[];
    };
    const total = file.occupations.length;
    const first = await useit(dir, ['taxonomy', 'import', shipped]);
    expect(first.stdout).toMatch(
      new RegExp(`version ${file.version}: ${total} occupations \\(${total} added, 0 updated\\)`),
    );

    const broken = structuredClone(file);
    broken.version = 'broken';
    broken.occupations.push({ ...file.occupations[0]!, code: 'brand-new-occupation' });
    broken.occupations.push({ ...file.occupations[0]!, code: 'bad-code-entry', isco08: '12' });
    const brokenPath = join(dir, 'broken.json');
    writeFileSync(brokenPath, JSON.stringify(broken));
    const refused = await useit(dir, ['taxonomy', 'import', brokenPath]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`occupations[${total + 1}] (bad-code-entry): isco08`);

    // Nothing of the broken file landed: the good new entry is still unknown, the version unchanged.
    const again = await useit(dir, ['taxonomy', 'import', shipped]);
    expect(again.stdout).toMatch(new RegExp(`${total} occupations \\(0 added, ${total} updated\\)`));

    writeFileSync(join(dir, 'junk.json'), '{"version":');
    const junk = await useit(dir, ['taxonomy', 'import', join(dir, 'junk.json')]);
    expect([junk.code, junk.stderr]).toEqual([1, expect.stringMatching(/is not valid JSON/)]);
    const missing = await useit(dir, ['taxonomy', 'import', join(dir, 'nope.json')]);
    expect(missing.stderr).toMatch(/No taxonomy file/);
  });
});
