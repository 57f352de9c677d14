import { sql, type Kysely } from 'kysely';

// Social-enterprise growth (issue 6), part two: the start-up programme (programmes of modules, cohorts with
// sessions and attendance, each start-up's progress, support log, milestones, a peer board per cohort), mentors
// from partner companies with staff-confirmed mentoring relationships and their session log, network membership,
// and the shared communications calendar grown into network events (kind, capacity, speakers, topics) with
// registration and attendance. Capacities are enforced by the service under a row lock; the database keeps shapes.
const ddl = `
  create table startup_programmes (
    id uuid primary key default gen_random_uuid(),
    name text not null unique check (length(btrim(name)) between 1 and 200),
    description text not null default '' check (length(description) <= 4000),
    created_at timestamptz not null default now()
  );
  create table programme_modules (
    id uuid primary key default gen_random_uuid(),
    programme_id uuid not null references startup_programmes(id) on delete cascade,
    code text not null check (code ~ '^[a-z][a-z0-9_]{0,39}$'),
    position integer not null default 0 check (position >= 0),
    unique (programme_id, code)
  );
  create table startup_cohorts (
    id uuid primary key default gen_random_uuid(),
    programme_id uuid not null references startup_programmes(id) on delete cascade,
    name text not null check (length(btrim(name)) between 1 and 200),
    starts_on date not null,
    capacity integer not null check (capacity between 1 and 500),
    created_at timestamptz not null default now(),
    unique (programme_id, name)
  );
  create table cohort_members (
    cohort_id uuid not null references startup_cohorts(id) on delete cascade,
    enterprise_id uuid not null references enterprises(id) on delete cascade,
    joined_at timestamptz not null default now(),
    primary key (cohort_id, enterprise_id)
  );
  create index cohort_members_enterprise_idx on cohort_members (enterprise_id);
  create table cohort_sessions (
    id uuid primary key default gen_random_uuid(),
    cohort_id uuid not null references startup_cohorts(id) on delete cascade,
    module_code text check (module_code ~ '^[a-z][a-z0-9_]{0,39}$'),
    title text not null check (length(btrim(title)) between 1 and 200),
    starts_at timestamptz not null,
    capacity integer not null check (capacity between 1 and 500)
  );
  create index cohort_sessions_cohort_idx on cohort_sessions (cohort_id, starts_at);
  create table session_attendance (
    session_id uuid not null references cohort_sessions(id) on delete cascade,
    enterprise_id uuid not null references enterprises(id) on delete cascade,
    attended_at timestamptz not null default now(),
    primary key (session_id, enterprise_id)
  );
  create table startup_progress (
    enterprise_id uuid not null references enterprises(id) on delete cascade,
    module_code text not null check (module_code ~ '^[a-z][a-z0-9_]{0,39}$'),
    status text not null check (status in ('not_started','in_progress','completed')),
    updated_at timestamptz not null default now(),
    primary key (enterprise_id, module_code)
  );
  create table startup_support_log (
    id uuid primary key default gen_random_uuid(),
    enterprise_id uuid not null references enterprises(id) on delete cascade,
    held_on date not null,
    minutes integer not null check (minutes between 1 and 1440),
    topic text not null check (length(btrim(topic)) between 1 and 200),
    notes text not null default '' check (length(notes) <= 4000),
    logged_by uuid references users(id) on delete set null,
    created_at timestamptz not null default now()
  );
  create index startup_support_log_enterprise_idx on startup_support_log (enterprise_id, held_on desc);
  create table startup_milestones (
    enterprise_id uuid not null references enterprises(id) on delete cascade,
    milestone text not null check (milestone in ('registered','first_sale','first_hire')),
    reached_on date not null,
    primary key (enterprise_id, milestone)
  );
  create table peer_posts (
    id uuid primary key default gen_random_uuid(),
    cohort_id uuid not null references startup_cohorts(id) on delete cascade,
    parent_id uuid references peer_posts(id) on delete cascade,
    author_id uuid references users(id) on delete set null,
    body text not null check (length(btrim(body)) between 1 and 4000),
    created_at timestamptz not null default now()
  );
  create index peer_posts_cohort_idx on peer_posts (cohort_id, created_at desc);
  create table mentors (
    id uuid primary key default gen_random_uuid(),
    partner_id uuid not null references partners(id),
    user_id uuid unique references users(id) on delete set null,
    name text not null check (length(btrim(name)) between 1 and 120),
    email text not null unique check (email = lower(email) and length(email) between 3 and 254),
    job_title text not null default '' check (length(job_title) <= 120),
    skills text[] not null default '{}' check (cardinality(skills) <= 20),
    sectors text[] not null default '{}' check (cardinality(sectors) <= 10),
    languages text[] not null default '{}' check (cardinality(languages) between 1 and 10),
    hours_per_month integer not null check (hours_per_month between 1 and 80),
    max_mentees integer not null default 2 check (max_mentees between 1 and 10),
    bio text not null default '' check (length(bio) <= 2000),
    status text not null default 'active' check (status in ('active','paused')),
    created_at timestamptz not null default now()
  );
  create table mentor_relationships (
    id uuid primary key default gen_random_uuid(),
    mentor_id uuid not null references mentors(id) on delete cascade,
    enterprise_id uuid not null references enterprises(id) on delete cascade,
    status text not null default 'active' check (status in ('active','ended')),
    score integer not null check (score between 0 and 100),
    reasons jsonb not null default '[]',
    confirmed_by uuid references users(id) on delete set null,
    confirmed_at timestamptz not null default now(),
    ended_at timestamptz
  );
  create unique index mentor_relationships_active_key on mentor_relationships (mentor_id, enterprise_id)
    where status = 'active';
  create index mentor_relationships_enterprise_idx on mentor_relationships (enterprise_id);
  create table mentor_sessions (
    id uuid primary key default gen_random_uuid(),
    relationship_id uuid not null references mentor_relationships(id) on delete cascade,
    held_on date not null,
    minutes integer not null check (minutes between 1 and 1440),
    notes text not null default '' check (length(notes) <= 4000),
    rating integer check (rating between 1 and 5),
    feedback text not null default '' check (length(feedback) <= 2000),
    logged_by uuid references users(id) on delete set null,
    created_at timestamptz not null default now()
  );
  create index mentor_sessions_relationship_idx on mentor_sessions (relationship_id, held_on desc);
  create table network_members (
    enterprise_id uuid primary key references enterprises(id) on delete cascade,
    joined_on date not null,
    status text not null default 'active' check (status in ('active','lapsed'))
  );
  alter table comms_events add column kind text not null default 'event'
    check (kind in ('event','network_meeting','workshop','awareness_day','peer_group'));
  alter table comms_events add column capacity integer check (capacity between 1 and 10000);
  alter table comms_events add column speakers text[] not null default '{}' check (cardinality(speakers) <= 20);
  alter table comms_events add column topics text[] not null default '{}' check (cardinality(topics) <= 20);
  create index comms_events_kind_idx on comms_events (kind, starts_at);
  create table event_registrations (
    id uuid primary key default gen_random_uuid(),
    event_id uuid not null references comms_events(id) on delete cascade,
    user_id uuid references users(id) on delete set null,
    name text not null check (length(btrim(name)) between 1 and 120),
    email text not null check (email = lower(email) and length(email) between 3 and 254),
    language text not null default 'en' check (language ~ '^[a-z]{2,3}$'),
    enterprise_id uuid references enterprises(id) on delete set null,
    attended boolean,
    registered_at timestamptz not null default now(),
    unique (event_id, email)
  );
  create index event_registrations_user_idx on event_registrations (user_id)
`;

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of ddl.split(/;\s*\n/).filter((s) => s.trim() !== '')) {
    await sql.raw(statement).execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'event_registrations',
    'network_members',
    'mentor_sessions',
    'mentor_relationships',
    'mentors',
    'peer_posts',
    'startup_milestones',
    'startup_support_log',
    'startup_progress',
    'session_attendance',
    'cohort_sessions',
    'cohort_members',
    'startup_cohorts',
    'programme_modules',
    'startup_programmes',
  ]) {
    await sql`drop table ${sql.table(table)}`.execute(db);
  }
  for (const column of ['topics', 'speakers', 'capacity', 'kind'])
    await sql`alter table comms_events drop column ${sql.ref(column)}`.execute(db);
}
