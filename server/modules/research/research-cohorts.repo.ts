import { sql } from 'kysely';
import type { Db } from '../../db/tx';
import type { PartnerScope } from '../../http/policy';
import { likePattern, paginate } from '../../db/paging';
import type { ListQuery } from '../../lib/paging';
import { pdb } from './researchers.tables';

export interface Progress {
  sessionsAttended: number;
  completedInterviews: number;
}

/** Sessions attended and interviews completed, per researcher. */
export async function progressOf(db: Db, researcherIds: string[]): Promise<Map<string, Progress>> {
  const out = new Map<string, Progress>();
  if (researcherIds.length === 0) return out;
  for (const id of researcherIds) out.set(id, { sessionsAttended: 0, completedInterviews: 0 });
  const [sessions, interviews] = await Promise.all([
    pdb(db)
      .selectFrom('research_session_attendance')
      .where('researcher_id', 'in', researcherIds)
      .where('attended', '=', true)
      .groupBy('researcher_id')
      .select(['researcher_id', (eb) => eb.fn.count<number>('session_id').distinct().as('n')])
      .execute(),
    pdb(db)
      .selectFrom('research_interviews')
      .where('researcher_id', 'in', researcherIds)
      .where('status', '=', 'complete')
      .groupBy('researcher_id')
      .select(['researcher_id', (eb) => eb.fn.countAll<number>().as('n')])
      .execute(),
  ]);
  for (const s of sessions) out.get(s.researcher_id)!.sessionsAttended = Number(s.n);
  for (const i of interviews) if (i.researcher_id) out.get(i.researcher_id)!.completedInterviews = Number(i.n);
  return out;
}

/** Everyone signed up (in scope) with their progress, for the retention funnel. */
export async function funnelPeople(db: Db, scope: PartnerScope) {
  let q = pdb(db).selectFrom('research_researchers as r').where('r.role', '=', 'researcher');
  if (scope.kind === 'partner') q = q.where('r.partner_id', '=', scope.partnerId);
  const rows = await q
    .select([
      'r.id',
      'r.status',
      'r.leave_reason',
      (eb) =>
        eb
          .selectFrom('research_session_attendance as a')
          .whereRef('a.researcher_id', '=', 'r.id')
          .where('a.attended', '=', true)
          .select(sql<number>`count(distinct a.session_id)`.as('n'))
          .as('sessions'),
      (eb) =>
        eb
          .selectFrom('research_interviews as i')
          .whereRef('i.researcher_id', '=', 'r.id')
          .where('i.status', '=', 'complete')
          .select(sql<number>`count(*)`.as('n'))
          .as('interviews'),
    ])
    .execute();
  return rows.map((r) => ({
    status: r.status,
    leaveReason: r.leave_reason,
    sessionsAttended: Number(r.sessions ?? 0),
    completedInterviews: Number(r.interviews ?? 0),
  }));
}

export type CohortSort = 'name' | 'startsOn';

export async function listCohorts(db: Db, scope: PartnerScope, query: ListQuery<CohortSort>) {
  let q = pdb(db).selectFrom('research_cohorts as c').innerJoin('partners as p', 'p.id', 'c.partner_id');
  if (scope.kind === 'partner') q = q.where('c.partner_id', '=', scope.partnerId);
  if (query.q) q = q.where('c.name', 'ilike', likePattern(query.q));
  const { items, total } = await paginate(
    q.select([
      'c.id',
      'c.name',
      'c.partner_id',
      'p.name as partner_name',
      'c.starts_on',
      'c.ends_on',
      'c.capacity',
      (eb) =>
        eb
          .selectFrom('research_cohort_members as m')
          .whereRef('m.cohort_id', '=', 'c.id')
          .select(sql<number>`count(*)`.as('n'))
          .as('members'),
    ]),
    query,
    { name: 'c.name', startsOn: 'c.starts_on' },
    'c.id',
  );
  return { rows: items, total };
}

export async function findCohort(db: Db, id: string) {
  return pdb(db)
    .selectFrom('research_cohorts as c')
    .innerJoin('partners as p', 'p.id', 'c.partner_id')
    .where('c.id', '=', id)
    .select(['c.id', 'c.name', 'c.partner_id', 'p.name as partner_name', 'c.starts_on', 'c.ends_on', 'c.capacity'])
    .executeTakeFirst();
}

export async function insertCohort(
  db: Db,
  c: { partnerId: string; name: string; startsOn: string; endsOn: string; capacity: number },
  sessions: { number: number; heldOn: string; topic: string }[],
): Promise<string> {
  const { id } = await pdb(db)
    .insertInto('research_cohorts')
    .values({ partner_id: c.partnerId, name: c.name, starts_on: c.startsOn, ends_on: c.endsOn, capacity: c.capacity })
    .returning('id')
    .executeTakeFirstOrThrow();
  await pdb(db)
    .insertInto('research_cohort_sessions')
    .values(sessions.map((s) => ({ cohort_id: id, number: s.number, held_on: s.heldOn, topic: s.topic })))
    .execute();
  return id;
}

export async function cohortSessions(db: Db, cohortId: string) {
  return pdb(db)
    .selectFrom('research_cohort_sessions')
    .where('cohort_id', '=', cohortId)
    .select(['id', 'number', 'held_on', 'topic'])
    .orderBy('number')
    .execute();
}

export async function cohortMembers(db: Db, cohortId: string) {
  return pdb(db)
    .selectFrom('research_cohort_members as m')
    .innerJoin('research_researchers as r', 'r.id', 'm.researcher_id')
    .where('m.cohort_id', '=', cohortId)
    .select(['r.id', 'r.display_name', 'r.status'])
    .orderBy('r.display_name')
    .execute();
}

export async function cohortAttendance(db: Db, cohortId: string) {
  return pdb(db)
    .selectFrom('research_session_attendance as a')
    .innerJoin('research_cohort_sessions as s', 's.id', 'a.session_id')
    .where('s.cohort_id', '=', cohortId)
    .select(['a.session_id', 'a.researcher_id', 'a.attended'])
    .execute();
}

export async function addMembers(db: Db, cohortId: string, researcherIds: string[]): Promise<void> {
  if (researcherIds.length === 0) return;
  await pdb(db)
    .insertInto('research_cohort_members')
    .values(researcherIds.map((researcher_id) => ({ cohort_id: cohortId, researcher_id })))
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export async function upsertAttendance(
  db: Db,
  marks: { sessionId: string; researcherId: string; attended: boolean }[],
): Promise<void> {
  if (marks.length === 0) return;
  await pdb(db)
    .insertInto('research_session_attendance')
    .values(marks.map((m) => ({ session_id: m.sessionId, researcher_id: m.researcherId, attended: m.attended })))
    .onConflict((oc) =>
      oc
        .columns(['session_id', 'researcher_id'])
        .doUpdateSet({ attended: (eb) => eb.ref('excluded.attended'), recorded_at: sql`now()` }),
    )
    .execute();
}
