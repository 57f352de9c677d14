import type { Deps } from '../../deps';
import { inTransaction } from '../../db/tx';
import type { RequestContext } from '../../http/context';
import { AppError, notFound } from '../../http/errors';
import { inScope, partnerScope } from '../../http/policy';
import { recordAudit } from '../privacy/privacy.service';
import { today } from './candidates.input.service';
import { actorOf, visibleCandidate } from './candidates.service';
import * as repo from './training.repo';
import { issueToken, programmeOr404, rankedList, refuseFutureJoin } from './waiting-list.service';

/** Putting a candidate on a waiting list, and giving them a fresh position link. */

export async function joinWaitingList(
  deps: Deps,
  ctx: RequestContext,
  slug: string,
  body: { candidateId: string; joinedOn?: string | undefined },
) {
  const programme = await programmeOr404(deps.db, slug);
  const candidate = await visibleCandidate(deps, ctx, body.candidateId, 'training.waiting-list.join');
  const now = today();
  const joinedOn = body.joinedOn ?? now;
  refuseFutureJoin(joinedOn, now);
  if (candidate.status === 'withdrawn')
    throw new AppError('unprocessable', `candidateId: ${candidate.reference} has withdrawn`, {
      errors: [{ path: 'body.candidateId', message: 'a withdrawn candidate cannot join a waiting list' }],
    });
  const t = issueToken();
  const id = await inTransaction(deps.db, async (trx) => {
    if ((await repo.entriesOfCandidate(trx, candidate.id)).some((e) => e.programme_id === programme.id))
      throw new AppError('conflict', `${candidate.reference} is already waiting for ${programme.name}`);
    const row = await repo.insertWaiting(trx, {
      programme_id: programme.id,
      candidate_id: candidate.id,
      joined_on: joinedOn,
      token_hash: t.hash,
    });
    await recordAudit(trx, ctx, {
      action: 'training.waiting-list.join',
      entity: 'candidate',
      entityId: candidate.id,
      partnerId: candidate.partner_id,
      detail: { programme: programme.slug, joinedOn },
    });
    return row.id;
  });
  const ranked = await rankedList(deps.db, programme, now);
  const position = ranked.find((r) => r.entryId === id)!.position;
  return { id, position, token: t.token, positionPath: t.path };
}

/** A new link replaces the old one (e.g. it was shared by mistake); the old link stops working. */
export async function rotatePositionLink(deps: Deps, ctx: RequestContext, entryId: string) {
  const scope = partnerScope(actorOf(ctx), 'training.waiting-list.join');
  const entry = await repo.findWaiting(deps.db, entryId);
  if (!entry || !inScope(scope, entry.partner_id)) throw notFound('Waiting-list entry');
  const t = issueToken();
  await inTransaction(deps.db, async (trx) => {
    await repo.setToken(trx, entry.id, t.hash);
    await recordAudit(trx, ctx, {
      action: 'training.position-link.rotate',
      entity: 'candidate',
      entityId: entry.candidate_id,
      partnerId: entry.partner_id,
      detail: { programme: entry.programme_slug },
    });
  });
  const programme = await programmeOr404(deps.db, entry.programme_slug);
  const ranked = await rankedList(deps.db, programme, today());
  return {
    id: entry.id,
    position: ranked.find((r) => r.entryId === entry.id)!.position,
    token: t.token,
    positionPath: t.path,
  };
}
