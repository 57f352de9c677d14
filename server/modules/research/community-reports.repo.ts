import type { Db } from '../../db/tx';
import type { PartnerScope } from '../../http/policy';
import { likePattern, paginate } from '../../db/paging';
import type { ListQuery } from '../../lib/paging';
import { pdb } from './researchers.tables';

export type ReportSort = 'metOn' | 'title';

export interface ReportFilter {
  scope: PartnerScope;
  kind?: string | undefined;
  area?: string | undefined;
}

const columns = [
  'c.id',
  'c.partner_id',
  'p.name as partner_name',
  'c.meeting_title',
  'c.met_on',
  'c.kind',
  'c.body',
  'c.ideas',
  'c.needs',
  'c.skills',
  'c.area_id',
  'a.name as area_name',
  'c.audio_path',
  'c.audio_type',
  'c.audio_size',
  'r.display_name as researcher_name',
  'u.display_name as author_name',
  'c.author_user_id',
  'c.created_at',
] as const;

function base(db: Db) {
  return pdb(db)
    .selectFrom('research_community_reports as c')
    .innerJoin('partners as p', 'p.id', 'c.partner_id')
    .leftJoin('areas as a', 'a.id', 'c.area_id')
    .leftJoin('research_researchers as r', 'r.id', 'c.researcher_id')
    .leftJoin('users as u', 'u.id', 'c.author_user_id');
}

export async function listReports(db: Db, f: ReportFilter, query: ListQuery<ReportSort>) {
  let q = base(db);
  if (f.scope.kind === 'partner') q = q.where('c.partner_id', '=', f.scope.partnerId);
  if (f.kind) q = q.where('c.kind', '=', f.kind);
  if (f.area) q = q.where('c.area_id', '=', f.area);
  if (query.q) {
    const like = likePattern(query.q);
    q = q.where((eb) => eb.or([eb('c.meeting_title', 'ilike', like), eb('c.body', 'ilike', like)]));
  }
  const { items, total } = await paginate(
    q.select(columns),
    query,
    { metOn: 'c.met_on', title: 'c.meeting_title' },
    'c.id',
  );
  return { rows: items, total };
}

export type ReportRow = Awaited<ReturnType<typeof listReports>>['rows'][number];

export async function findReport(db: Db, id: string) {
  return base(db).where('c.id', '=', id).select(columns).executeTakeFirst();
}

export interface ReportInsert {
  partnerId: string;
  researcherId: string | null;
  authorUserId: string | null;
  meetingTitle: string;
  metOn: string;
  areaId: string | null;
  kind: 'written' | 'spoken';
  body: string;
  ideas: string[];
  needs: string[];
  skills: string[];
}

export async function insertReport(db: Db, r: ReportInsert): Promise<string> {
  const row = await pdb(db)
    .insertInto('research_community_reports')
    .values({
      partner_id: r.partnerId,
      researcher_id: r.researcherId,
      author_user_id: r.authorUserId,
      meeting_title: r.meetingTitle,
      met_on: r.metOn,
      area_id: r.areaId,
      kind: r.kind,
      body: r.body,
      ideas: JSON.stringify(r.ideas),
      needs: JSON.stringify(r.needs),
      skills: JSON.stringify(r.skills),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function setReportAudio(db: Db, id: string, audio: { path: string; type: string; size: number }) {
  await pdb(db)
    .updateTable('research_community_reports')
    .set({ audio_path: audio.path, audio_type: audio.type, audio_size: audio.size })
    .where('id', '=', id)
    .execute();
}

export async function researcherIdOfUser(db: Db, userId: string): Promise<string | null> {
  const row = await pdb(db)
    .selectFrom('research_researchers')
    .where('user_id', '=', userId)
    .select('id')
    .executeTakeFirst();
  return row?.id ?? null;
}
