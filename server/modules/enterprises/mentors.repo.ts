import { sql } from 'kysely';
import { likePattern, paginate } from '../../db/paging';
import type { Db } from '../../db/tx';
import type { ListQuery } from '../../lib/paging';
import { sdb } from './startups.tables';

/** Kysely queries for mentors and their mentoring relationships. */
const activeCount = sql<number>`(select count(*) from mentor_relationships r where r.mentor_id = m.id and r.status = 'active')`;

const mentorBase = (db: Db) =>
  sdb(db)
    .selectFrom('mentors as m')
    .innerJoin('partners as p', 'p.id', 'm.partner_id')
    .selectAll('m')
    .select(['p.slug as partner_slug', 'p.name as partner_name', activeCount.as('active_mentees')]);
export type MentorRow = NonNullable<Awaited<ReturnType<typeof getMentor>>>;

export interface MentorFilter {
  sector?: string | undefined;
  skill?: string | undefined;
  language?: string | undefined;
  status?: string | undefined;
}
export type MentorSort = 'name' | 'hoursPerMonth';

export function listMentors(db: Db, f: MentorFilter, query: ListQuery<MentorSort>) {
  let qb = mentorBase(db);
  if (f.sector) qb = qb.where(sql<boolean>`${f.sector} = any(m.sectors)`);
  if (f.skill) qb = qb.where(sql<boolean>`${f.skill} = any(m.skills)`);
  if (f.language) qb = qb.where(sql<boolean>`${f.language} = any(m.languages)`);
  if (f.status) qb = qb.where('m.status', '=', f.status);
  if (query.q) {
    const like = likePattern(query.q);
    qb = qb.where((eb) =>
      eb.or([eb('m.name', 'ilike', like), eb('p.name', 'ilike', like), eb('m.job_title', 'ilike', like)]),
    );
  }
  return paginate(qb, query, { name: 'm.name', hoursPerMonth: 'm.hours_per_month' }, 'm.id');
}

export const getMentor = (db: Db, id: string) => mentorBase(db).where('m.id', '=', id).executeTakeFirst();
export const lockMentor = (db: Db, id: string) =>
  sdb(db).selectFrom('mentors').select('id').where('id', '=', id).forUpdate().executeTakeFirst();
export const activeMentors = (db: Db) => mentorBase(db).where('m.status', '=', 'active').orderBy('m.name').execute();
export const mentorOfUser = (db: Db, userId: string) =>
  sdb(db).selectFrom('mentors').select('id').where('user_id', '=', userId).executeTakeFirst();

export const insertMentor = (
  db: Db,
  m: {
    partner_id: string;
    user_id: string | null;
    name: string;
    email: string;
    job_title: string;
    skills: string[];
    sectors: string[];
    languages: string[];
    hours_per_month: number;
    max_mentees: number;
    bio: string;
  },
) => sdb(db).insertInto('mentors').values(m).returning('id').executeTakeFirstOrThrow();

const relationshipBase = (db: Db) =>
  sdb(db)
    .selectFrom('mentor_relationships as r')
    .innerJoin('mentors as m', 'm.id', 'r.mentor_id')
    .innerJoin('enterprises as e', 'e.id', 'r.enterprise_id')
    .select(['r.id', 'r.status', 'r.score', 'r.reasons', 'r.confirmed_at', 'r.ended_at', 'r.enterprise_id'])
    .select(['m.id as mentor_id', 'm.name as mentor_name', 'm.user_id as mentor_user_id', 'e.name as enterprise_name']);
export type RelationshipRow = NonNullable<Awaited<ReturnType<typeof getRelationship>>>;

export const getRelationship = (db: Db, id: string) => relationshipBase(db).where('r.id', '=', id).executeTakeFirst();
export const relationshipsOf = (db: Db, by: { enterpriseId?: string; mentorId?: string }) => {
  let qb = relationshipBase(db);
  if (by.enterpriseId) qb = qb.where('r.enterprise_id', '=', by.enterpriseId);
  if (by.mentorId) qb = qb.where('r.mentor_id', '=', by.mentorId);
  return qb.orderBy('r.confirmed_at', 'desc').execute();
};

export const insertRelationship = (
  db: Db,
  r: { mentor_id: string; enterprise_id: string; score: number; reasons: string; confirmed_by: string | null },
) =>
  sdb(db)
    .insertInto('mentor_relationships')
    .values(r)
    .onConflict((oc) => oc.columns(['mentor_id', 'enterprise_id']).where('status', '=', 'active').doNothing())
    .returning('id')
    .executeTakeFirst();

export const endRelationship = (db: Db, id: string) =>
  sdb(db)
    .updateTable('mentor_relationships')
    .set({ status: 'ended', ended_at: new Date() })
    .where('id', '=', id)
    .where('status', '=', 'active')
    .returning('id')
    .executeTakeFirst();

export const sessionsOf = (db: Db, relationshipId: string) =>
  sdb(db)
    .selectFrom('mentor_sessions')
    .select(['id', 'held_on', 'minutes', 'notes', 'rating', 'feedback'])
    .where('relationship_id', '=', relationshipId)
    .orderBy('held_on', 'desc')
    .orderBy('created_at', 'desc')
    .execute();

export const insertSession = (
  db: Db,
  s: {
    relationship_id: string;
    held_on: string;
    minutes: number;
    notes: string;
    rating: number | null;
    feedback: string;
    logged_by: string | null;
  },
) => sdb(db).insertInto('mentor_sessions').values(s).returning('id').executeTakeFirstOrThrow();
