import type { Deps } from '../../deps';
import { inTransaction, type Db } from '../../db/tx';
import type { RequestContext } from '../../http/context';
import { AppError, forbidden, notFound } from '../../http/errors';
import { inScope, partnerScope } from '../../http/policy';
import { isUuid } from '../../lib/ids';
import type { ListQuery, Page } from '../../lib/paging';
import { recordActivity } from '../partnership/activity.service';
import { recordAudit } from '../privacy/privacy.service';
import type { QuoteConsent } from './interviews.rules';
import { invalidField, unknownRef } from './programme.errors';
import { checkConsent, checkInput, values, type InterviewInput } from './interviews.input';
import * as repo from './interviews.repo';

export type { InterviewInput } from './interviews.input';

export interface InterviewView {
  id: string;
  title: string;
  intervieweeLabel: string;
  interviewedOn: string;
  language: string;
  areaId: string | null;
  partner: { id: string; name: string };
  researcher: { id: string; displayName: string } | null;
  consentRecorded: boolean;
  consentOn: string | null;
  quoteConsent: QuoteConsent;
  status: 'draft' | 'complete';
  audio: { type: string; size: number } | null;
  segments: number;
  version: number;
  updatedAt: string;
}

type Base = Omit<repo.InterviewRow, 'transcript'>;
const toView = (r: Base, segments: number): InterviewView => ({
  id: r.id,
  title: r.title,
  intervieweeLabel: r.interviewee_label,
  interviewedOn: r.interviewed_on,
  language: r.language,
  areaId: r.area_id,
  partner: { id: r.partner_id, name: r.partner_name },
  researcher: r.researcher_id ? { id: r.researcher_id, displayName: r.researcher_name ?? '' } : null,
  consentRecorded: r.consent_recorded,
  consentOn: r.consent_on,
  quoteConsent: r.quote_consent as QuoteConsent,
  status: r.status as InterviewView['status'],
  audio: r.audio_path && r.audio_type ? { type: r.audio_type, size: r.audio_size ?? 0 } : null,
  segments,
  version: r.version,
  updatedAt: r.updated_at.toISOString(),
});

const isResearcher = (ctx: RequestContext) => ctx.actor?.role === 'community_researcher';

function canSee(ctx: RequestContext, r: { partner_id: string; researcher_user_id: string | null }): boolean {
  if (!ctx.actor) return true;
  if (isResearcher(ctx)) return r.researcher_user_id === ctx.actor.userId;
  return inScope(partnerScope(ctx.actor, 'research.interviews.read'), r.partner_id);
}

export interface InterviewListQuery extends ListQuery<repo.InterviewSort> {
  status?: 'draft' | 'complete' | undefined;
  researcher?: string | undefined;
  language?: string | undefined;
}

export async function listInterviews(
  deps: Deps,
  ctx: RequestContext,
  query: InterviewListQuery,
): Promise<Page<InterviewView>> {
  if (query.researcher && !isUuid(query.researcher))
    throw invalidField('querystring.researcher', 'not a researcher id');
  const scope = ctx.actor ? partnerScope(ctx.actor, 'research.interviews.list') : ({ kind: 'all' } as const);
  const { rows, total } = await repo.listInterviews(
    deps.db,
    { scope, ownResearcherUserId: isResearcher(ctx) ? ctx.actor!.userId : undefined, ...query },
    query,
  );
  return {
    items: rows.map((r) => toView(r, Number(r.segments ?? 0))),
    page: query.page,
    pageSize: query.pageSize,
    total,
  };
}

export async function visibleInterview(deps: Deps, ctx: RequestContext, id: string) {
  const r = isUuid(id) ? await repo.findInterview(deps.db, id) : undefined;
  if (!r || !canSee(ctx, r)) throw notFound('Interview');
  return r;
}

export interface InterviewDetail extends InterviewView {
  transcript: string;
  codedSegments: {
    id: string;
    codeId: string;
    code: string;
    theme: string | null;
    start: number;
    end: number;
    text: string;
  }[];
}

/** A transcript is personal testimony: every read is audited. */
export const getInterview = (deps: Deps, ctx: RequestContext, id: string) => detail(deps, ctx, id, true);

