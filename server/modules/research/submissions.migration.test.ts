import { sql } from 'kysely';
import { Migrator } from 'kysely/migration';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config';
import { openDatabase } from '../../db/database';
import { migrations } from '../../db/migrations/index';
import type { Deps } from '../../deps';
import { systemContext } from '../../http/context';
import { createLogger } from '../../lib/logger';
import { createPartner } from '../identity/identity.directory.service';
import { createForm, updateForm } from './forms.write.service';
import { instance, xform } from './research.fixtures';
import { ingestSubmission } from './submissions.service';

describe('migration 0030 stores the answers once', () => {
  it('drops the jsonb copy, answers still read from answer_row; down rebuilds it from answer_row', async () => {
    const { db, close } = await openDatabase({ dataDir: 'memory://' });
    const names = Object.keys(migrations);
    const mine = names.indexOf('2026-11-22-0030-submission-answers-once');
    const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
    expect((await migrator.migrateTo(names[mine]!)).error).toBeUndefined();
    const deps: Deps = {
      db,
      config: loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }),
      log: createLogger('silent'),
      fieldKey: Buffer.alloc(32, 7),
    };
    await createPartner(deps, systemContext, { slug: 'p', name: 'P', kind: 'ngo', website: null, description: '' });
    const fields = [{ name: 'skill' }, { name: 'years' }, { name: 'note_me' }];
    const form = await createForm(
      deps,
      systemContext,
      { content: Buffer.from(xform('mig_form', '1', fields)), filename: 'f.xml', mime: 'text/xml' },
      { partner: 'p' },
    );
    await updateForm(deps, systemContext, form.id, { status: 'open' });
    for (const [skill, years] of [
      ['welding', '3'],
      ['baking', ''],
    ] as const)
      await ingestSubmission(deps, {
        xml: instance('mig_form', '1', { skill, years, note_me: 'x' }),
        attachments: [],
        channel: 'paper',
        researcher: null,
        complete: true,
      });
    const columns = await sql<{ column_name: string }>`select column_name from information_schema.columns
      where table_name = 'research_submissions' and column_name in ('answers', 'answer_row')`.execute(db);
    expect(columns.rows.map((c) => c.column_name)).toEqual(['answer_row']);

    expect((await migrator.migrateTo(names[mine - 1]!)).error).toBeUndefined();
    const back = await sql<{ answers: Record<string, string> }>`select answers from research_submissions
      order by answers->>'skill' desc`.execute(db);
    expect(back.rows.map((r) => r.answers)).toEqual([
      { skill: 'welding', years: '3', note_me: 'x' },
      { skill: 'baking', years: '', note_me: 'x' },
    ]);
    expect((await migrator.migrateTo(names[mine]!)).error).toBeUndefined();
    await close();
  });
});
