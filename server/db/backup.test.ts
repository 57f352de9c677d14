import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { harness, signedInClient, type Harness } from '../test/harness';
import { DEMO_PASSWORD, seedProgramme } from '../seed/seed';
import { parseBackup, restoreBackup, RestoreError, takeBackup } from './backup';

describe('backup and restore', () => {
  let source: Harness;
  let target: Harness;
  beforeAll(async () => {
    source = await harness();
    target = await harness();
    await seedProgramme(source.deps, {
      pack: new URL('../seed/fixtures/tiny-town', import.meta.url).pathname,
      demo: true,
    });
  });
  afterAll(async () => {
    await source.close();
    await target.close();
  });

  it('round-trips every table through JSON into an empty database', async () => {
    const backup = await takeBackup(source.deps.db);
    const restored = await restoreBackup(target.deps.db, parseBackup(JSON.parse(JSON.stringify(backup))));
    expect(restored.partners).toBe(2);
    const again = await takeBackup(target.deps.db);
    expect(JSON.parse(JSON.stringify(again.tables))).toEqual(JSON.parse(JSON.stringify(backup.tables)));
    // the restored copy works: sign-in, encrypted fields, and new audit ids continue after the restored ones
    const admin = await signedInClient(target, 'admin@tiny.invalid', DEMO_PASSWORD);
    const residents = (await admin.request('GET', '/api/v1/residents')).json() as { items: { id: string }[] };
    const detail = (await admin.request('GET', `/api/v1/residents/${residents.items[0]!.id}`)).json() as {
      immigrationStatus: string;
    };
    expect(detail.immigrationStatus).toBe('settled');
  });

  it('refuses to restore over data unless told to replace it', async () => {
    const backup = await takeBackup(source.deps.db);
    await expect(restoreBackup(target.deps.db, backup)).rejects.toThrow(RestoreError);
    const counts = await restoreBackup(target.deps.db, backup, { replace: true });
    expect(counts.users).toBe(1);
  });

  it('refuses files that are not backups, and unknown tables, writing nothing', async () => {
    expect(() => parseBackup({ hello: 'world' })).toThrow(/not a USE-IT backup/);
    const bad = {
      ...(await takeBackup(source.deps.db)),
      tables: [{ name: 'partners', rows: [{ slug: 'x', name: 'X', kind: 'ngo', nope: 1 }] }],
    };
    await expect(restoreBackup(target.deps.db, bad, { replace: true })).rejects.toThrow(/Unknown column partners.nope/);
    const users = await target.deps.db.selectFrom('users').select('email').execute();
    expect(users).toHaveLength(1);
  });
});
