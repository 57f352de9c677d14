import { sql, type Kysely } from 'kysely';
import { answerPaths, answersOf } from '../../modules/research/submissions.rules';
import type { FormSchema } from '../../modules/research/xlsform.types';

// Submission ingest (issue 4, ADR 0018): a response's answers were stored twice beside its XML, as jsonb by path
// and as `answer_row` in its version's export-column order. Readers now zip `answer_row` with the version's
// paths, so the jsonb copy goes: about a third less to parse, compress and write per response. The XML stays
// the record; `answer_row` holds every answer the readers use (the export columns).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table research_submissions drop column answers`.execute(db);
}

/** Puts the jsonb copy back, rebuilt from each response's answer_row and its version's paths. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table research_submissions add column answers jsonb not null default '{}'::jsonb`.execute(db);
  const versions = await sql<{ id: string; schema: FormSchema }>`select id, schema from research_form_versions`.execute(
    db,
  );
  for (const v of versions.rows) {
    const paths = answerPaths(v.schema);
    const rows = await sql<{ id: string; answer_row: string }>`
      select id, answer_row from research_submissions where form_version_id = ${v.id}`.execute(db);
    for (const r of rows.rows)
      await sql`update research_submissions set answers = ${JSON.stringify(answersOf(paths, r.answer_row))}::jsonb
        where id = ${r.id}`.execute(db);
  }
}
