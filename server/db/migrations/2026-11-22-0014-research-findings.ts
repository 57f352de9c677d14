import { sql, type Kysely } from 'kysely';

// Findings into the asset graph (issue 4 §6). A lead maps questions of a form version to what their answers
// become (a skill, idea or group micro-asset, a need, or a referral). Applying the map records one finding per
// (response, question, value) so re-applying never duplicates an asset, and a mark per response says which map
// revision and which copy of the answers (xml_sha256) was applied.
// Referrals are different: they come from the follow-up store (research_prize_entries), never from responses.
// A follow-up referral carries the form, the contact hash of that store, the target service and the question
// that asked for it: no response id and only a day, so it cannot be joined back to the answers.
const ddl = `
  create table research_finding_maps (
    form_version_id uuid primary key references research_form_versions(id) on delete cascade,
    form_id uuid not null references research_forms(id) on delete cascade,
    rules jsonb not null default '[]'::jsonb check (jsonb_typeof(rules) = 'array'),
    revision integer not null default 1 check (revision >= 1),
    updated_by uuid references users(id) on delete set null,
    updated_at timestamptz not null default now()
  );
  create index research_finding_maps_form_idx on research_finding_maps (form_id);

  create table research_findings (
    id uuid primary key default gen_random_uuid(),
    submission_id uuid not null references research_submissions(id) on delete cascade,
    form_id uuid not null references research_forms(id) on delete cascade,
    path text not null check (length(path) between 1 and 500),
    becomes text not null check (becomes in ('skill','idea','group','need')),
    value text not null check (length(value) between 1 and 200),
    area_id uuid references areas(id),
    micro_asset_id uuid references micro_assets(id) on delete set null,
    occupation_code text,
    created_at timestamptz not null default now(),
    unique (submission_id, path, becomes, value)
  );
  create index research_findings_form_idx on research_findings (form_id, becomes);

  create table research_finding_marks (
    submission_id uuid primary key references research_submissions(id) on delete cascade,
    revision integer not null check (revision >= 1),
    xml_sha256 text not null check (xml_sha256 ~ '^[0-9a-f]{64}$'),
    applied_at timestamptz not null default now()
  );

  create table research_follow_up_referrals (
    id uuid primary key default gen_random_uuid(),
    form_id uuid not null references research_forms(id) on delete cascade,
    contact_hash text not null check (contact_hash ~ '^[0-9a-f]{64}$'),
    target text not null check (target in ('skills_matching','enterprise_support')),
    question text not null check (length(question) between 1 and 500),
    status text not null default 'pending' check (status in ('pending','referred','failed')),
    referral_ref text check (length(referral_ref) <= 200),
    last_error text check (length(last_error) <= 1000),
    entered_on date not null,
    unique (form_id, contact_hash, target)
  );
  create index research_follow_up_referrals_status_idx on research_follow_up_referrals (status, form_id)
`;

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of ddl.split(/;\s*\n/).filter((s) => s.trim() !== '')) {
    await sql.raw(statement).execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of [
    'research_follow_up_referrals',
    'research_finding_marks',
    'research_findings',
    'research_finding_maps',
  ])
    await sql`drop table if exists ${sql.table(t)} cascade`.execute(db);
}
