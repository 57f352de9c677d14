import { sql, type Kysely } from 'kysely';

// The asset graph: occupations taxonomy, opportunities (with change history), micro-assets, merges.
// Resident-owned micro-assets never carry coordinates: they are mapped only as counts per area.
const ddl = `
  create extension if not exists pg_trgm;

  create table occupations (
    code text primary key check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    isco08 text not null check (isco08 ~ '^[0-9]{4}$'),
    soc2020 text not null check (soc2020 ~ '^[0-9]{4}$'),
    sector text not null,
    regulated boolean not null default false,
    regulator text,
    labels jsonb not null,
    synonyms jsonb not null default '{}'::jsonb,
    search_text text not null default '',
    updated_at timestamptz not null default now()
  );
  create index occupations_search_trgm on occupations using gin (search_text gin_trgm_ops);

  create table taxonomy_versions (
    name text primary key,
    version text not null,
    loaded_at timestamptz not null default now()
  );

  create table opportunities (
    id uuid primary key default gen_random_uuid(),
    partner_id uuid not null references partners(id),
    macro_asset_id uuid references macro_assets(id),
    kind text not null check (kind in ('vacancy','training_place','work_placement','contract','grant','volunteering','space')),
    title text not null check (length(title) between 1 and 200),
    description text not null default '',
    qualifications jsonb not null default '[]'::jsonb,
    english_level text check (english_level in ('A1','A2','B1','B2','C1','C2')),
    legal_gates jsonb not null default '[]'::jsonb,
    area_id uuid references areas(id),
    lat double precision check (lat between -90 and 90),
    lng double precision check (lng between -180 and 180),
    quantity integer not null default 1 check (quantity between 1 and 100000),
    value numeric(14,2) check (value >= 0),
    opens_on date,
    closes_on date,
    status text not null default 'open' check (status in ('draft','open','closed','filled','cancelled')),
    version integer not null default 1,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    check (closes_on is null or opens_on is null or closes_on >= opens_on),
    check ((lat is null) = (lng is null))
  );
  create index opportunities_macro_asset_idx on opportunities (macro_asset_id);
  create index opportunities_area_idx on opportunities (area_id);
  create index opportunities_latlng_idx on opportunities (lat, lng);
  create index opportunities_title_trgm on opportunities using gin (title gin_trgm_ops);

  create table opportunity_occupations (
    opportunity_id uuid not null references opportunities(id) on delete cascade,
    occupation_code text not null references occupations(code),
    primary key (opportunity_id, occupation_code)
  );
  create index opportunity_occupations_code_idx on opportunity_occupations (occupation_code);

  create table opportunity_changes (
    id bigserial primary key,
    opportunity_id uuid not null references opportunities(id) on delete cascade,
    version integer not null,
    at timestamptz not null default now(),
    actor_user_id uuid references users(id) on delete set null,
    actor_email text,
    change text not null check (change in ('create','update','delete')),
    before jsonb,
    after jsonb
  );
  create index opportunity_changes_opportunity_idx on opportunity_changes (opportunity_id, version);

  create table micro_assets (
    id uuid primary key default gen_random_uuid(),
    partner_id uuid not null references partners(id),
    category text not null check (category in ('human','community','physical','financial')),
    kind text not null check (kind in ('skill','qualification','talent','idea','group','network','social_enterprise','building','green_space','blue_space','financial')),
    name text not null check (length(name) between 1 and 200),
    description text not null default '',
    occupation_code text references occupations(code),
    owner_type text not null check (owner_type in ('resident','partner','area')),
    resident_id uuid references residents(id) on delete cascade,
    owner_partner_id uuid references partners(id),
    area_id uuid references areas(id),
    lat double precision check (lat between -90 and 90),
    lng double precision check (lng between -180 and 180),
    provenance text not null check (provenance in ('questionnaire','interview','partner_report','self_registration','import')),
    source_ref text,
    visibility text not null default 'partners' check (visibility in ('public','partners','private')),
    sensitive boolean not null default false,
    merged_into_id uuid references micro_assets(id),
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    check (
      (category = 'human' and kind in ('skill','qualification','talent','idea')) or
      (category = 'community' and kind in ('group','network','social_enterprise')) or
      (category = 'physical' and kind in ('building','green_space','blue_space')) or
      (category = 'financial' and kind = 'financial')
    ),
    check ((owner_type = 'resident') = (resident_id is not null)),
    check ((owner_type = 'partner') = (owner_partner_id is not null)),
    check (owner_type <> 'area' or area_id is not null),
    check (owner_type <> 'resident' or (lat is null and lng is null)),
    check ((lat is null) = (lng is null))
  );
  create index micro_assets_occupation_area_idx on micro_assets (occupation_code, area_id);
  create index micro_assets_area_idx on micro_assets (area_id, category);
  create index micro_assets_latlng_idx on micro_assets (lat, lng);
  create index micro_assets_resident_idx on micro_assets (resident_id);
  create index micro_assets_name_trgm on micro_assets using gin (name gin_trgm_ops);

  alter table partners add column merged_into_id uuid references partners(id);
  create index partners_name_trgm on partners using gin (name gin_trgm_ops);
  create index areas_name_trgm on areas using gin (name gin_trgm_ops);
  create index macro_assets_name_trgm on macro_assets using gin (name gin_trgm_ops);
  create index residents_area_idx on residents (area_id);

  create table merges (
    id bigserial primary key,
    entity text not null check (entity in ('partner','micro_asset')),
    kept_id uuid not null,
    merged_id uuid not null,
    at timestamptz not null default now(),
    actor_user_id uuid references users(id) on delete set null,
    snapshot jsonb not null,
    check (kept_id <> merged_id)
  );
`;

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of ddl.split(/;\s*\n/).filter((s) => s.trim() !== '')) {
    await sql.raw(statement).execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'merges',
    'micro_assets',
    'opportunity_changes',
    'opportunity_occupations',
    'opportunities',
    'taxonomy_versions',
    'occupations',
  ]) {
    await sql`drop table ${sql.table(table)}`.execute(db);
  }
  await sql`alter table partners drop column merged_into_id`.execute(db);
}
