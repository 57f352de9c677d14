import { sql, type Kysely } from 'kysely';

// Start-up cohorts (issue 6 §3): staff set when a cohort ends as well as when it starts, and which recruited
// mentor leads it. Both are optional, so cohorts created before this migration stay valid; a lead mentor who is
// removed leaves the cohort without a lead rather than blocking the removal.
const ddl = [
  `alter table startup_cohorts add column ends_on date`,
  `alter table startup_cohorts add column lead_mentor_id uuid references mentors(id) on delete set null`,
  `alter table startup_cohorts add constraint startup_cohorts_dates_check check (ends_on is null or ends_on >= starts_on)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of ddl) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('alter table startup_cohorts drop constraint if exists startup_cohorts_dates_check').execute(db);
  await sql.raw('alter table startup_cohorts drop column if exists lead_mentor_id').execute(db);
  await sql.raw('alter table startup_cohorts drop column if exists ends_on').execute(db);
}
