import type { Deps } from '../../deps';
import { inTransaction } from '../../db/tx';
import type { RequestContext } from '../../http/context';
import { forbidden, notFound } from '../../http/errors';
import { inScope, partnerScope } from '../../http/policy';
import { isUuid } from '../../lib/ids';
import type { ListQuery, Page } from '../../lib/paging';
import { recordAudit } from '../privacy/privacy.service';
import { checkAudio, readAudio, storeAudio } from './interviews.audio';
import { invalidField, unknownRef } from './programme.errors';
import * as repo from './community-reports.repo';
import { areaExists } from './recruitment.repo';
import { isCalendarDay } from './research-cohorts.rules';

/** The community-partner route: written or spoken reports from local meetings, with a few structured fields. */
export interface ReportView {
  id: string;
  meetingTitle: string;
  metOn: string;
  kind: 'written' | 'spoken';
  body: string;
  ideas: string[];
  needs: string[];
  skills: string[];
  area: { id: string; name: string } | null;
  partner: { id: string; name: string };
  reporter: string | null;
  audio: { type: string; size: number } | null;
  createdAt: string;
}

const toView = (r: repo.ReportRow): ReportView => ({
  id: r.id,
  meetingTitle: r.meeting_title,
  metOn: r.met_on,
  kind: r.kind as ReportView['kind'],
  body: r.body,
  ideas: r.ideas,
  needs: r.needs,
  skills: r.skills,
  area: r.area_id ? { id: r.area_id, name: r.area_name ?? '' } : null,
  partner: { id: r.partner_id, name: r.partner_name },
  reporter: r.researcher_name ?? r.author_name,
  audio: r.audio_path && r.audio_type ? { type: r.audio_type, size: r.audio_size ?? 0 } : null,
  createdAt: r.created_at.toISOString(),
});

/** Reports are seen by their partner (coordinators all) and by the person who wrote them. */
function canSee(ctx: RequestContext, r: { partner_id: string }): boolean {
  if (!ctx.actor) return true;
  return inScope(partnerScope(ctx.actor, 'research.community-reports.list'), r.partner_id);
}

export async function listReports(
  deps: Deps,
  ctx: RequestContext,
  query: ListQuery<repo.ReportSort> & { kind?: string | undefined; area?: string | undefined },
): Promise<Page<ReportView>> {
  const scope = ctx.actor ? partnerScope(ctx.actor, 'research.community-reports.list') : ({ kind: 'all' } as const);
  const area = query.area && isUuid(query.area) ? query.area : undefined;
  if (query.area && !area) throw invalidField('querystring.area', 'not an area id');
  const { rows, total } = await repo.listReports(deps.db, { scope, kind: query.kind, area }, query);
  return { items: rows.map(toView), page: query.page, pageSize: query.pageSize, total };
}

async function visibleReport(deps: Deps, ctx: RequestContext, id: string) {
  const r = isUuid(id) ? await repo.findReport(deps.db, id) : undefined;
  if (!r || !canSee(ctx, r)) throw notFound('Report');
  return r;
}

export async function getReport(deps: Deps, ctx: RequestContext, id: string): Promise<ReportView> {
  return toView(await visibleReport(deps, ctx, id));
}

export interface ReportInput {
  meetingTitle: string;
  metOn: string;
  kind: 'written' | 'spoken';
  body?: string | undefined;
  ideas?: string[] | undefined;
  needs?: string[] | undefined;
  skills?: string[] | undefined;
  area?: string | null | undefined;
}

/** The reporter's own partner is the report's; a linked researcher record (if the reporter has one) is noted. */
export async function createReport(deps: Deps, ctx: RequestContext, input: ReportInput): Promise<ReportView> {
  if (!isCalendarDay(input.metOn)) throw invalidField('body.metOn', 'not a calendar date');
  if (input.metOn > new Date().toISOString().slice(0, 10)) throw invalidField('body.metOn', 'a meeting in the future');
  if (input.kind === 'written' && !input.body?.trim())
    throw invalidField('body.body', 'a written report needs its text (or choose a spoken report and upload audio)');
  if (input.area && (!isUuid(input.area) || !(await areaExists(deps.db, input.area))))
    throw unknownRef('body.area', `no area ${input.area}`);
  if (!ctx.actor) throw forbidden();
  const actor = ctx.actor;
  const id = await inTransaction(deps.db, async (trx) => {
    const me = await repo.researcherIdOfUser(trx, actor.userId);
    const reportId = await repo.insertReport(trx, {
      partnerId: actor.partnerId,
      researcherId: me,
      authorUserId: actor.userId,
      meetingTitle: input.meetingTitle,
      metOn: input.metOn,
      areaId: input.area ?? null,
      kind: input.kind,
      body: input.body ?? '',
      ideas: input.ideas ?? [],
      needs: input.needs ?? [],
      skills: input.skills ?? [],
    });
    await recordAudit(trx, ctx, {
      action: 'research.community-report.create',
      entity: 'community_report',
      entityId: reportId,
      partnerId: actor.partnerId,
    });
    return reportId;
  });
  return toView((await repo.findReport(deps.db, id))!);
}

export async function attachAudio(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  file: { content: Buffer; mime: string | undefined },
): Promise<ReportView> {
  const r = await visibleReport(deps, ctx, id);
  const coordinator = ctx.actor && partnerScope(ctx.actor, 'research.community-reports.list').kind === 'all';
  if (ctx.actor && !coordinator && r.author_user_id !== ctx.actor.userId)
    throw forbidden('only the reporter may attach the recording');
  const audio = checkAudio(file.content, file.mime);
  const path = await storeAudio(deps.config, file.content, audio.ext);
  await inTransaction(deps.db, async (trx) => {
    await repo.setReportAudio(trx, r.id, { path, type: audio.type, size: file.content.length });
    await recordAudit(trx, ctx, {
      action: 'research.community-report.audio',
      entity: 'community_report',
      entityId: r.id,
      partnerId: r.partner_id,
    });
  });
  return getReport(deps, ctx, id);
}

export async function reportAudio(deps: Deps, ctx: RequestContext, id: string) {
  const r = await visibleReport(deps, ctx, id);
  if (!r.audio_path || !r.audio_type) throw notFound('Recording');
  const content = await readAudio(deps.config, r.audio_path);
  await recordAudit(deps.db, ctx, {
    action: 'research.community-report.listen',
    entity: 'community_report',
    entityId: r.id,
    partnerId: r.partner_id,
  });
  return { content, type: r.audio_type };
}
