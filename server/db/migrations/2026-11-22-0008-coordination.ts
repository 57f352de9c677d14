import { sql, type Kysely } from 'kysely';

// Partnership coordination (issue 7, first slice): governance bodies and their members, meetings with agenda,
// papers, attendance, decisions, and tasks (a meeting's actions are tasks with meeting_id set), with links to
// records in other modules (by type and id: those modules own the rows, so no foreign key) and comments.
const ddl = `
  create table governance_bodies (
    id uuid primary key default gen_random_uuid(),
    slug text not null unique check (slug ~ '^[a-z0-9][a-z0-9-]{0,99}$'),
    name text not null check (length(name) between 1 and 200),
    kind text not null check (kind in ('board','steering_group','macro_asset_group','custom')),
    macro_asset_id uuid references macro_assets(id) on delete set null,
    description text not null default '',
    created_at timestamptz not null default now()
  );
  create table governance_body_members (
    id uuid primary key default gen_random_uuid(),
    body_id uuid not null references governance_bodies(id) on delete cascade,
    user_id uuid references users(id) on delete cascade,
    partner_id uuid references partners(id) on delete cascade,
    check ((user_id is null) <> (partner_id is null))
  );
  create unique index governance_body_members_user_key on governance_body_members (body_id, user_id)
    where user_id is not null;
  create unique index governance_body_members_partner_key on governance_body_members (body_id, partner_id)
    where partner_id is not null;
  create index governance_body_members_user_idx on governance_body_members (user_id);
  create index governance_body_members_partner_idx on governance_body_members (partner_id);
  create table meetings (
    id uuid primary key default gen_random_uuid(),
    body_id uuid not null references governance_bodies(id) on delete restrict,
    title text not null check (length(title) between 1 and 200),
    starts_at timestamptz not null,
    ends_at timestamptz not null,
    location text not null default '',
    minutes text not null default '',
    agenda jsonb not null default '[]'::jsonb,
    papers jsonb not null default '[]'::jsonb,
    sequence integer not null default 0 check (sequence >= 0),
    created_by uuid references users(id) on delete set null,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    check (ends_at > starts_at)
  );
  create index meetings_body_idx on meetings (body_id, starts_at desc);
  create table meeting_attendees (
    meeting_id uuid not null references meetings(id) on delete cascade,
    user_id uuid not null references users(id) on delete cascade,
    status text not null default 'invited' check (status in ('invited','attended','apologies')),
    primary key (meeting_id, user_id)
  );
  create index meeting_attendees_user_idx on meeting_attendees (user_id);
  create table meeting_decisions (
    id uuid primary key default gen_random_uuid(),
    meeting_id uuid not null references meetings(id) on delete cascade,
    text text not null check (length(text) between 1 and 5000),
    created_at timestamptz not null default now()
  );
  create index meeting_decisions_meeting_idx on meeting_decisions (meeting_id, created_at);
  create table tasks (
    id uuid primary key default gen_random_uuid(),
    title text not null check (length(title) between 1 and 200),
    description text not null default '',
    owner_user_id uuid not null references users(id) on delete restrict,
    owner_partner_id uuid not null references partners(id) on delete restrict,
    due_on date,
    status text not null default 'todo' check (status in ('todo','doing','done','cancelled')),
    work_package_id uuid references work_packages(id) on delete set null,
    meeting_id uuid references meetings(id) on delete set null,
    version integer not null default 1 check (version >= 1),
    created_by uuid references users(id) on delete set null,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
  );
  create index tasks_partner_idx on tasks (owner_partner_id, status);
  create index tasks_owner_idx on tasks (owner_user_id, status);
  create index tasks_due_idx on tasks (due_on) where status in ('todo','doing');
  create index tasks_meeting_idx on tasks (meeting_id);
  create table task_links (
    task_id uuid not null references tasks(id) on delete cascade,
    record_type text not null check (record_type in ('macro_asset','opportunity','micro_asset')),
    record_id uuid not null,
    primary key (task_id, record_type, record_id)
  );
  create table task_comments (
    id uuid primary key default gen_random_uuid(),
    task_id uuid not null references tasks(id) on delete cascade,
    author_user_id uuid references users(id) on delete set null,
    body text not null check (length(body) between 1 and 5000),
    created_at timestamptz not null default now()
  );
  create index task_comments_task_idx on task_comments (task_id, created_at)
`;

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of ddl.split(/;\s*\n/).filter((s) => s.trim() !== '')) {
    await sql.raw(statement).execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'task_comments',
    'task_links',
    'tasks',
    'meeting_decisions',
    'meeting_attendees',
    'meetings',
    'governance_body_members',
    'governance_bodies',
  ]) {
    await sql`drop table ${sql.table(table)}`.execute(db);
  }
}
