import { sql } from 'kysely';
import type { Db } from '../../db/tx';
import { tdb } from './training.tables';

export * from './waiting-list.repo';

/** Kysely queries for funders, programmes, cohorts, waiting lists, enrolments and attendance. */

export const listFunders = (db: Db) => tdb(db).selectFrom('training_funders').selectAll().orderBy('name').execute();
export type FunderRow = Awaited<ReturnType<typeof listFunders>>[number];

export const findFunderBySlug = (db: Db, slug: string) =>
  tdb(db).selectFrom('training_funders').selectAll().where('slug', '=', slug).executeTakeFirst();

export async function insertFunder(
  db: Db,
  f: { slug: string; name: string; kind: string; eligibility: unknown; source: string },
) {
  return tdb(db)
    .insertInto('training_funders')
    .values({ ...f, eligibility: JSON.stringify(f.eligibility) })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export const listProgrammes = (db: Db) =>
  tdb(db).selectFrom('training_programmes').selectAll().orderBy('name').execute();
export type ProgrammeRow = Awaited<ReturnType<typeof listProgrammes>>[number];

export const findProgramme = (db: Db, slug: string) =>
  tdb(db).selectFrom('training_programmes').selectAll().where('slug', '=', slug).executeTakeFirst();

export async function insertProgramme(
  db: Db,
  p: {
    slug: string;
    name: string;
    kind: string;
    weeks: number;
    pathway_step: string;
    description: string;
    rules: unknown;
  },
) {
  const { rules, ...rest } = p;
  return tdb(db)
    .insertInto('training_programmes')
    .values({ ...rest, priority_rules: JSON.stringify(rules) })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function updateRules(db: Db, id: string, version: number, rules: unknown): Promise<boolean> {
  const r = await tdb(db)
    .updateTable('training_programmes')
    .set({ priority_rules: JSON.stringify(rules), version: sql`version + 1`, updated_at: new Date() })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return r.numUpdatedRows > 0n;
}

const cohorts = (db: Db) =>
  tdb(db)
    .selectFrom('training_cohorts as c')
    .innerJoin('training_funders as f', 'f.id', 'c.funder_id')
    .innerJoin('training_programmes as p', 'p.id', 'c.programme_id')
    .select([
      'c.id',
      'c.name',
      'c.capacity',
      'c.starts_on',
      'c.ends_on',
      'c.venue',
      'c.programme_id',
      'p.slug as programme_slug',
      'p.name as programme_name',
      'c.funder_id',
      'f.slug as funder_slug',
      'f.name as funder_name',
      'f.eligibility as funder_eligibility',
    ])
    .select((eb) =>
      eb
        .selectFrom('training_enrolments as e')
        .whereRef('e.cohort_id', '=', 'c.id')
        .select(eb.fn.countAll<string>().as('n'))
        .as('enrolled'),
    );

export const cohortsOf = (db: Db, programmeIds: string[]) =>
  programmeIds.length === 0
    ? Promise.resolve([])
    : cohorts(db).where('c.programme_id', 'in', programmeIds).orderBy('c.starts_on').orderBy('c.id').execute();
export type CohortRow = Awaited<ReturnType<typeof cohortsOf>>[number];

export const findCohort = (db: Db, id: string) => cohorts(db).where('c.id', '=', id).executeTakeFirst();

/** Locks the cohort row so two enrolments cannot both take the last place. */
export const lockCohort = (db: Db, id: string) =>
  tdb(db).selectFrom('training_cohorts').select('id').where('id', '=', id).forUpdate().executeTakeFirst();

export const enrolledCount = async (db: Db, cohortId: string) =>
  Number(
    (
      await tdb(db)
        .selectFrom('training_enrolments')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('cohort_id', '=', cohortId)
        .executeTakeFirstOrThrow()
    ).n,
  );

export async function insertCohort(
  db: Db,
  c: {
    programme_id: string;
    funder_id: string;
    name: string;
    capacity: number;
    starts_on: string;
    ends_on: string;
    venue: string;
  },
) {
  return tdb(db).insertInto('training_cohorts').values(c).returning('id').executeTakeFirstOrThrow();
}

export const findEnrolment = (db: Db, cohortId: string, candidateId: string) =>
  tdb(db)
    .selectFrom('training_enrolments')
    .selectAll()
    .where('cohort_id', '=', cohortId)
    .where('candidate_id', '=', candidateId)
    .executeTakeFirst();

export async function insertEnrolment(db: Db, e: { cohort_id: string; candidate_id: string; enrolled_on: string }) {
  return tdb(db).insertInto('training_enrolments').values(e).returning('id').executeTakeFirstOrThrow();
}

export const enrolmentsOf = (db: Db, cohortId: string) =>
  tdb(db)
    .selectFrom('training_enrolments as e')
    .innerJoin('candidates as c', 'c.id', 'e.candidate_id')
    .select(['e.id', 'e.candidate_id', 'e.enrolled_on', 'c.reference', 'c.full_name', 'c.partner_id'])
    .where('e.cohort_id', '=', cohortId)
    .orderBy('c.reference')
    .execute();

export const enrolmentsOfCandidate = (db: Db, candidateId: string) =>
  cohorts(db)
    .innerJoin('training_enrolments as en', 'en.cohort_id', 'c.id')
    .where('en.candidate_id', '=', candidateId)
    .orderBy('c.starts_on')
    .execute();

export const attendanceOf = (db: Db, cohortId: string, candidateId?: string) => {
  let q = tdb(db).selectFrom('training_attendance').selectAll().where('cohort_id', '=', cohortId);
  if (candidateId) q = q.where('candidate_id', '=', candidateId);
  return q.orderBy('session_on').execute();
};

export async function upsertAttendance(
  db: Db,
  rows: { cohort_id: string; candidate_id: string; session_on: string; present: boolean }[],
) {
  if (rows.length === 0) return;
  await tdb(db)
    .insertInto('training_attendance')
    .values(rows)
    .onConflict((oc) =>
      oc.columns(['cohort_id', 'candidate_id', 'session_on']).doUpdateSet((eb) => ({
        present: eb.ref('excluded.present'),
        recorded_at: new Date(),
      })),
    )
    .execute();
}

export async function insertProgress(
  db: Db,
  p: { candidate_id: string; step: string; outcome: string; on_date: string },
) {
  await tdb(db).insertInto('candidate_progress').values(p).execute();
}

export async function insertEnglishTest(db: Db, t: Record<string, unknown>) {
  return tdb(db)
    .insertInto('candidate_english_tests')
    .values(t as never)
    .returning('id')
    .executeTakeFirstOrThrow();
}

export const hasProgress = async (db: Db, candidateId: string, step: string, outcome: string) =>
  (await tdb(db)
    .selectFrom('candidate_progress')
    .select('id')
    .where('candidate_id', '=', candidateId)
    .where('step', '=', step)
    .where('outcome', '=', outcome)
    .executeTakeFirst()) !== undefined;
