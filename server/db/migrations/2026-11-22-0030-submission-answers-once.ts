import { sql, type Kysely } from 'kysely';

// Submission ingest (issue 4, ADR 0018): a response's answers were stored twice beside its XML, as jsonb by path
// and as `answer_row` in its version's export-column order. Readers now zip `answer_row` with the version's
// paths, so the jsonb copy goes: about a third less to parse, compress and write per response. The XML stays
// the record; `answer_row` holds every answer the readers use (the export columns).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table research_submissions drop column answers`.execute(db);
}

// The form schema as stored at this migration (a migration keeps its own copy of what it reads, not app code).
interface Field {
  name: string;
  xpath: string;
  type: string;
  children?: Field[];
}
const prizeFields = new Set(['prize_draw_contact', 'prize_draw', 'follow_up_consent']);
const walk = (fields: Field[]): Field[] => fields.flatMap((f) => [f, ...walk(f.children ?? [])]);

/** The paths of a version's answer_row, in order (the export columns at this migration). */
function answerPaths(schema: { rootName: string; fields: Field[] }): string[] {
  const root = `/${schema.rootName}/`;
  return walk(schema.fields)
    .filter((f) => f.type !== 'group' && f.type !== 'repeat' && f.type !== 'note' && !f.children?.length)
    .map((f) => (f.xpath.startsWith(root) ? f.xpath.slice(root.length) : f.name))
    .filter((p) => !prizeFields.has(p));
}

/** Puts the jsonb copy back, rebuilt from each response's answer_row and its version's paths. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table research_submissions add column answers jsonb not null default '{}'::jsonb`.execute(db);
  const versions = await sql<{ id: string; schema: { rootName: string; fields: Field[] } }>`
    select id, schema from research_form_versions`.execute(db);
  for (const v of versions.rows) {
    const paths = answerPaths(v.schema);
    const rows = await sql<{ id: string; answer_row: string }>`
      select id, answer_row from research_submissions where form_version_id = ${v.id}`.execute(db);
    for (const r of rows.rows) {
      const values: unknown = JSON.parse(r.answer_row);
      const list = Array.isArray(values) ? (values as unknown[]) : [];
      const answers = Object.fromEntries(paths.map((p, i) => [p, typeof list[i] === 'string' ? list[i] : '']));
      await sql`update research_submissions set answers = ${JSON.stringify(answers)}::jsonb where id = ${r.id}`.execute(
        db,
      );
    }
  }
}
