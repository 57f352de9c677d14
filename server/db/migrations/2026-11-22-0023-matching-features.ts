import { sql, type Kysely } from 'kysely';

// Matching performance (issue 5 benchmark, ADR 0012 "2026-12-02 amendment"):
// - the top-k search reads candidate_match_features per occupation in (score desc, candidate_id) order; the indexes
//   now hold that whole order, so a read stops after `limit` rows instead of sorting every candidate of an
//   occupation whose scores tie (static_open takes only a handful of values);
// - candidate_match_dirty lists candidates whose facts changed since their features were worked out, filled by
//   statement-level triggers on candidates and the child tables the features are made from, in the writer's own
//   transaction. A search refreshes exactly those (one probe when there are none) instead of re-reading a window of
//   recently updated candidates on every search.
const children = ['candidate_qualifications', 'candidate_english_tests', 'candidate_progress', 'candidate_languages'];

const ddl = [
  `drop index if exists candidate_match_features_open_idx`,
  `drop index if exists candidate_match_features_reg_idx`,
  `create index candidate_match_features_open_idx on candidate_match_features (occupation_code, static_open desc, candidate_id)`,
  `create index candidate_match_features_reg_idx on candidate_match_features (occupation_code, static_reg desc, candidate_id)`,
  `create table candidate_match_dirty (candidate_id uuid primary key)`,
  `create function candidate_match_dirty_candidates() returns trigger language plpgsql as $$
   begin
     insert into candidate_match_dirty (candidate_id) select distinct id from new_rows on conflict do nothing;
     return null;
   end $$`,
  `create function candidate_match_dirty_new() returns trigger language plpgsql as $$
   begin
     insert into candidate_match_dirty (candidate_id) select distinct candidate_id from new_rows
       on conflict do nothing;
     return null;
   end $$`,
  `create function candidate_match_dirty_old() returns trigger language plpgsql as $$
   begin
     insert into candidate_match_dirty (candidate_id) select distinct o.candidate_id from old_rows o
       where exists (select 1 from candidates c where c.id = o.candidate_id) on conflict do nothing;
     return null;
   end $$`,
  `create trigger candidate_match_dirty_insert after insert on candidates
     referencing new table as new_rows for each statement execute function candidate_match_dirty_candidates()`,
  `create trigger candidate_match_dirty_update after update on candidates
     referencing new table as new_rows for each statement execute function candidate_match_dirty_candidates()`,
  ...children.flatMap((t) => [
    `create trigger ${t}_dirty_insert after insert on ${t}
       referencing new table as new_rows for each statement execute function candidate_match_dirty_new()`,
    `create trigger ${t}_dirty_update_new after update on ${t}
       referencing new table as new_rows for each statement execute function candidate_match_dirty_new()`,
    `create trigger ${t}_dirty_update_old after update on ${t}
       referencing old table as old_rows for each statement execute function candidate_match_dirty_old()`,
    `create trigger ${t}_dirty_delete after delete on ${t}
       referencing old table as old_rows for each statement execute function candidate_match_dirty_old()`,
  ]),
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of ddl) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of children)
    for (const suffix of ['insert', 'update_new', 'update_old', 'delete'])
      await sql.raw(`drop trigger if exists ${t}_dirty_${suffix} on ${t}`).execute(db);
  await sql.raw('drop trigger if exists candidate_match_dirty_insert on candidates').execute(db);
  await sql.raw('drop trigger if exists candidate_match_dirty_update on candidates').execute(db);
  for (const f of ['candidates', 'new', 'old']) await sql.raw(`drop function candidate_match_dirty_${f}()`).execute(db);
  await sql.raw('drop table candidate_match_dirty').execute(db);
  await sql.raw('drop index candidate_match_features_open_idx').execute(db);
  await sql.raw('drop index candidate_match_features_reg_idx').execute(db);
  await sql
    .raw(
      'create index candidate_match_features_open_idx on candidate_match_features (occupation_code, static_open desc)',
    )
    .execute(db);
  await sql
    .raw('create index candidate_match_features_reg_idx on candidate_match_features (occupation_code, static_reg desc)')
    .execute(db);
}
