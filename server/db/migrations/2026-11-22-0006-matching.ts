import { sql, type Kysely } from 'kysely';

// Skills matching: candidates (residents in the matching service) with their qualifications, languages,
// English test results, pathway progress and consents. Immigration status is special-category data and is
// stored only as AES-256-GCM ciphertext. Regulator thresholds are reference data files, not tables.
const ddl = `
  create table candidates (
    id uuid primary key default gen_random_uuid(),
    reference text not null unique check (reference ~ '^MC-[A-Z0-9]{8}$'),
    partner_id uuid not null references partners(id),
    caseworker_id uuid references users(id) on delete set null,
    status text not null default 'pending' check (status in ('pending','active','withdrawn')),
    source text not null check (source in ('intake','self-referral')),
    full_name text not null check (length(full_name) between 1 and 160),
    preferred_name text check (length(preferred_name) between 1 and 80),
    name_key text not null,
    date_of_birth date check (date_of_birth >= date '1900-01-01'),
    phone text check (length(phone) between 3 and 40),
    phone_key text,
    email text check (length(email) between 3 and 254),
    area_id uuid references areas(id),
    borough text check (length(borough) between 1 and 80),
    right_to_work text not null default 'unknown'
      check (right_to_work in ('full','restricted-visa','asylum-seeker-permitted','asylum-seeker','none','unknown')),
    right_to_work_checked_on date,
    right_to_work_expires_on date,
    dbs text not null default 'unknown'
      check (dbs in ('enhanced-clear','basic-clear','in-progress','none','barred','unknown')),
    -- special-category field: AES-256-GCM ciphertext, never plaintext
    immigration_status_enc text,
    previous_roles jsonb,
    possible_duplicates jsonb not null default '[]'::jsonb,
    notes text not null default '' check (length(notes) <= 4000),
    version integer not null default 1 check (version >= 1),
    created_by uuid references users(id) on delete set null,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
  );
  create index candidates_partner_idx on candidates (partner_id, created_at desc);
  create index candidates_name_key_idx on candidates (name_key, date_of_birth);
  create index candidates_phone_key_idx on candidates (phone_key) where phone_key is not null;

  create table candidate_qualifications (
    id uuid primary key default gen_random_uuid(),
    candidate_id uuid not null references candidates(id) on delete cascade,
    position integer not null check (position >= 0),
    occupation_code text not null references occupations(code),
    country text check (country ~ '^[A-Z]{2}$'),
    institution text check (length(institution) between 1 and 200),
    year integer check (year between 1940 and 2100),
    years_of_practice numeric(4,1) check (years_of_practice between 0 and 70),
    specialties jsonb not null default '[]'::jsonb,
    documents jsonb not null default '[]'::jsonb,
    unique (candidate_id, position)
  );
  create index candidate_qualifications_occupation_idx on candidate_qualifications (occupation_code);

  create table candidate_languages (
    candidate_id uuid not null references candidates(id) on delete cascade,
    language text not null check (language ~ '^[a-z]{2,3}$'),
    level text check (level in ('native','A1','A2','B1','B2','C1','C2')),
    primary key (candidate_id, language)
  );

  create table candidate_english_tests (
    id uuid primary key default gen_random_uuid(),
    candidate_id uuid not null references candidates(id) on delete cascade,
    test text not null check (test in ('ielts','oet')),
    variant text not null check (variant ~ '^[a-z]+(-[a-z]+)*$'),
    taken_on date not null,
    report_number text check (length(report_number) between 1 and 40),
    listening numeric(4,1) not null,
    reading numeric(4,1) not null,
    writing numeric(4,1) not null,
    speaking numeric(4,1) not null,
    overall numeric(3,1),
    check (
      (test = 'ielts' and overall is not null
        and listening between 0 and 9 and reading between 0 and 9 and writing between 0 and 9 and speaking between 0 and 9)
      or (test = 'oet' and overall is null
        and listening between 0 and 500 and reading between 0 and 500 and writing between 0 and 500 and speaking between 0 and 500)
    )
  );
  create index candidate_english_tests_candidate_idx on candidate_english_tests (candidate_id, taken_on);

  create table candidate_progress (
    id uuid primary key default gen_random_uuid(),
    candidate_id uuid not null references candidates(id) on delete cascade,
    step text not null check (step ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    outcome text not null check (outcome in ('passed','failed','booked','started')),
    on_date date not null
  );
  create index candidate_progress_candidate_idx on candidate_progress (candidate_id, on_date);

  create table candidate_consents (
    candidate_id uuid not null references candidates(id) on delete cascade,
    purpose text not null check (purpose in ('contact','referral','matching','publicity')),
    granted boolean not null default false,
    recorded_at timestamptz not null default now(),
    recorded_by uuid references users(id) on delete set null,
    primary key (candidate_id, purpose)
  )
`;

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of ddl.split(/;\s*\n/).filter((s) => s.trim() !== '')) {
    await sql.raw(statement).execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  const tables = [
    'candidate_consents',
    'candidate_progress',
    'candidate_english_tests',
    'candidate_languages',
    'candidate_qualifications',
    'candidates',
  ];
  for (const table of tables) await sql`drop table ${sql.table(table)}`.execute(db);
}
