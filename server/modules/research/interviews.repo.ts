import { sql } from 'kysely';
import type { Db } from '../../db/tx';
import type { PartnerScope } from '../../http/policy';
import { likePattern, paginate } from '../../db/paging';
import type { ListQuery } from '../../lib/paging';
import { pdb } from './researchers.tables';

export type InterviewSort = 'interviewedOn' | 'title' | 'status';

export interface InterviewFilter {
  scope: PartnerScope;
  /** a community researcher sees only the interviews they ran */
  ownResearcherUserId?: string | undefined;
  status?: string | undefined;
  researcher?: string | undefined;
  language?: string | undefined;
}

const columns = [
  'i.id',
  'i.partner_id',
  'p.name as partner_name',
  'i.researcher_id',
  'r.display_name as researcher_name',
  'r.user_id as researcher_user_id',
  'i.title',
  'i.interviewee_label',
  'i.interviewed_on',
  'i.language',
  'i.area_id',
  'i.consent_recorded',
  'i.consent_on',
  'i.quote_consent',
  'i.audio_path',
  'i.audio_type',
  'i.audio_size',
  'i.status',
  'i.version',
  'i.updated_at',
] as const;

function base(db: Db) {
  return pdb(db)
    .selectFrom('research_interviews as i')
    .innerJoin('partners as p', 'p.id', 'i.partner_id')
    .leftJoin('research_researchers as r', 'r.id', 'i.researcher_id');
}

export async function listInterviews(db: Db, f: InterviewFilter, query: ListQuery<InterviewSort>) {
  let q = base(db);
  if (f.scope.kind === 'partner') q = q.where('i.partner_id', '=', f.scope.partnerId);
  if (f.ownResearcherUserId) q = q.where('r.user_id', '=', f.ownResearcherUserId);
  if (f.status) q = q.where('i.status', '=', f.status);
  if (f.researcher) q = q.where('i.researcher_id', '=', f.researcher);
  if (f.language) q = q.where('i.language', '=', f.language);
  if (query.q) {
    const like = likePattern(query.q);
    q = q.where((eb) => eb.or([eb('i.title', 'ilike', like), eb('i.interviewee_label', 'ilike', like)]));
  }
  const { items, total } = await paginate(
    q.select([
      ...columns,
      (eb) =>
        eb
          .selectFrom('research_coded_segments as s')
          .whereRef('s.interview_id', '=', 'i.id')
          .select(sql<number>`count(*)`.as('n'))
          .as('segments'),
    ]),
    query,
    { interviewedOn: 'i.interviewed_on', title: 'i.title', status: 'i.status' },
    'i.id',
  );
  return { rows: items, total };
}

export type InterviewRow = NonNullable<Awaited<ReturnType<typeof findInterview>>>;

export async function findInterview(db: Db, id: string) {
  return base(db)
    .where('i.id', '=', id)
    .select([...columns, 'i.transcript'])
    .executeTakeFirst();
}

export interface InterviewValues {
  partner_id?: string;
  researcher_id?: string | null;
  title?: string;
  interviewee_label?: string;
  interviewed_on?: string;
  language?: string;
  area_id?: string | null;
  consent_recorded?: boolean;
  consent_on?: string | null;
  quote_consent?: string;
  transcript?: string;
  status?: string;
}

export async function insertInterview(
  db: Db,
  v: InterviewValues & { partner_id: string; title: string; interviewee_label: string; interviewed_on: string },
) {
  const row = await pdb(db).insertInto('research_interviews').values(v).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function updateInterview(db: Db, id: string, version: number, v: InterviewValues): Promise<boolean> {
  const res = await pdb(db)
    .updateTable('research_interviews')
    .set({ ...v, version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export async function setInterviewAudio(db: Db, id: string, a: { path: string; type: string; size: number }) {
  await pdb(db)
    .updateTable('research_interviews')
    .set({
      audio_path: a.path,
      audio_type: a.type,
      audio_size: a.size,
      version: sql`version + 1`,
      updated_at: sql`now()`,
    })
    .where('id', '=', id)
    .execute();
}

export async function segmentsOf(db: Db, interviewId: string) {
  return pdb(db)
    .selectFrom('research_coded_segments as s')
    .innerJoin('research_codes as c', 'c.id', 's.code_id')
    .leftJoin('research_themes as t', 't.id', 'c.theme_id')
    .where('s.interview_id', '=', interviewId)
    .select(['s.id', 's.code_id', 'c.name as code_name', 't.name as theme_name', 's.start_offset', 's.end_offset'])
    .orderBy('s.start_offset')
    .orderBy('s.id')
    .execute();
}

export async function insertSegment(
  db: Db,
  s: { interviewId: string; codeId: string; start: number; end: number; createdBy: string | null },
) {
  const row = await pdb(db)
    .insertInto('research_coded_segments')
    .values({
      interview_id: s.interviewId,
      code_id: s.codeId,
      start_offset: s.start,
      end_offset: s.end,
      created_by: s.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function deleteSegment(db: Db, interviewId: string, segmentId: string): Promise<boolean> {
  const res = await pdb(db)
    .deleteFrom('research_coded_segments')
    .where('id', '=', segmentId)
    .where('interview_id', '=', interviewId)
    .executeTakeFirst();
  return Number(res.numDeletedRows) === 1;
}

export async function researcherOfUser(db: Db, userId: string) {
  return pdb(db)
    .selectFrom('research_researchers')
    .where('user_id', '=', userId)
    .select(['id', 'partner_id'])
    .executeTakeFirst();
}
