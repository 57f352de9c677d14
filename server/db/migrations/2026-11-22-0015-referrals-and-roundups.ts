import { sql, type Kysely } from 'kysely';

// Partnership coordination (issue 7, second slice): residents' consents per purpose, referrals between work
// packages, the activity feed, weekly round-ups and their deliveries, partner contacts, work-package members,
// objectives and milestones, the communications calendar, stories (with a consent level) and champions.
const ddl = `
  create table resident_consents (
    resident_id uuid not null references residents(id) on delete cascade,
    purpose text not null check (purpose in ('contact','referral','matching','enterprise_support','research','publicity')),
    granted boolean not null,
    recorded_at timestamptz not null default now(),
    recorded_by uuid references users(id) on delete set null,
    primary key (resident_id, purpose)
  );
  create table referrals (
    id uuid primary key default gen_random_uuid(),
    resident_id uuid not null references residents(id) on delete cascade,
    from_partner_id uuid not null references partners(id),
    from_work_package_id uuid references work_packages(id) on delete set null,
    to_work_package_id uuid not null references work_packages(id),
    to_partner_id uuid not null references partners(id),
    reason text not null check (length(reason) between 1 and 2000),
    status text not null default 'sent' check (status in ('sent','accepted','declined','completed')),
    decline_reason text check (decline_reason is null or length(decline_reason) between 1 and 2000),
    sent_by uuid references users(id) on delete set null,
    sent_at timestamptz not null default now(),
    responded_by uuid references users(id) on delete set null,
    responded_at timestamptz,
    completed_at timestamptz,
    version integer not null default 1 check (version >= 1),
    updated_at timestamptz not null default now(),
    check (status <> 'declined' or decline_reason is not null),
    check ((status = 'sent') = (responded_at is null))
  );
  create index referrals_to_idx on referrals (to_partner_id, status, sent_at desc);
  create index referrals_from_idx on referrals (from_partner_id, status, sent_at desc);
  create index referrals_resident_idx on referrals (resident_id);
  create table activity_events (
    id uuid primary key default gen_random_uuid(),
    kind text not null check (kind in ('asset','opportunity','response','match','placement','award','event','meeting','task','referral','indicator','story')),
    partner_id uuid references partners(id) on delete cascade,
    work_package_id uuid references work_packages(id) on delete set null,
    subject_type text not null check (subject_type ~ '^[a-z][a-z0-9_]{0,39}$'),
    subject_id text not null check (length(subject_id) between 1 and 100),
    summary text not null check (length(summary) between 1 and 300),
    visibility text not null check (visibility in ('public','partners','partner','coordinators')),
    actor_user_id uuid references users(id) on delete set null,
    occurred_at timestamptz not null default now()
  );
  create index activity_events_at_idx on activity_events (occurred_at desc);
  create index activity_events_partner_idx on activity_events (partner_id, occurred_at desc);
  create index activity_events_wp_idx on activity_events (work_package_id, occurred_at desc);
  create index activity_events_news_idx on activity_events (partner_id, occurred_at desc) where visibility = 'partner';
  create table partner_contacts (
    id uuid primary key default gen_random_uuid(),
    partner_id uuid not null references partners(id) on delete cascade,
    name text not null check (length(name) between 1 and 120),
    email text not null check (email = lower(email) and length(email) between 3 and 254),
    language text not null default 'en' check (language ~ '^[a-z]{2,3}$'),
    unique (partner_id, email)
  );
  create table roundups (
    id uuid primary key default gen_random_uuid(),
    week_start date not null unique,
    status text not null default 'draft' check (status in ('draft','approved','sent')),
    intro text not null default '',
    highlights jsonb not null default '[]'::jsonb,
    drafted_at timestamptz not null default now(),
    approved_by uuid references users(id) on delete set null,
    approved_at timestamptz,
    sent_at timestamptz,
    version integer not null default 1 check (version >= 1),
    updated_at timestamptz not null default now(),
    check (status = 'draft' or approved_at is not null),
    check ((status = 'sent') = (sent_at is not null))
  );
  create table roundup_deliveries (
    id uuid primary key default gen_random_uuid(),
    roundup_id uuid not null references roundups(id) on delete cascade,
    partner_id uuid not null references partners(id) on delete cascade,
    email text not null,
    language text not null,
    mail_id uuid,
    created_at timestamptz not null default now(),
    unique (roundup_id, email)
  );
  create table work_package_members (
    work_package_id uuid not null references work_packages(id) on delete cascade,
    partner_id uuid not null references partners(id) on delete cascade,
    primary key (work_package_id, partner_id)
  );
  alter table work_packages add column objectives jsonb not null default '[]'::jsonb;
  alter table work_packages add column milestones jsonb not null default '[]'::jsonb;
  create table comms_events (
    id uuid primary key default gen_random_uuid(),
    title text not null check (length(title) between 1 and 200),
    description text not null default '',
    starts_at timestamptz not null,
    ends_at timestamptz not null,
    location text not null default '',
    partner_id uuid not null references partners(id),
    work_package_id uuid references work_packages(id) on delete set null,
    public boolean not null default false,
    created_by uuid references users(id) on delete set null,
    created_at timestamptz not null default now(),
    check (ends_at > starts_at)
  );
  create index comms_events_starts_idx on comms_events (starts_at);
  create table stories (
    id uuid primary key default gen_random_uuid(),
    kind text not null check (kind in ('case_study','quote')),
    title text not null check (length(title) between 1 and 200),
    body text not null check (length(body) between 1 and 10000),
    person_name text check (person_name is null or length(person_name) between 1 and 120),
    consent_level text not null check (consent_level in ('public_named','public_anonymous','internal')),
    partner_id uuid not null references partners(id),
    work_package_id uuid references work_packages(id) on delete set null,
    created_by uuid references users(id) on delete set null,
    created_at timestamptz not null default now()
  );
  create table champions (
    id uuid primary key default gen_random_uuid(),
    name text not null check (length(name) between 1 and 120),
    description text not null default '',
    partner_id uuid not null references partners(id),
    work_package_id uuid references work_packages(id) on delete set null,
    since date not null default current_date,
    created_at timestamptz not null default now()
  )
`;

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of ddl.split(/;\s*\n/).filter((s) => s.trim() !== '')) {
    await sql.raw(statement).execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'champions',
    'stories',
    'comms_events',
    'work_package_members',
    'roundup_deliveries',
    'roundups',
    'partner_contacts',
    'activity_events',
    'referrals',
    'resident_consents',
  ]) {
    await sql`drop table ${sql.table(table)}`.execute(db);
  }
  await sql`alter table work_packages drop column objectives, drop column milestones`.execute(db);
}
