import type { Db } from '../../db/tx';
import type { RequestContext } from '../../http/context';
import { recordActivity } from '../partnership/activity.service';

/**
 * Skills-matching lines for the partnership's activity feed. No personal detail: which vacancy or role, never who;
 * kept to the owning partner (and coordinators). Called inside the use-case's transaction.
 */

export async function matchConfirmedActivity(trx: Db, ctx: RequestContext, partnerId: string, vacancyId: string) {
  await recordActivity(trx, {
    kind: 'match',
    partnerId,
    subject: { type: 'vacancy', id: vacancyId },
    summary: 'A caseworker confirmed a candidate for a vacancy',
    visibility: 'partner',
    actorUserId: ctx.actor?.userId ?? null,
  });
}

export async function placementActivity(
  trx: Db,
  ctx: RequestContext,
  partnerId: string,
  placementId: string,
  role: string,
) {
  await recordActivity(trx, {
    kind: 'placement',
    partnerId,
    subject: { type: 'interim_placement', id: placementId },
    summary: `A candidate started an interim placement: ${role.replace(/-/g, ' ')}`,
    visibility: 'partner',
    actorUserId: ctx.actor?.userId ?? null,
  });
}
