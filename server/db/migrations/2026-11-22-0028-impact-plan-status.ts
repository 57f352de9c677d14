import { sql, type Kysely } from 'kysely';

// Community economic development plans in the browser (issue 8 §5): a plan has a status (draft while the
// partnership edits it, adopted once agreed, archived when replaced), so the plans list can be filtered by it.
// The index serves the list's common reads: one area's plans, newest change first.
const ddl = [
  `alter table impact_plans add column status text not null default 'draft'
     check (status in ('draft','adopted','archived'))`,
  `create index impact_plans_area_updated_idx on impact_plans (area_id, updated_at desc)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of ddl) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('drop index if exists impact_plans_area_updated_idx').execute(db);
  await sql.raw('alter table impact_plans drop column status').execute(db);
}
