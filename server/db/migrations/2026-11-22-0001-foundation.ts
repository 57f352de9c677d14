import { sql, type Kysely } from 'kysely';

// Migrations import no app code; raw SQL runs unchanged on PGlite and PostgreSQL.
// PGlite's extended protocol takes one statement per query, so the DDL is split on ';' at line ends.
const ddl = `
    create table programme (
      id smallint primary key default 1 check (id = 1),
      slug text not null,
      name text not null,
      city text not null,
      settings jsonb not null default '{}'::jsonb,
      loaded_at timestamptz not null default now()
    );

    create table partners (
      id uuid primary key default gen_random_uuid(),
      slug text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
      name text not null check (length(name) between 1 and 200),
      kind text not null check (kind in ('council','university','nhs_trust','ngo','company','social_enterprise','charity','other')),
      website text,
      description text not null default '',
      created_at timestamptz not null default now()
    );

    create table users (
      id uuid primary key default gen_random_uuid(),
      email text not null check (email = lower(email) and length(email) <= 254),
      display_name text not null check (length(display_name) between 1 and 120),
      password_hash text not null,
      role text not null check (role in ('programme_admin','work_package_lead','caseworker','community_researcher','partner_member','enterprise_member','employer','viewer')),
      partner_id uuid not null references partners(id),
      locale text check (locale ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$'),
      failed_attempts integer not null default 0 check (failed_attempts >= 0),
      locked_until timestamptz,
      disabled boolean not null default false,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create unique index users_email_key on users (email);
    create index users_partner_idx on users (partner_id);

    create table sessions (
      token_hash text primary key,
      user_id uuid not null references users(id) on delete cascade,
      created_at timestamptz not null default now(),
      expires_at timestamptz not null,
      last_seen_at timestamptz not null default now(),
      ip text,
      user_agent text
    );
    create index sessions_user_idx on sessions (user_id);

    create table audit_events (
      id bigserial primary key,
      at timestamptz not null default now(),
      actor_user_id uuid references users(id) on delete set null,
      actor_email text,
      action text not null,
      entity text not null,
      entity_id text,
      partner_id uuid,
      ip text,
      request_id text,
      detail jsonb not null default '{}'::jsonb
    );
    create index audit_events_at_idx on audit_events (at desc);
    create index audit_events_entity_idx on audit_events (entity, entity_id);
    create index audit_events_actor_idx on audit_events (actor_user_id);

    create table areas (
      id uuid primary key default gen_random_uuid(),
      slug text not null unique,
      name text not null,
      kind text not null check (kind in ('ward','neighbourhood')),
      code text,
      description text not null default '',
      boundary jsonb,
      centre_lat double precision check (centre_lat between -90 and 90),
      centre_lng double precision check (centre_lng between -180 and 180),
      min_lat double precision, min_lng double precision,
      max_lat double precision, max_lng double precision
    );
    create index areas_bbox_idx on areas (min_lat, max_lat, min_lng, max_lng);

    create table sites (
      id uuid primary key default gen_random_uuid(),
      slug text not null unique,
      name text not null,
      kind text not null,
      area_id uuid references areas(id),
      lat double precision not null check (lat between -90 and 90),
      lng double precision not null check (lng between -180 and 180),
      description text not null default ''
    );
    create index sites_latlng_idx on sites (lat, lng);

    create table work_packages (
      id uuid primary key default gen_random_uuid(),
      slug text not null unique,
      code text not null unique,
      name text not null,
      lead_partner_id uuid not null references partners(id),
      description text not null default ''
    );

    create table macro_assets (
      id uuid primary key default gen_random_uuid(),
      slug text not null unique,
      name text not null,
      kind text not null check (kind in ('hospital','housing','green_blue_infrastructure','university','transport','other')),
      owner_partner_id uuid not null references partners(id),
      investment_value numeric(16,2) check (investment_value >= 0),
      status text not null check (status in ('planned','in_progress','complete')),
      lat double precision check (lat between -90 and 90),
      lng double precision check (lng between -180 and 180),
      boundary jsonb,
      group_name text,
      site_id uuid references sites(id),
      phases jsonb not null default '[]'::jsonb,
      description text not null default '',
      created_at timestamptz not null default now()
    );
    create index macro_assets_owner_idx on macro_assets (owner_partner_id);

    create table residents (
      id uuid primary key default gen_random_uuid(),
      reference text not null unique,
      partner_id uuid not null references partners(id),
      display_name text not null check (length(display_name) between 1 and 120),
      area_id uuid references areas(id),
      languages jsonb not null default '[]'::jsonb,
      -- special-category field: AES-256-GCM ciphertext, never plaintext
      immigration_status_enc text,
      notes text not null default '',
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create index residents_partner_idx on residents (partner_id);
`;

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of ddl.split(/;\s*\n/).filter((s) => s.trim() !== '')) {
    await sql.raw(statement).execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  const tables = ['residents', 'macro_assets', 'work_packages', 'sites', 'areas', 'audit_events'];
  for (const table of [...tables, 'sessions', 'users', 'partners', 'programme']) {
    await sql`drop table ${sql.table(table)}`.execute(db);
  }
}
