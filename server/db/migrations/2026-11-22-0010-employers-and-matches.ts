import { sql, type Kysely } from 'kysely';

// Skills matching, employers side: anchor employers (a partner that recruits), the matching details of a vacancy
// (the vacancy itself is an asset-graph opportunity of kind 'vacancy': ADR 0012), precomputed match features for
// candidates and vacancies (derived data, rebuilt by a rematch), and matches a caseworker confirmed or rejected.
const ddl = `
  create table employers (
    partner_id uuid primary key references partners(id),
    kind text not null check (kind in ('nhs_trust','social_care','other')),
    area_id uuid references areas(id),
    lat double precision check (lat between -90 and 90),
    lng double precision check (lng between -180 and 180),
    active boolean not null default true,
    created_at timestamptz not null default now(),
    check ((lat is null) = (lng is null))
  );

  create table vacancy_details (
    opportunity_id uuid primary key references opportunities(id) on delete cascade,
    employer_partner_id uuid not null references employers(partner_id),
    pay_scale text not null default 'afc' check (pay_scale in ('afc','medical','other')),
    band integer check (band between 1 and 9),
    role text check (role ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    registration text check (registration in ('GMC','NMC','HCPC','GPhC','GDC')),
    dbs text not null default 'enhanced' check (dbs in ('none','basic','enhanced')),
    paid boolean not null default true,
    hours text not null default 'full-time' check (hours in ('full-time','part-time','flexible')),
    updated_at timestamptz not null default now()
  );
  create index vacancy_details_employer_idx on vacancy_details (employer_partner_id);

  create table vacancy_match_features (
    opportunity_id uuid primary key references opportunities(id) on delete cascade,
    partner_id uuid not null references partners(id),
    title text not null,
    status text not null,
    quantity integer not null,
    occupation_codes text[] not null,
    band integer,
    registration text,
    dbs text not null,
    paid boolean not null,
    cefr integer not null check (cefr between 0 and 6),
    lat double precision,
    lng double precision,
    closes_on date,
    refreshed_at timestamptz not null default now()
  );
  create index vacancy_match_features_codes_idx on vacancy_match_features using gin (occupation_codes);

  create table candidate_match_features (
    candidate_id uuid not null references candidates(id) on delete cascade,
    occupation_code text not null,
    partner_id uuid not null,
    profession text,
    regulator text,
    right_to_work text not null,
    right_to_work_expires_on date,
    dbs text not null,
    cefr integer not null check (cefr between 0 and 6),
    cefr_source text not null check (cefr_source in ('test','self','none')),
    english_for_regulator text not null check (english_for_regulator in ('met','not-met','unknown','none')),
    english_shortfall double precision,
    stage double precision not null check (stage between 0 and 1),
    registered boolean not null,
    current_step text,
    steps_left jsonb not null default '[]'::jsonb,
    ready_in_months double precision,
    ready_basis text,
    static_open double precision not null,
    static_reg double precision not null,
    lat double precision,
    lng double precision,
    refreshed_at timestamptz not null default now(),
    primary key (candidate_id, occupation_code)
  );
  create index candidate_match_features_open_idx on candidate_match_features (occupation_code, static_open desc);
  create index candidate_match_features_reg_idx on candidate_match_features (occupation_code, static_reg desc);

  -- one row: the candidates changed after this were not yet turned into features
  create table match_watermarks (
    name text primary key,
    seen_until timestamptz not null
  );
  create index candidates_updated_idx on candidates (updated_at);

  create table matches (
    id uuid primary key default gen_random_uuid(),
    opportunity_id uuid not null references opportunities(id) on delete cascade,
    candidate_id uuid not null references candidates(id) on delete cascade,
    occupation_code text not null,
    status text not null check (status in ('confirmed','rejected')),
    score integer not null check (score between 0 and 100),
    readiness text not null check (readiness in ('ready','needs-evidence','future')),
    ready_in_months double precision,
    breakdown jsonb not null,
    reasons jsonb not null,
    gaps jsonb not null,
    reason text not null default '' check (length(reason) <= 1000),
    decided_by uuid references users(id) on delete set null,
    decided_at timestamptz not null default now(),
    version integer not null default 1,
    unique (opportunity_id, candidate_id)
  );
  create index matches_candidate_idx on matches (candidate_id);
`;

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of ddl.split(/;\s*\n/).filter((s) => s.trim() !== '')) {
    await sql.raw(statement).execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index if exists candidates_updated_idx`.execute(db);
  const tables = [
    'matches',
    'match_watermarks',
    'candidate_match_features',
    'vacancy_match_features',
    'vacancy_details',
    'employers',
  ];
  for (const table of tables) await sql`drop table ${sql.table(table)}`.execute(db);
}
