import { sql } from 'kysely';
import { likePattern, paginate } from '../../db/paging';
import type { Db } from '../../db/tx';
import type { ListQuery } from '../../lib/paging';
import { sdb } from './startups.tables';

/** Kysely queries for programmes, cohorts, sessions and attendance, progress, milestones and the support log. */

export const listProgrammes = (db: Db) =>
  sdb(db)
    .selectFrom('startup_programmes as p')
    .select(['p.id', 'p.name', 'p.description'])
    .select((eb) =>
      eb.fn
        .coalesce(
          eb
            .selectFrom('programme_modules as m')
            .select(sql<string[]>`array_agg(m.code order by m.position)`.as('codes'))
            .whereRef('m.programme_id', '=', 'p.id'),
          sql<string[]>`'{}'::text[]`,
        )
        .as('modules'),
    )
    .orderBy('p.name')
    .execute();

export async function insertProgramme(db: Db, p: { name: string; description: string }, modules: string[]) {
  const { id } = await sdb(db).insertInto('startup_programmes').values(p).returning('id').executeTakeFirstOrThrow();
  await sdb(db)
    .insertInto('programme_modules')
    .values(modules.map((code, position) => ({ programme_id: id, code, position })))
    .execute();
  return id;
}

export type CohortSort = 'name' | 'startsOn';
const cohortBase = (db: Db) =>
  sdb(db)
    .selectFrom('startup_cohorts as c')
    .innerJoin('startup_programmes as p', 'p.id', 'c.programme_id')
    .leftJoin('mentors as lead', 'lead.id', 'c.lead_mentor_id')
    .select(['c.id', 'c.name', 'c.starts_on', 'c.ends_on', 'c.capacity', 'c.programme_id', 'p.name as programme_name'])
    .select(['lead.id as lead_id', 'lead.name as lead_name'])
    .select((eb) =>
      eb
        .selectFrom('cohort_members as cm')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('cm.cohort_id', '=', 'c.id')
        .as('members'),
    );
export type CohortRow = Awaited<ReturnType<typeof getCohort>> & object;

export function listCohorts(db: Db, f: { programmeId?: string | undefined }, query: ListQuery<CohortSort>) {
  let qb = cohortBase(db);
  if (f.programmeId) qb = qb.where('c.programme_id', '=', f.programmeId);
  if (query.q) qb = qb.where('c.name', 'ilike', likePattern(query.q));
  return paginate(qb, query, { name: 'c.name', startsOn: 'c.starts_on' }, 'c.id');
}

export const getCohort = (db: Db, id: string) => cohortBase(db).where('c.id', '=', id).executeTakeFirst();

/** Locks the cohort row, so two joins or two attendance updates cannot both take the last place. */
export const lockCohort = (db: Db, id: string) =>
  sdb(db).selectFrom('startup_cohorts').select(['id', 'capacity']).where('id', '=', id).forUpdate().executeTakeFirst();

export const insertCohort = (
  db: Db,
  c: {
    programme_id: string;
    name: string;
    starts_on: string;
    ends_on: string | null;
    lead_mentor_id: string | null;
    capacity: number;
  },
) => sdb(db).insertInto('startup_cohorts').values(c).returning('id').executeTakeFirstOrThrow();

export const programmeModules = (db: Db, programmeId: string) =>
  sdb(db)
    .selectFrom('programme_modules')
    .select('code')
    .where('programme_id', '=', programmeId)
    .orderBy('position')
    .execute()
    .then((rows) => rows.map((r) => r.code));

export const cohortMembers = (db: Db, cohortId: string) =>
  sdb(db)
    .selectFrom('cohort_members')
    .select(['enterprise_id', 'joined_at'])
    .where('cohort_id', '=', cohortId)
    .orderBy('joined_at')
    .execute();

export const countMembers = async (db: Db, cohortId: string) =>
  Number(
    (
      await sdb(db)
        .selectFrom('cohort_members')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('cohort_id', '=', cohortId)
        .executeTakeFirstOrThrow()
    ).n,
  );

export const addMember = (db: Db, cohortId: string, enterpriseId: string) =>
  sdb(db)
    .insertInto('cohort_members')
    .values({ cohort_id: cohortId, enterprise_id: enterpriseId })
    .onConflict((oc) => oc.doNothing())
    .returning('enterprise_id')
    .executeTakeFirst();

export const cohortsOf = (db: Db, enterpriseId: string) =>
  cohortBase(db)
    .innerJoin('cohort_members as mine', 'mine.cohort_id', 'c.id')
    .where('mine.enterprise_id', '=', enterpriseId)
    .orderBy('c.starts_on', 'desc')
    .execute();

/** Whether the user is linked to an enterprise that is a member of the cohort. */
export const isCohortUser = async (db: Db, cohortId: string, userId: string) =>
  !!(await sdb(db)
    .selectFrom('cohort_members as cm')
    .innerJoin('enterprise_users as eu', 'eu.enterprise_id', 'cm.enterprise_id')
    .select('cm.cohort_id')
    .where('cm.cohort_id', '=', cohortId)
    .where('eu.user_id', '=', userId)
    .executeTakeFirst());

/** The languages of the people linked to an enterprise (from their account locale), earliest linked first. */
export const memberLanguages = (db: Db, enterpriseId: string) =>
  sdb(db)
    .selectFrom('enterprise_users as eu')
    .innerJoin('users as u', 'u.id', 'eu.user_id')
    .select(sql<string>`split_part(coalesce(u.locale, 'en'), '-', 1)`.as('language'))
    .where('eu.enterprise_id', '=', enterpriseId)
    .orderBy('eu.linked_at')
    .execute()
    .then((rows) => rows.map((r) => r.language).filter(Boolean));

/** Every enterprise's id, name and status (the demo seed finds its enterprises by name). */
export const enterpriseNames = (db: Db) => sdb(db).selectFrom('enterprises').select(['id', 'name', 'status']).execute();
