import { sql, type Kysely } from 'kysely';

// Impact and evidence (issue 8): indicators with a declarative definition (or manual results with evidence),
// targets per period, funder reports holding a data snapshot, and community economic development plans whose
// actions become partnership tasks. The indexes at the end serve the indicator sources' date columns, so a
// dashboard refresh reads each source once, grouped by month, and closed months come from a cache (ADR 0016).
const ddl = `
  create table impact_indicators (
    id uuid primary key default gen_random_uuid(),
    code text not null unique check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(code) <= 80),
    name text not null check (length(name) between 1 and 200),
    definition_text text not null default '' check (length(definition_text) <= 4000),
    unit text not null check (unit in ('count','gbp','percent')),
    period text not null check (period in ('month','quarter','year','programme')),
    baseline numeric(16,2) not null default 0,
    work_package_id uuid references work_packages(id) on delete set null,
    macro_asset_id uuid references macro_assets(id) on delete set null,
    method text not null check (method in ('computed','manual')),
    query jsonb,
    published boolean not null default true,
    headline boolean not null default false,
    position integer not null default 0,
    version integer not null default 1 check (version >= 1),
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    check ((method = 'computed') = (query is not null))
  );
  create index impact_indicators_wp_idx on impact_indicators (work_package_id);

  create table impact_targets (
    indicator_id uuid not null references impact_indicators(id) on delete cascade,
    period_start date not null,
    period_end date not null,
    target numeric(16,2) not null check (target >= 0),
    primary key (indicator_id, period_start),
    check (period_end >= period_start)
  );

  create table impact_manual_results (
    id uuid primary key default gen_random_uuid(),
    indicator_id uuid not null references impact_indicators(id) on delete cascade,
    period_start date not null,
    period_end date not null,
    value numeric(16,2) not null check (value >= 0),
    area_id uuid references areas(id) on delete set null,
    evidence_url text check (evidence_url ~ '^https?://' and length(evidence_url) <= 2000),
    evidence_name text check (length(evidence_name) between 1 and 200),
    evidence_type text check (length(evidence_type) between 1 and 100),
    evidence_data bytea,
    note text not null default '' check (length(note) <= 2000),
    created_by uuid references users(id) on delete set null,
    created_at timestamptz not null default now(),
    check (period_end >= period_start),
    check (evidence_url is not null or (evidence_data is not null and evidence_name is not null))
  );
  create index impact_manual_results_indicator_idx on impact_manual_results (indicator_id, period_start);

  create table impact_reports (
    id uuid primary key default gen_random_uuid(),
    title text not null check (length(title) between 1 and 200),
    period_start date not null,
    period_end date not null,
    narrative jsonb not null default '[]'::jsonb,
    snapshot jsonb not null,
    created_by uuid references users(id) on delete set null,
    created_at timestamptz not null default now(),
    check (period_end >= period_start)
  );

  create table impact_plans (
    id uuid primary key default gen_random_uuid(),
    area_id uuid not null references areas(id) on delete cascade,
    title text not null check (length(title) between 1 and 200),
    sections jsonb not null default '[]'::jsonb,
    version integer not null default 1 check (version >= 1),
    created_by uuid references users(id) on delete set null,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
  );
  create index impact_plans_area_idx on impact_plans (area_id);

  create table impact_plan_actions (
    id uuid primary key default gen_random_uuid(),
    plan_id uuid not null references impact_plans(id) on delete cascade,
    title text not null check (length(title) between 1 and 200),
    task_id uuid references tasks(id) on delete set null,
    created_at timestamptz not null default now()
  );
  create index impact_plan_actions_plan_idx on impact_plan_actions (plan_id);

  -- closed months' figures per indicator and area, so a dashboard refresh reads only the current month live
  create table impact_monthly_cache (
    indicator_id uuid not null references impact_indicators(id) on delete cascade,
    month text not null check (month ~ '^[0-9]{4}-[0-9]{2}$'),
    area_id uuid,
    value numeric not null
  );
  create index impact_monthly_cache_idx on impact_monthly_cache (indicator_id, month);
  create table impact_cache_state (
    indicator_id uuid primary key references impact_indicators(id) on delete cascade,
    query_text text not null,
    through_month text not null,
    refreshed_at timestamptz not null default now()
  );

  create index research_submissions_received_idx on research_submissions (received_at);
  create index candidates_stage_changed_idx on candidates (stage_changed_at);
  create index candidates_created_idx on candidates (created_at);
  create index residents_created_idx on residents (created_at)
`;

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of ddl
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean))
    await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const i of [
    'residents_created_idx',
    'candidates_created_idx',
    'candidates_stage_changed_idx',
    'research_submissions_received_idx',
  ])
    await sql.raw(`drop index ${i}`).execute(db);
  for (const t of [
    'impact_cache_state',
    'impact_monthly_cache',
    'impact_plan_actions',
    'impact_plans',
    'impact_reports',
    'impact_manual_results',
    'impact_targets',
    'impact_indicators',
  ])
    await sql.raw(`drop table ${t}`).execute(db);
}
