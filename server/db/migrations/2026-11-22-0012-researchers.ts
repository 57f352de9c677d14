import { sql, type Kysely } from 'kysely';

// Community research programme (issue 4, sections 1 and 5): recruitment events and sign-ups, researchers and
// community partners with a supervising partner and a status (with the reason for leaving), training cohorts of
// six sessions with attendance, mentoring notes (sealed), community-partner reports from local meetings, and
// interviews with consent, transcript or audio, a codebook of codes grouped into themes, and coded segments.
const ddl = `
  create table research_recruitment_events (
    id uuid primary key default gen_random_uuid(),
    partner_id uuid not null references partners(id) on delete restrict,
    title text not null check (length(title) between 1 and 200),
    held_on date not null,
    area_id uuid references areas(id) on delete set null,
    location text not null default '' check (length(location) <= 200),
    notes text not null default '' check (length(notes) <= 5000),
    created_at timestamptz not null default now()
  );
  create index research_recruitment_events_partner_idx on research_recruitment_events (partner_id, held_on desc);
  create table research_researchers (
    id uuid primary key default gen_random_uuid(),
    partner_id uuid not null references partners(id) on delete restrict,
    resident_id uuid references residents(id) on delete set null,
    user_id uuid references users(id) on delete set null,
    display_name text not null check (length(display_name) between 1 and 120),
    role text not null default 'researcher' check (role in ('researcher','community_partner')),
    status text not null default 'active' check (status in ('active','paused','left')),
    leave_reason text check (leave_reason in ('time','pressure','found_job','enterprise_programme')),
    left_on date,
    recruitment_event_id uuid references research_recruitment_events(id) on delete set null,
    signed_up_on date not null default current_date,
    version integer not null default 1 check (version >= 1),
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    check ((status = 'left') = (leave_reason is not null)),
    check ((status = 'left') = (left_on is not null))
  );
  create index research_researchers_partner_idx on research_researchers (partner_id, status);
  create index research_researchers_resident_idx on research_researchers (resident_id);
  create unique index research_researchers_user_key on research_researchers (user_id) where user_id is not null;
  create index research_researchers_event_idx on research_researchers (recruitment_event_id);
  create table research_cohorts (
    id uuid primary key default gen_random_uuid(),
    partner_id uuid not null references partners(id) on delete restrict,
    name text not null check (length(name) between 1 and 200),
    starts_on date not null,
    ends_on date not null,
    capacity integer not null default 15 check (capacity between 1 and 500),
    created_at timestamptz not null default now(),
    check (ends_on > starts_on)
  );
  create index research_cohorts_partner_idx on research_cohorts (partner_id, starts_on desc);
  create table research_cohort_sessions (
    id uuid primary key default gen_random_uuid(),
    cohort_id uuid not null references research_cohorts(id) on delete cascade,
    number integer not null check (number between 1 and 6),
    held_on date not null,
    topic text not null default '' check (length(topic) <= 200),
    unique (cohort_id, number)
  );
  create table research_cohort_members (
    cohort_id uuid not null references research_cohorts(id) on delete cascade,
    researcher_id uuid not null references research_researchers(id) on delete cascade,
    primary key (cohort_id, researcher_id)
  );
  create index research_cohort_members_researcher_idx on research_cohort_members (researcher_id);
  create table research_session_attendance (
    session_id uuid not null references research_cohort_sessions(id) on delete cascade,
    researcher_id uuid not null references research_researchers(id) on delete cascade,
    attended boolean not null,
    recorded_at timestamptz not null default now(),
    primary key (session_id, researcher_id)
  );
  create index research_session_attendance_researcher_idx on research_session_attendance (researcher_id);
  create table research_mentoring_notes (
    id uuid primary key default gen_random_uuid(),
    researcher_id uuid not null references research_researchers(id) on delete cascade,
    author_user_id uuid references users(id) on delete set null,
    body_enc text not null,
    created_at timestamptz not null default now()
  );
  create index research_mentoring_notes_researcher_idx on research_mentoring_notes (researcher_id, created_at desc);
  create table research_community_reports (
    id uuid primary key default gen_random_uuid(),
    partner_id uuid not null references partners(id) on delete restrict,
    researcher_id uuid references research_researchers(id) on delete set null,
    author_user_id uuid references users(id) on delete set null,
    meeting_title text not null check (length(meeting_title) between 1 and 200),
    met_on date not null,
    area_id uuid references areas(id) on delete set null,
    kind text not null check (kind in ('written','spoken')),
    body text not null default '' check (length(body) <= 20000),
    ideas jsonb not null default '[]'::jsonb,
    needs jsonb not null default '[]'::jsonb,
    skills jsonb not null default '[]'::jsonb,
    audio_path text,
    audio_type text,
    audio_size integer check (audio_size >= 0),
    created_at timestamptz not null default now()
  );
  create index research_community_reports_partner_idx on research_community_reports (partner_id, met_on desc);
  create table research_interviews (
    id uuid primary key default gen_random_uuid(),
    partner_id uuid not null references partners(id) on delete restrict,
    researcher_id uuid references research_researchers(id) on delete set null,
    title text not null check (length(title) between 1 and 200),
    interviewee_label text not null check (length(interviewee_label) between 1 and 120),
    interviewed_on date not null,
    language text not null default 'en' check (length(language) between 2 and 10),
    area_id uuid references areas(id) on delete set null,
    consent_recorded boolean not null default false,
    consent_on date,
    quote_consent text not null default 'none' check (quote_consent in ('none','anonymised','attributed')),
    transcript text not null default '' check (length(transcript) <= 500000),
    audio_path text,
    audio_type text,
    audio_size integer check (audio_size >= 0),
    status text not null default 'draft' check (status in ('draft','complete')),
    version integer not null default 1 check (version >= 1),
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    check (consent_recorded or quote_consent = 'none'),
    check (status = 'draft' or consent_recorded)
  );
  create index research_interviews_partner_idx on research_interviews (partner_id, interviewed_on desc);
  create index research_interviews_researcher_idx on research_interviews (researcher_id, status);
  create table research_themes (
    id uuid primary key default gen_random_uuid(),
    partner_id uuid not null references partners(id) on delete restrict,
    name text not null check (length(name) between 1 and 120),
    description text not null default '' check (length(description) <= 2000),
    unique (partner_id, name)
  );
  create table research_codes (
    id uuid primary key default gen_random_uuid(),
    partner_id uuid not null references partners(id) on delete restrict,
    theme_id uuid references research_themes(id) on delete set null,
    name text not null check (length(name) between 1 and 120),
    description text not null default '' check (length(description) <= 2000),
    unique (partner_id, name)
  );
  create index research_codes_theme_idx on research_codes (theme_id);
  create table research_coded_segments (
    id uuid primary key default gen_random_uuid(),
    interview_id uuid not null references research_interviews(id) on delete cascade,
    code_id uuid not null references research_codes(id) on delete cascade,
    start_offset integer not null check (start_offset >= 0),
    end_offset integer not null,
    created_by uuid references users(id) on delete set null,
    created_at timestamptz not null default now(),
    check (end_offset > start_offset)
  );
  create index research_coded_segments_interview_idx on research_coded_segments (interview_id, start_offset);
  create index research_coded_segments_code_idx on research_coded_segments (code_id)
`;

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of ddl.split(/;\s*\n/).filter((s) => s.trim() !== '')) {
    await sql.raw(statement).execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'research_coded_segments',
    'research_codes',
    'research_themes',
    'research_interviews',
    'research_community_reports',
    'research_mentoring_notes',
    'research_session_attendance',
    'research_cohort_members',
    'research_cohort_sessions',
    'research_cohorts',
    'research_researchers',
    'research_recruitment_events',
  ]) {
    await sql`drop table ${sql.table(table)}`.execute(db);
  }
}
