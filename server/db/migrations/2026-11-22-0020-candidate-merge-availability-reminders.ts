import { sql, type Kysely } from 'kysely';

// Skills matching, issue 5 leftovers:
// - merge of duplicate candidates: the merged record stays as a tombstone (withdrawn, merged_into the survivor);
// - availability (hours and days a week, from when), a gate for vacancies that ask for more than offered;
// - reminders for classes and exams: channels the candidate opted into and the language to write in, and the
//   reminders already sent (one per candidate, kind and subject), so the daily job never sends one twice.
const ddl = `
  alter table candidates add column merged_into uuid references candidates(id);
  alter table candidates add column merged_at timestamptz;
  alter table candidates add column available_hours_per_week numeric(4,1)
    check (available_hours_per_week > 0 and available_hours_per_week <= 60);
  alter table candidates add column available_days_per_week integer
    check (available_days_per_week between 1 and 7);
  alter table candidates add column available_from date;
  alter table candidates add column reminder_channels jsonb not null default '[]'::jsonb;
  alter table candidates add column reminder_language text check (reminder_language ~ '^[a-z]{2,3}$');
  create index candidates_merged_into_idx on candidates (merged_into) where merged_into is not null;

  create table candidate_reminders (
    candidate_id uuid not null references candidates(id) on delete cascade,
    kind text not null check (kind in ('class','exam')),
    subject text not null check (length(subject) between 1 and 120),
    due_on date not null,
    channel text not null check (channel in ('email','sms')),
    sent_at timestamptz not null default now(),
    primary key (candidate_id, kind, subject, due_on, channel)
  );
`;

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of ddl
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean))
    await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('drop table candidate_reminders').execute(db);
  for (const c of [
    'reminder_language',
    'reminder_channels',
    'available_from',
    'available_days_per_week',
    'available_hours_per_week',
    'merged_at',
    'merged_into',
  ])
    await sql.raw(`alter table candidates drop column ${c}`).execute(db);
}
