import { sql, type Kysely } from 'kysely';

// Community research: questionnaires (forms) with immutable published versions, device tokens for
// OpenRosa clients (ODK Collect), submissions stored exactly once per (form, instanceID), a voucher
// ledger per researcher, and prize-draw / follow-up entries.
// Privacy (DESIGN §6): anonymous submissions carry no researcher, no device and only a day-level date
// (enforced by a CHECK); voucher entries and prize entries carry no submission id and only a day, so
// none of them can be joined back to answers.
const ddl = `
  create table research_device_tokens (
    id uuid primary key default gen_random_uuid(),
    user_id uuid not null references users(id) on delete cascade,
    token_hash text not null unique check (token_hash ~ '^[0-9a-f]{64}$'),
    label text not null check (length(label) between 1 and 100),
    created_at timestamptz not null default now(),
    revoked_at timestamptz
  );
  create index research_device_tokens_user_idx on research_device_tokens (user_id, created_at desc);

  create table research_forms (
    id uuid primary key default gen_random_uuid(),
    xform_id text not null unique check (xform_id ~ '^[A-Za-z_][A-Za-z0-9_.-]{0,99}$'),
    partner_id uuid not null references partners(id),
    title text not null check (length(title) between 1 and 200),
    anonymous boolean not null default false,
    status text not null default 'draft' check (status in ('draft','open','closed')),
    languages jsonb not null default '[]'::jsonb,
    voucher_pence integer not null default 2000 check (voucher_pence between 0 and 100000),
    created_by uuid references users(id) on delete set null,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
  );
  create index research_forms_partner_idx on research_forms (partner_id, created_at desc);

  create table research_form_versions (
    id uuid primary key default gen_random_uuid(),
    form_id uuid not null references research_forms(id) on delete cascade,
    version text not null check (length(version) between 1 and 100),
    xml text not null check (length(xml) > 0),
    md5 text not null check (md5 ~ '^[0-9a-f]{32}$'),
    schema jsonb not null,
    source text not null check (source in ('xlsform','xform')),
    created_by uuid references users(id) on delete set null,
    created_at timestamptz not null default now(),
    unique (form_id, version)
  );
  create index research_form_versions_latest_idx on research_form_versions (form_id, created_at desc);

  create function research_versions_immutable() returns trigger language plpgsql as 'begin raise exception ''a published form version cannot be changed'' using errcode = ''23514''; end';
  create trigger research_form_versions_no_update before update on research_form_versions
    for each row execute function research_versions_immutable();

  create table research_submissions (
    id uuid primary key default gen_random_uuid(),
    form_id uuid not null references research_forms(id) on delete cascade,
    form_version_id uuid not null references research_form_versions(id),
    instance_id text not null check (length(instance_id) between 1 and 200),
    xml_sha256 text not null check (xml_sha256 ~ '^[0-9a-f]{64}$'),
    xml text not null,
    answers jsonb not null default '{}'::jsonb,
    -- the same answers as a JSON array in the form version's export-column order: the CSV export reads
    -- this text without converting jsonb (about 2.5x faster for wide forms on the embedded database)
    answer_row text not null default '[]',
    channel text not null check (channel in ('web','openrosa','paper')),
    anonymous boolean not null,
    researcher_id uuid references users(id) on delete set null,
    device_id text check (length(device_id) <= 200),
    area_id uuid references areas(id),
    language text check (length(language) <= 100),
    complete boolean not null,
    received_at timestamptz not null,
    unique (form_id, instance_id),
    constraint research_submissions_anonymous_check check (not anonymous or (
      researcher_id is null and device_id is null
      and received_at = (date_trunc('day', received_at at time zone 'UTC') at time zone 'UTC')))
  );
  create index research_submissions_form_idx on research_submissions (form_id, received_at desc);
  create index research_submissions_researcher_idx on research_submissions (researcher_id) where researcher_id is not null;

  create table research_attachments (
    submission_id uuid not null references research_submissions(id) on delete cascade,
    name text not null check (length(name) between 1 and 255 and name !~ '[/\\\\]'),
    content_type text not null,
    size integer not null check (size >= 0),
    sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
    content text not null,
    primary key (submission_id, name)
  );

  create table research_voucher_entries (
    id uuid primary key default gen_random_uuid(),
    researcher_id uuid not null references users(id) on delete cascade,
    kind text not null check (kind in ('issue','redemption')),
    amount_pence integer not null check (amount_pence > 0),
    form_id uuid references research_forms(id) on delete set null,
    note text not null default '' check (length(note) <= 500),
    entered_on date not null,
    entered_by uuid references users(id) on delete set null
  );
  create index research_voucher_entries_researcher_idx on research_voucher_entries (researcher_id, entered_on);

  create table research_prize_entries (
    id uuid primary key default gen_random_uuid(),
    form_id uuid not null references research_forms(id) on delete cascade,
    contact_hash text not null check (contact_hash ~ '^[0-9a-f]{64}$'),
    contact_sealed text not null,
    prize_draw boolean not null,
    follow_up_consent boolean not null,
    entered_on date not null,
    unique (form_id, contact_hash)
  );

  create table research_prize_draws (
    id uuid primary key default gen_random_uuid(),
    form_id uuid not null unique references research_forms(id) on delete cascade,
    seed_phrase text not null check (length(seed_phrase) between 1 and 500),
    seed text not null check (seed ~ '^[0-9a-f]{64}$'),
    winner_count integer not null check (winner_count >= 1),
    entry_hashes jsonb not null,
    winners jsonb not null,
    drawn_at timestamptz not null default now(),
    drawn_by uuid references users(id) on delete set null
  )
`;

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of ddl.split(/;\s*\n/).filter((s) => s.trim() !== '')) {
    await sql.raw(statement).execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of [
    'research_prize_draws',
    'research_prize_entries',
    'research_voucher_entries',
    'research_attachments',
    'research_submissions',
    'research_form_versions',
    'research_forms',
    'research_device_tokens',
  ])
    await sql`drop table if exists ${sql.table(t)} cascade`.execute(db);
  await sql`drop function if exists research_versions_immutable()`.execute(db);
}
