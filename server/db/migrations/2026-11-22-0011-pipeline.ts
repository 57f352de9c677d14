import { sql, type Kysely } from 'kysely';

// Skills-matching pipeline: each candidate's stage (identified ... employed, or withdrawn with a reason), every
// move as a row (the audit log records who moved whom as well), interim placements with social-care providers,
// and optional equality-monitoring answers kept only for the fairness report: stored as AES-256-GCM ciphertext
// (ethnicity is special-category data), never read by matching or scoring.
const stages = `'identified','assessed','language-training','language-passed','exams','registered','interim-work',
  'applied','interviewed','offered','employed','withdrawn'`;

const ddl = `
  alter table candidates add column stage text not null default 'identified' check (stage in (${stages}));
  alter table candidates add column stage_changed_at timestamptz not null default now();
  alter table candidates add column withdrawn_reason text check (length(withdrawn_reason) between 1 and 500);
  alter table candidates add column monitoring_enc text;
  create index candidates_stage_idx on candidates (partner_id, stage);

  create table candidate_stage_moves (
    id uuid primary key default gen_random_uuid(),
    candidate_id uuid not null references candidates(id) on delete cascade,
    from_stage text not null check (from_stage in (${stages})),
    to_stage text not null check (to_stage in (${stages})),
    reason text check (length(reason) between 1 and 500),
    moved_by uuid references users(id) on delete set null,
    moved_at timestamptz not null default now()
  );
  create index candidate_stage_moves_candidate_idx on candidate_stage_moves (candidate_id, moved_at);

  create table interim_placements (
    id uuid primary key default gen_random_uuid(),
    candidate_id uuid not null references candidates(id) on delete cascade,
    provider text not null check (length(provider) between 1 and 160),
    role text not null check (role ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    starts_on date not null,
    ends_on date,
    hours_per_week numeric(4,1) check (hours_per_week > 0 and hours_per_week <= 60),
    status text not null default 'planned' check (status in ('planned','active','ended')),
    notes text not null default '' check (length(notes) <= 2000),
    version integer not null default 1 check (version >= 1),
    created_by uuid references users(id) on delete set null,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    check (ends_on is null or ends_on >= starts_on)
  );
  create index interim_placements_candidate_idx on interim_placements (candidate_id, starts_on desc);
`;

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of ddl
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean))
    await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('drop table interim_placements').execute(db);
  await sql.raw('drop table candidate_stage_moves').execute(db);
  for (const c of ['monitoring_enc', 'withdrawn_reason', 'stage_changed_at', 'stage'])
    await sql.raw(`alter table candidates drop column ${c}`).execute(db);
}
