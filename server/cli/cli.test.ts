import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeEmbeddedOnly, useit } from '../test/cli';

// The CLI always uses the embedded database here; the PostgreSQL path is covered by backup.test.ts.
// Each command is a fresh process (tsx + PGlite start-up), so these get a longer timeout.
describeEmbeddedOnly('useit CLI', { timeout: 120_000 }, () => {
  it('seeds, adds a user, backs up and restores into a fresh data directory', async () => {
    const a = mkdtempSync(join(tmpdir(), 'useit-cli-a-'));
    const b = mkdtempSync(join(tmpdir(), 'useit-cli-b-'));
    const file = join(a, 'backup.json.gz');
    const seeded = await useit(a, ['seed', '--pack', 'server/seed/fixtures/tiny-town']);
    expect(seeded.stdout).toMatch(/Loaded Tiny Town Together: 2 partners/);
    const added = await useit(a, [
      'user',
      'add',
      '--email',
      'new@tiny.invalid',
      '--name',
      'New (demo)',
      '--role',
      'viewer',
      '--partner',
      'tiny-co-op',
    ]);
    expect(added.stdout).toMatch(/Created new@tiny.invalid \(viewer\).*password: \S+/);
    expect((await useit(a, ['backup', file])).stdout).toMatch(/2 users/);
    expect(existsSync(file)).toBe(true);
    const restored = await useit(b, ['restore', file]);
    expect(restored.stdout).toMatch(/Restored \d+ rows/);
    expect((await useit(b, ['backup', join(b, 'again.json.gz')])).stdout).toMatch(/2 partners.*2 users/);
  });

  it('answers bad input with a one-line error and a non-zero exit', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'useit-cli-c-'));
    const wrongRole = await useit(dir, [
      'user',
      'add',
      '--email',
      'x@y.z',
      '--name',
      'X',
      '--role',
      'emperor',
      '--partner',
      'p',
    ]);
    expect(wrongRole.code).toBe(2);
    expect(wrongRole.stderr).toMatch(/emperor/);
    writeFileSync(join(dir, 'junk.gz'), 'not a backup');
    const junk = await useit(dir, ['restore', join(dir, 'junk.gz')]);
    expect(junk.code).toBe(1);
    expect(junk.stderr).toMatch(/not a gzipped JSON backup/);
    const noPack = await useit(dir, ['seed', '--pack', '/nonexistent/pack']);
    expect(noPack.stderr).toMatch(/No city pack/);
  });
});
