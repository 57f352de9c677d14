import { sql, type Kysely } from 'kysely';

// Submission ingest on PostgreSQL (issue 4, ADR 0017): each stored response holds three ~5 KB texts (the XML,
// the answers as jsonb, the answers in export-column order), and compressing them with the default pglz was
// about a fifth of the database's CPU per response. lz4 compresses them several times faster. A server built
// without lz4 (PGlite is one) refuses `set compression lz4` with feature_not_supported: there the columns keep
// the default. Only values written from now on are affected; stored rows stay as they are, readable either way.
const columns = ['xml', 'answers', 'answer_row'];

async function setCompression(db: Kysely<unknown>, method: 'lz4' | 'default'): Promise<void> {
  const alter = columns.map((c) => `alter column ${c} set compression ${method}`).join(', ');
  await sql
    .raw(
      `do $$ begin
        alter table research_submissions ${alter};
      exception when feature_not_supported then null;
      end $$`,
    )
    .execute(db);
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await setCompression(db, 'lz4');
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await setCompression(db, 'default');
}
