import { sql, type Kysely } from 'kysely';

// Import jobs: one row per uploaded spreadsheet, from the dry run to the commit. The web app polls it for
// progress. The file itself (base64 text, so logical backups round-trip it as JSON) is kept only while the
// dry run is valid and waiting for a commit; it is cleared once the job is done, invalid or failed.
const ddl = `
  create table imports (
    id uuid primary key default gen_random_uuid(),
    kind text not null check (kind in ('opportunities','micro-assets')),
    format text not null check (format in ('csv','xlsx')),
    filename text not null check (length(filename) between 1 and 255),
    status text not null default 'queued'
      check (status in ('queued','validating','valid','invalid','importing','done','failed')),
    total_rows integer not null default 0 check (total_rows >= 0),
    processed_rows integer not null default 0 check (processed_rows >= 0),
    error_count integer not null default 0 check (error_count >= 0),
    imported_count integer check (imported_count >= 0),
    report jsonb not null default '{}'::jsonb,
    content text,
    partner_id uuid references partners(id),
    created_by uuid references users(id) on delete set null,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    finished_at timestamptz
  );
  create index imports_partner_idx on imports (partner_id, created_at desc)
`;

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of ddl.split(/;\s*\n/).filter((s) => s.trim() !== '')) {
    await sql.raw(statement).execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table imports`.execute(db);
}
