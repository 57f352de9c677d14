import { sql, type Kysely } from 'kysely';

// Skills-matching training: funders (eligibility rules stored as data), programmes (IELTS classes, OET, PLAB
// preparation, medical English) with their waiting-list priority rules as data, cohorts with capacity, dates and a
// funder, waiting-list entries (a hashed per-candidate position token), enrolments, attendance per session.
// Also links a candidate to the resident they are (ADR 0005), nullable for records made before the link.
const ddl = `
  alter table candidates add column resident_id uuid references residents(id) on delete set null;
  create index candidates_resident_idx on candidates (resident_id) where resident_id is not null;

  create table training_funders (
    id uuid primary key default gen_random_uuid(),
    slug text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name text not null check (length(name) between 1 and 160),
    kind text not null check (kind in ('council','charity','programme','employer','other')),
    eligibility jsonb not null default '[]'::jsonb,
    source text not null default '' check (length(source) <= 500),
    created_at timestamptz not null default now()
  );

  create table training_programmes (
    id uuid primary key default gen_random_uuid(),
    slug text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name text not null check (length(name) between 1 and 160),
    kind text not null check (kind in ('ielts','oet','plab','medical-english')),
    weeks integer not null check (weeks between 1 and 104),
    pathway_step text not null check (pathway_step ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    description text not null default '' check (length(description) <= 2000),
    priority_rules jsonb not null,
    version integer not null default 1 check (version >= 1),
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
  );

  create table training_cohorts (
    id uuid primary key default gen_random_uuid(),
    programme_id uuid not null references training_programmes(id),
    funder_id uuid not null references training_funders(id),
    name text not null check (length(name) between 1 and 160),
    capacity integer not null check (capacity between 1 and 500),
    starts_on date not null,
    ends_on date not null,
    venue text not null default '' check (length(venue) <= 200),
    created_at timestamptz not null default now(),
    check (ends_on >= starts_on)
  );
  create index training_cohorts_programme_idx on training_cohorts (programme_id, starts_on);

  create table training_waiting_list (
    id uuid primary key default gen_random_uuid(),
    programme_id uuid not null references training_programmes(id),
    candidate_id uuid not null references candidates(id) on delete cascade,
    joined_on date not null,
    status text not null default 'waiting' check (status in ('waiting','enrolled','removed')),
    token_hash text not null unique check (token_hash ~ '^[0-9a-f]{64}$'),
    created_at timestamptz not null default now()
  );
  create unique index training_waiting_list_open_idx on training_waiting_list (programme_id, candidate_id)
    where status = 'waiting';
  create index training_waiting_list_candidate_idx on training_waiting_list (candidate_id);

  create table training_enrolments (
    id uuid primary key default gen_random_uuid(),
    cohort_id uuid not null references training_cohorts(id),
    candidate_id uuid not null references candidates(id) on delete cascade,
    enrolled_on date not null,
    created_at timestamptz not null default now(),
    unique (cohort_id, candidate_id)
  );
  create index training_enrolments_candidate_idx on training_enrolments (candidate_id);

  create table training_attendance (
    cohort_id uuid not null references training_cohorts(id),
    candidate_id uuid not null references candidates(id) on delete cascade,
    session_on date not null,
    present boolean not null,
    recorded_at timestamptz not null default now(),
    primary key (cohort_id, candidate_id, session_on)
  )
`;

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of ddl.split(/;\s*\n/).filter((s) => s.trim() !== '')) {
    await sql.raw(statement).execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  const tables = [
    'training_attendance',
    'training_enrolments',
    'training_waiting_list',
    'training_cohorts',
    'training_programmes',
    'training_funders',
  ];
  for (const table of tables) await sql`drop table ${sql.table(table)}`.execute(db);
  await sql`alter table candidates drop column resident_id`.execute(db);
}
