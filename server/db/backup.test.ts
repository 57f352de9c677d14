import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { harness, signedInClient, type Harness } from '../test/harness';
import { DEMO_PASSWORD, seedProgramme } from '../seed/seed';
import { systemContext } from '../http/context';
import { createForm, updateForm } from '../modules/research/forms.write.service';
import { instance, xform } from '../modules/research/research.fixtures';
import { ingestSubmission } from '../modules/research/submissions.service';
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

  it('restores a backup taken before migration 0030, leaving out the dropped jsonb copy of the answers', async () => {
    const partner = await source.deps.db.selectFrom('partners').select('slug').executeTakeFirstOrThrow();
    const form = await createForm(
      source.deps,
      systemContext,
      { content: Buffer.from(xform('backup_form', '1', [{ name: 'skill' }])), filename: 'f.xml', mime: 'text/xml' },
      { partner: partner.slug },
    );
    await updateForm(source.deps, systemContext, form.id, { status: 'open' });
    const xml = instance('backup_form', '1', { skill: 'welding' });
    await ingestSubmission(source.deps, { xml, attachments: [], channel: 'paper', researcher: null, complete: true });
    const backup = JSON.parse(JSON.stringify(await takeBackup(source.deps.db))) as Awaited<
      ReturnType<typeof takeBackup>
    >;
    const responses = backup.tables.find((t) => t.name === 'research_submissions')!;
    expect(responses.rows).toHaveLength(1);
    for (const r of responses.rows) r.answers = { skill: 'welding' };
    await restoreBackup(target.deps.db, parseBackup(backup), { replace: true });
    const stored = await target.deps.db
      .selectFrom('research_submissions' as never)
      .select(['answer_row' as never])
      .execute();
    expect(stored).toEqual([{ answer_row: '["welding"]' }]);
  });
});
