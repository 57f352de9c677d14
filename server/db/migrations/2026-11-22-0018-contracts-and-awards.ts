import { sql, type Kysely } from 'kysely';

// Social-enterprise growth (issue 6), contracts and grants: tender and grant details on asset-graph opportunities
// of kind 'contract' and 'grant' (like vacancy_details, ADR 0015), bids by an enterprise or a consortium, awards
// with each enterprise's share in the value-retained-locally ledger, and the city's social-value measures.
const code = `~ '^[a-z][a-z0-9_]{0,39}$'`;
const ddl = `
  create table contract_details (
    opportunity_id uuid primary key references opportunities(id) on delete cascade,
    ocid text not null unique check (ocid ~ '^ocds-[a-z0-9]{1,20}-[A-Za-z0-9._-]{1,80}$'),
    buyer_partner_id uuid not null references partners(id),
    currency text not null default 'GBP' check (currency ~ '^[A-Z]{3}$'),
    procurement_method text not null default 'open' check (procurement_method in ('open','selective','limited','direct')),
    main_category text not null default 'services' check (main_category in ('goods','works','services')),
    items jsonb not null default '[]'::jsonb check (jsonb_typeof(items) = 'array'),
    updated_at timestamptz not null default now()
  );
  create index contract_details_buyer_idx on contract_details (buyer_partner_id);
  create table grant_details (
    opportunity_id uuid primary key references opportunities(id) on delete cascade,
    identifier text not null unique check (identifier ~ '^360G-[A-Za-z0-9._-]{1,100}$'),
    funder_partner_id uuid references partners(id),
    funder_name text not null check (length(btrim(funder_name)) between 1 and 200),
    funder_org_id text not null check (funder_org_id ~ '^([A-Z]{2}-[A-Za-z0-9]{2,10}|360G-[A-Za-z0-9]{1,20})-[A-Za-z0-9._-]{1,60}$'),
    currency text not null default 'GBP' check (currency ~ '^[A-Z]{3}$'),
    grant_programme text not null default '' check (length(grant_programme) <= 200),
    planned_start date,
    planned_end date,
    updated_at timestamptz not null default now(),
    check (planned_end is null or planned_start is null or planned_end >= planned_start)
  );
  -- the listing and matching copy of each contract or grant (like vacancy_match_features): what the opportunity
  -- says (read through the assets service) with the market and capabilities asked for; refreshed on every write
  -- through this module and whenever one is read
  create table contract_grant_features (
    opportunity_id uuid primary key references opportunities(id) on delete cascade,
    kind text not null check (kind in ('contract','grant')),
    partner_id uuid not null references partners(id),
    title text not null,
    status text not null,
    value numeric(14,2),
    area_id uuid references areas(id),
    closes_on date,
    market text not null check (market ${code}),
    capabilities text[] not null default '{}' check (cardinality(capabilities) <= 20),
    search_text text not null default '',
    created_at timestamptz not null default now()
  );
  create index contract_grant_features_market_idx on contract_grant_features (market, kind);
  create index contract_grant_features_search_trgm on contract_grant_features using gin (search_text gin_trgm_ops);
  create index contract_grant_features_closes_idx on contract_grant_features (closes_on, opportunity_id);
  create table bids (
    id uuid primary key default gen_random_uuid(),
    opportunity_id uuid not null references opportunities(id),
    enterprise_id uuid references enterprises(id),
    consortium_id uuid references consortia(id),
    status text not null default 'draft' check (status in ('draft','submitted','won','lost','withdrawn')),
    amount numeric(14,2) check (amount > 0 and amount <= 100000000),
    notes text not null default '' check (length(notes) <= 2000),
    submitted_at timestamptz,
    decided_at timestamptz,
    created_by uuid references users(id) on delete set null,
    version integer not null default 1 check (version >= 1),
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    check ((enterprise_id is null) <> (consortium_id is null))
  );
  create unique index bids_one_per_enterprise on bids (opportunity_id, enterprise_id) where enterprise_id is not null;
  create unique index bids_one_per_consortium on bids (opportunity_id, consortium_id) where consortium_id is not null;
  create index bids_status_idx on bids (status, updated_at desc);
  create index bids_consortium_idx on bids (consortium_id);
  create index bids_enterprise_idx on bids (enterprise_id);
  create table awards (
    id uuid primary key default gen_random_uuid(),
    opportunity_id uuid not null references opportunities(id),
    bid_id uuid not null unique references bids(id),
    source text not null check (source in ('contract','grant')),
    funder_name text not null check (length(btrim(funder_name)) between 1 and 200),
    amount numeric(14,2) not null check (amount > 0 and amount <= 100000000),
    currency text not null default 'GBP' check (currency ~ '^[A-Z]{3}$'),
    award_date date not null,
    year integer generated always as (extract(year from award_date)::int) stored,
    created_by uuid references users(id) on delete set null,
    created_at timestamptz not null default now()
  );
  create index awards_year_idx on awards (year);
  create index awards_opportunity_idx on awards (opportunity_id);
  -- each enterprise's share of an award, with its ward when the award was made: the ledger's rows
  create table award_shares (
    award_id uuid not null references awards(id) on delete cascade,
    enterprise_id uuid not null references enterprises(id),
    area_id uuid references areas(id),
    amount numeric(14,2) not null check (amount > 0),
    primary key (award_id, enterprise_id)
  );
  create index award_shares_area_idx on award_shares (area_id);
  create index award_shares_enterprise_idx on award_shares (enterprise_id);
  create table social_value_measures (
    code text primary key check (code ${code}),
    label jsonb not null check (jsonb_typeof(label) = 'object' and label ? 'en'),
    unit text not null check (unit in ('count','gbp','hours','percent')),
    description text not null default '' check (length(description) <= 1000),
    active boolean not null default true,
    position integer not null default 0 check (position >= 0),
    version integer not null default 1 check (version >= 1),
    updated_at timestamptz not null default now()
  );
  create table award_measures (
    award_id uuid not null references awards(id) on delete cascade,
    measure_code text not null references social_value_measures(code),
    value numeric(14,2) not null check (value >= 0 and value <= 1000000000),
    note text not null default '' check (length(note) <= 500),
    recorded_by uuid references users(id) on delete set null,
    recorded_at timestamptz not null default now(),
    primary key (award_id, measure_code)
  )
`;

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of ddl.split(/;\s*\n/).filter((s) => s.trim() !== '')) {
    await sql.raw(statement).execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'award_measures',
    'social_value_measures',
    'award_shares',
    'awards',
    'bids',
    'contract_grant_features',
    'grant_details',
    'contract_details',
  ]) {
    await sql`drop table ${sql.table(table)}`.execute(db);
  }
}
