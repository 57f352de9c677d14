import type { Deps } from '../../deps';
import { inTransaction } from '../../db/tx';
import type { RequestContext } from '../../http/context';
import { forbidden, notFound } from '../../http/errors';
import { inScope, partnerScope } from '../../http/policy';
import { isUuid } from '../../lib/ids';
import { recordAudit } from '../privacy/privacy.service';
import * as repo from './codebook.repo';
import { checkSegment } from './interviews.rules';
import { deleteSegment, insertSegment } from './interviews.repo';
import { interviewAfterWrite, visibleInterview, type InterviewDetail } from './interviews.service';
import { invalidField, unknownRef } from './programme.errors';

/** A partner's codebook: themes, and the codes (each under at most one theme) applied to transcript segments. */
export interface CodebookView {
  partnerId: string;
  themes: { id: string; name: string; description: string }[];
  codes: { id: string; name: string; description: string; themeId: string | null; uses: number }[];
}

export function partnerOf(ctx: RequestContext, requested: string | undefined, path: string): string {
  const partnerId = requested ?? ctx.actor?.partnerId;
  if (!partnerId || !isUuid(partnerId)) throw invalidField(path, 'a partner id is required');
  return partnerId;
}

export async function getCodebook(deps: Deps, ctx: RequestContext, partner?: string): Promise<CodebookView> {
  const partnerId = partnerOf(ctx, partner, 'querystring.partner');
  const [themes, codes] = await Promise.all([repo.themesOf(deps.db, partnerId), repo.codesOf(deps.db, partnerId)]);
  return {
    partnerId,
    themes,
    codes: codes.map((c) => ({
      id: c.id,
      name: c.name,
      description: c.description,
      themeId: c.theme_id,
      uses: Number(c.uses ?? 0),
    })),
  };
}

function mayManage(ctx: RequestContext, partnerId: string) {
  if (ctx.actor && !inScope(partnerScope(ctx.actor, 'research.codebook.manage'), partnerId))
    throw forbidden("you may only change your own partner's codebook");
}

export async function addTheme(
  deps: Deps,
  ctx: RequestContext,
  input: { name: string; description?: string | undefined; partner?: string | undefined },
) {
  const partnerId = partnerOf(ctx, input.partner, 'body.partner');
  mayManage(ctx, partnerId);
  await inTransaction(deps.db, async (trx) => {
    const id = await repo.insertTheme(trx, { partnerId, name: input.name, description: input.description ?? '' });
    await recordAudit(trx, ctx, { action: 'research.codebook.theme', entity: 'theme', entityId: id, partnerId });
  });
  return getCodebook(deps, ctx, partnerId);
}

export async function addCode(
  deps: Deps,
  ctx: RequestContext,
  input: {
    name: string;
    description?: string | undefined;
    theme?: string | null | undefined;
    partner?: string | undefined;
  },
) {
  const partnerId = partnerOf(ctx, input.partner, 'body.partner');
  mayManage(ctx, partnerId);
  if (input.theme) {
    const t = isUuid(input.theme) ? await repo.findTheme(deps.db, input.theme) : undefined;
    if (!t || t.partner_id !== partnerId) throw unknownRef('body.theme', `no theme ${input.theme} in this codebook`);
  }
  await inTransaction(deps.db, async (trx) => {
    const id = await repo.insertCode(trx, {
      partnerId,
      name: input.name,
      description: input.description ?? '',
      themeId: input.theme ?? null,
    });
    await recordAudit(trx, ctx, { action: 'research.codebook.code', entity: 'code', entityId: id, partnerId });
  });
  return getCodebook(deps, ctx, partnerId);
}

/** Applies a code of the interview's partner's codebook to [start, end) of the transcript. */
export async function applyCode(
  deps: Deps,
  ctx: RequestContext,
  interviewId: string,
  input: { code: string; start: number; end: number },
): Promise<InterviewDetail> {
  const i = await visibleInterview(deps, ctx, interviewId);
  const problem = checkSegment(i.transcript.length, input.start, input.end);
  if (problem) throw invalidField(`body.${problem.field}`, problem.message);
  const code = isUuid(input.code) ? await repo.findCode(deps.db, input.code) : undefined;
  if (!code || code.partner_id !== i.partner_id)
    throw unknownRef('body.code', `no code ${input.code} in this codebook`);
  await inTransaction(deps.db, async (trx) => {
    const id = await insertSegment(trx, {
      interviewId: i.id,
      codeId: code.id,
      start: input.start,
      end: input.end,
      createdBy: ctx.actor?.userId ?? null,
    });
    await recordAudit(trx, ctx, {
      action: 'research.interview.code',
      entity: 'coded_segment',
      entityId: id,
      partnerId: i.partner_id,
    });
  });
  return interviewAfterWrite(deps, ctx, interviewId);
}

export async function removeSegment(deps: Deps, ctx: RequestContext, interviewId: string, segmentId: string) {
  const i = await visibleInterview(deps, ctx, interviewId);
  await inTransaction(deps.db, async (trx) => {
    if (!isUuid(segmentId) || !(await deleteSegment(trx, i.id, segmentId))) throw notFound('Coded segment');
    await recordAudit(trx, ctx, {
      action: 'research.interview.uncode',
      entity: 'coded_segment',
      entityId: segmentId,
      partnerId: i.partner_id,
    });
  });
  return interviewAfterWrite(deps, ctx, interviewId);
}
