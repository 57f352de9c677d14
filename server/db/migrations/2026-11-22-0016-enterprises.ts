import { sql, type Kysely } from 'kysely';

// Social-enterprise growth (issue 6), foundation: the enterprise directory (with contacts, linked users, pending
// change requests and logos), consortia by market, "which model fits" guide leads and the baseline survey link.
// Legal forms and markets are city-pack data (checked by the service); the database checks their shape.
const ddl = `
  create table enterprises (
    id uuid primary key default gen_random_uuid(),
    partner_id uuid references partners(id),
    name text not null check (length(btrim(name)) between 1 and 200),
    name_key text generated always as (lower(btrim(name))) stored,
    legal_form text not null check (legal_form ~ '^[a-z][a-z0-9_]{0,39}$'),
    stage text not null check (stage in ('idea','start_up','established')),
    markets text[] not null default '{}' check (cardinality(markets) <= 10),
    sectors text[] not null default '{}' check (cardinality(sectors) <= 20),
    products_services text not null default '' check (length(products_services) <= 2000),
    area_id uuid references areas(id),
    local_jobs integer not null default 0 check (local_jobs between 0 and 100000),
    turnover_band text not null default 'unknown'
      check (turnover_band in ('unknown','none','under_10k','10k_50k','50k_250k','250k_1m','over_1m')),
    social_mission text not null default '' check (length(social_mission) <= 2000),
    members_count integer check (members_count between 0 and 1000000),
    website text check (length(website) <= 300),
    public_email text check (public_email = lower(public_email) and length(public_email) between 3 and 254),
    listed_publicly boolean not null default false,
    status text not null default 'pending' check (status in ('pending','approved')),
    -- lower-cased name, products, sectors, mission and market labels, kept by the service for text search
    search_text text not null default '',
    created_by uuid references users(id) on delete set null,
    version integer not null default 1 check (version >= 1),
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
  );
  create unique index enterprises_name_area_key
    on enterprises (name_key, coalesce(area_id, '00000000-0000-0000-0000-000000000000'::uuid));
  create index enterprises_search_trgm on enterprises using gin (search_text gin_trgm_ops);
  create index enterprises_markets_gin on enterprises using gin (markets);
  create index enterprises_area_idx on enterprises (area_id, name_key);
  create index enterprises_name_idx on enterprises (name_key, id);
  create index enterprises_public_idx on enterprises (name_key, id) where listed_publicly and status = 'approved';
  create index enterprises_partner_idx on enterprises (partner_id);
  create table enterprise_contacts (
    id uuid primary key default gen_random_uuid(),
    enterprise_id uuid not null references enterprises(id) on delete cascade,
    name text not null check (length(name) between 1 and 120),
    role text not null default '' check (length(role) <= 120),
    email text check (email = lower(email) and length(email) between 3 and 254),
    phone text check (length(phone) between 3 and 40),
    position integer not null default 0 check (position >= 0)
  );
  create index enterprise_contacts_enterprise_idx on enterprise_contacts (enterprise_id, position);
  -- platform users (enterprise_member role) who may edit the enterprise's entry
  create table enterprise_users (
    enterprise_id uuid not null references enterprises(id) on delete cascade,
    user_id uuid not null references users(id) on delete cascade,
    linked_at timestamptz not null default now(),
    primary key (enterprise_id, user_id)
  );
  create index enterprise_users_user_idx on enterprise_users (user_id);
  create table enterprise_changes (
    id uuid primary key default gen_random_uuid(),
    enterprise_id uuid not null references enterprises(id) on delete cascade,
    base_version integer not null check (base_version >= 1),
    proposed jsonb not null,
    status text not null default 'pending' check (status in ('pending','approved','rejected')),
    requested_by uuid references users(id) on delete set null,
    requested_at timestamptz not null default now(),
    decided_by uuid references users(id) on delete set null,
    decided_at timestamptz,
    note text not null default '' check (length(note) <= 2000),
    check ((status = 'pending') = (decided_at is null))
  );
  create unique index enterprise_changes_one_pending on enterprise_changes (enterprise_id) where status = 'pending';
  create index enterprise_changes_status_idx on enterprise_changes (status, requested_at desc);
  create table enterprise_logos (
    enterprise_id uuid primary key references enterprises(id) on delete cascade,
    content_type text not null check (content_type in ('image/png','image/jpeg','image/webp')),
    bytes bytea not null,
    size integer not null check (size between 1 and 262144),
    updated_at timestamptz not null default now()
  );
  create table consortia (
    id uuid primary key default gen_random_uuid(),
    name text not null check (length(btrim(name)) between 1 and 200),
    market text not null check (market ~ '^[a-z][a-z0-9_]{0,39}$'),
    lead_enterprise_id uuid references enterprises(id) on delete set null,
    capabilities text[] not null default '{}' check (cardinality(capabilities) <= 30),
    description text not null default '' check (length(description) <= 2000),
    version integer not null default 1 check (version >= 1),
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
  );
  create unique index consortia_name_key on consortia (lower(btrim(name)));
  create index consortia_market_idx on consortia (market);
  create table consortium_members (
    consortium_id uuid not null references consortia(id) on delete cascade,
    enterprise_id uuid not null references enterprises(id) on delete cascade,
    role text not null default 'member' check (role in ('lead','member')),
    joined_at timestamptz not null default now(),
    primary key (consortium_id, enterprise_id)
  );
  create index consortium_members_enterprise_idx on consortium_members (enterprise_id);
  create table guide_leads (
    id uuid primary key default gen_random_uuid(),
    name text not null check (length(btrim(name)) between 1 and 120),
    email text check (email = lower(email) and length(email) between 3 and 254),
    phone text check (length(phone) between 3 and 40),
    language text not null default 'en' check (language ~ '^[a-z]{2,3}$'),
    idea text not null default '' check (length(idea) <= 2000),
    area_id uuid references areas(id),
    answers jsonb not null,
    suggestion text not null check (suggestion in ('community_organisation','co_operative','social_enterprise')),
    consent_at timestamptz not null,
    status text not null default 'new' check (status in ('new','contacted','converted','closed')),
    enterprise_id uuid references enterprises(id),
    version integer not null default 1 check (version >= 1),
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    check (email is not null or phone is not null),
    check ((status = 'converted') = (enterprise_id is not null))
  );
  create index guide_leads_status_idx on guide_leads (status, created_at desc);
  -- research questionnaires run as the baseline survey of enterprises (their answers feed the directory statistics)
  create table enterprise_baseline_forms (
    form_id uuid primary key references research_forms(id) on delete cascade,
    linked_by uuid references users(id) on delete set null,
    linked_at timestamptz not null default now()
  )
`;

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of ddl.split(/;\s*\n/).filter((s) => s.trim() !== '')) {
    await sql.raw(statement).execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'enterprise_baseline_forms',
    'guide_leads',
    'consortium_members',
    'consortia',
    'enterprise_logos',
    'enterprise_changes',
    'enterprise_users',
    'enterprise_contacts',
    'enterprises',
  ]) {
    await sql`drop table ${sql.table(table)}`.execute(db);
  }
}