/** The interview as a write left it, for that write's answer: the write's own audit row covers it (no read row). */
export const interviewAfterWrite = (deps: Deps, ctx: RequestContext, id: string) => detail(deps, ctx, id, false);

async function detail(deps: Deps, ctx: RequestContext, id: string, audited: boolean): Promise<InterviewDetail> {
  const r = await visibleInterview(deps, ctx, id);
  const segs = await repo.segmentsOf(deps.db, r.id);
  if (audited)
    await recordAudit(deps.db, ctx, {
      action: 'research.interview.read',
      entity: 'interview',
      entityId: r.id,
      partnerId: r.partner_id,
    });
  return {
    ...toView(r, segs.length),
    transcript: r.transcript,
    codedSegments: segs.map((s) => ({
      id: s.id,
      codeId: s.code_id,
      code: s.code_name,
      theme: s.theme_name,
      start: s.start_offset,
      end: s.end_offset,
      text: r.transcript.slice(s.start_offset, s.end_offset),
    })),
  };
}

/** A completed interview is news for the partner's activity feed (no names, no content). */
const interviewCompleted = (db: Db, ctx: RequestContext, partnerId: string, id: string) =>
  recordActivity(db, {
    kind: 'event',
    partnerId,
    subject: { type: 'interview', id },
    summary: 'A community research interview was completed',
    visibility: 'partner',
    actorUserId: ctx.actor?.userId ?? null,
  });

export async function createInterview(
  deps: Deps,
  ctx: RequestContext,
  input: InterviewInput & { title: string; intervieweeLabel: string; interviewedOn: string },
): Promise<InterviewDetail> {
  if (!ctx.actor) throw forbidden();
  const own = isResearcher(ctx) ? await repo.researcherOfUser(deps.db, ctx.actor.userId) : undefined;
  if (isResearcher(ctx) && !own) throw forbidden('your account is not linked to a researcher record');
  const partnerId = own?.partner_id ?? ctx.actor.partnerId;
  await checkInput(deps, ctx, input, partnerId);
  const v = values({ ...input, researcher: input.researcher ?? own?.id ?? null });
  checkConsent({
    consentRecorded: input.consentRecorded ?? false,
    quoteConsent: input.quoteConsent ?? 'none',
    status: input.status ?? 'draft',
    transcript: input.transcript ?? '',
    hasAudio: false,
  });
  const id = await inTransaction(deps.db, async (trx) => {
    const newId = await repo.insertInterview(trx, {
      ...v,
      partner_id: partnerId,
      title: input.title,
      interviewee_label: input.intervieweeLabel,
      interviewed_on: input.interviewedOn,
    });
    await recordAudit(trx, ctx, {
      action: 'research.interview.create',
      entity: 'interview',
      entityId: newId,
      partnerId,
    });
    if (input.status === 'complete') await interviewCompleted(trx, ctx, partnerId, newId);
    return newId;
  });
  return interviewAfterWrite(deps, ctx, id);
}

export async function updateInterview(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: InterviewInput & { version: number },
): Promise<InterviewDetail> {
  const r = await visibleInterview(deps, ctx, id);
  await checkInput(deps, ctx, input, r.partner_id);
  const segs = await repo.segmentsOf(deps.db, r.id);
  if (input.transcript !== undefined && input.transcript !== r.transcript && segs.length > 0)
    throw unknownRef('body.transcript', 'the transcript has coded segments: remove them before changing the text');
  checkConsent({
    consentRecorded: input.consentRecorded ?? r.consent_recorded,
    quoteConsent: input.quoteConsent ?? (r.quote_consent as QuoteConsent),
    status: input.status ?? r.status,
    transcript: input.transcript ?? r.transcript,
    hasAudio: r.audio_path !== null,
  });
  await inTransaction(deps.db, async (trx) => {
    if (!(await repo.updateInterview(trx, r.id, input.version, values(input))))
      throw new AppError('conflict', 'the interview was changed by someone else; reload and try again');
    await recordAudit(trx, ctx, {
      action: 'research.interview.update',
      entity: 'interview',
      entityId: r.id,
      partnerId: r.partner_id,
      detail: { fields: Object.keys(values(input)) },
    });
    if (input.status === 'complete' && r.status !== 'complete') await interviewCompleted(trx, ctx, r.partner_id, r.id);
  });
  return interviewAfterWrite(deps, ctx, id);
}
