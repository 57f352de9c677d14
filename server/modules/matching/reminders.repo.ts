import { sql } from 'kysely';
import type { Db } from '../../db/tx';

/** Classes and exams to remind candidates of, and the reminders already sent (migration 0020). */

export interface DueRow {
  candidate_id: string;
  name: string;
  email: string;
  language: string | null;
  subject: string;
  label: string;
  due_on: string;
}

/** Candidates who opted into email reminders, live and with an address, whose cohort starts on one of the days. */
export async function classesDue(db: Db, days: string[]) {
  const { rows } = await sql<DueRow>`
    select c.id as candidate_id, coalesce(c.preferred_name, c.full_name) as name, c.email,
      c.reminder_language as language, 'cohort:' || k.id as subject, p.name || ' (' || k.name || ')' as label,
      k.starts_on::text as due_on
    from training_enrolments e
    join training_cohorts k on k.id = e.cohort_id
    join training_programmes p on p.id = k.programme_id
    join candidates c on c.id = e.candidate_id
    where k.starts_on in (${sql.join(days.map((d) => sql`${d}::date`))})
      and c.reminder_channels ? 'email' and c.email is not null and c.merged_into is null
      and c.status <> 'withdrawn'`.execute(db);
  return rows;
}

/** The same for exams booked on one of the days (a pathway step with outcome "booked"). */
export async function examsDue(db: Db, days: string[]) {
  const { rows } = await sql<DueRow>`
    select c.id as candidate_id, coalesce(c.preferred_name, c.full_name) as name, c.email,
      c.reminder_language as language, 'step:' || s.step as subject, s.step as label, s.on_date::text as due_on
    from candidate_progress s
    join candidates c on c.id = s.candidate_id
    where s.outcome = 'booked' and s.on_date in (${sql.join(days.map((d) => sql`${d}::date`))})
      and c.reminder_channels ? 'email' and c.email is not null and c.merged_into is null
      and c.status <> 'withdrawn'`.execute(db);
  return rows;
}

/** Records a reminder; false when it was already sent (so a rerun of the day sends nothing twice). */
export async function markSent(db: Db, r: { candidateId: string; kind: string; subject: string; dueOn: string }) {
  const res = await sql`
    insert into candidate_reminders (candidate_id, kind, subject, due_on, channel)
    values (${r.candidateId}, ${r.kind}, ${r.subject}, ${r.dueOn}, 'email')
    on conflict do nothing`.execute(db);
  return Number(res.numAffectedRows ?? 0) === 1;
}
