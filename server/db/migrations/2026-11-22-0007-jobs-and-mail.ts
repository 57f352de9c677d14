import { sql, type Kysely } from 'kysely';

// Background work that survives restarts (DESIGN.md §3 `jobs/`): a job row is claimed with a lease
// (`locked_until`); a process that dies mid-job leaves a lease that runs out, and another run takes it again.
// `unique_key` makes "do this once" (a week's round-up, one mail) a database fact, not a hope.
// Mail is a transactional outbox: the message is written in the same transaction as the change that caused it,
// and a `mail.send` job delivers it over SMTP (or to the outbox folder in the embedded default).
const ddl = `
  create table jobs (
    id bigserial primary key,
    kind text not null check (kind ~ '^[a-z][a-z0-9._-]{0,63}$'),
    payload jsonb not null default '{}'::jsonb,
    unique_key text unique check (length(unique_key) between 1 and 200),
    status text not null default 'queued' check (status in ('queued','running','done','failed')),
    run_at timestamptz not null default now(),
    attempts integer not null default 0 check (attempts >= 0),
    max_attempts integer not null default 5 check (max_attempts between 1 and 100),
    locked_until timestamptz,
    last_error text,
    created_at timestamptz not null default now(),
    finished_at timestamptz
  );
  create index jobs_due_idx on jobs (run_at, id) where status in ('queued','running');
  create table mail_outbox (
    id uuid primary key default gen_random_uuid(),
    to_address text not null check (length(to_address) between 3 and 320),
    subject text not null check (length(subject) between 1 and 300),
    text_body text not null,
    html_body text,
    attachments jsonb not null default '[]'::jsonb,
    language text not null default 'en',
    purpose text not null check (length(purpose) between 1 and 100),
    dedupe_key text unique check (length(dedupe_key) between 1 and 200),
    status text not null default 'queued' check (status in ('queued','sent','failed','bounced')),
    attempts integer not null default 0,
    last_error text,
    message_id text,
    created_at timestamptz not null default now(),
    sent_at timestamptz
  );
  create index mail_outbox_status_idx on mail_outbox (status, created_at desc)
`;

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of ddl.split(/;\s*\n/).filter((s) => s.trim() !== '')) {
    await sql.raw(statement).execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table mail_outbox`.execute(db);
  await sql`drop table jobs`.execute(db);
}
