import { sql, type Kysely } from 'kysely';

// Matching performance, part 2 (issue 5 benchmark, ADR 0012 amendment 2026-12-03 "role gates in the features"):
// interim-role eligibility (e.g. the Medical Support Worker's exclusions) and availability were re-read from four
// tables after every search, and filtered after the top k (so fewer than k could come back). They are now part of the
// match features, worked out by the same pure rules and kept fresh by the same dirty tracking:
// - candidate_match_features.roles_eligible: the gated interim roles the candidate is eligible for (a role not listed
//   excludes: fail closed), role_gaps the evidence still to show per role, and the availability the soft gate reads;
// - vacancy_match_features.role / hours: the role the vacancy names (if any) and its hours pattern, copied from its
//   details (which role's gates apply is decided from the reference data at search time).
// Existing feature rows get empty lists: every candidate is marked changed, so the next search refreshes them.
const ddl = [
  `alter table candidate_match_features add column roles_eligible text[] not null default '{}'`,
  `alter table candidate_match_features add column role_gaps jsonb not null default '{}'::jsonb`,
  `alter table candidate_match_features add column available_hours double precision`,
  `alter table candidate_match_features add column available_from date`,
  `alter table vacancy_match_features add column role text`,
  `alter table vacancy_match_features add column hours text`,
  `insert into candidate_match_dirty (candidate_id) select distinct candidate_id from candidate_match_features
     on conflict do nothing`,
  `update vacancy_match_features f set role = d.role, hours = d.hours, refreshed_at = now()
     from vacancy_details d where d.opportunity_id = f.opportunity_id`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of ddl) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const column of ['roles_eligible', 'role_gaps', 'available_hours', 'available_from'])
    await sql.raw(`alter table candidate_match_features drop column ${column}`).execute(db);
  for (const column of ['role', 'hours'])
    await sql.raw(`alter table vacancy_match_features drop column ${column}`).execute(db);
}
