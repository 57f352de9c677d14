import type { Deps } from '../../deps';
import { inTransaction } from '../../db/tx';
import type { RequestContext } from '../../http/context';
import { notFound } from '../../http/errors';
import { isUuid } from '../../lib/ids';
import { openSpecialCategory, recordAudit, sealSpecialCategory } from '../privacy/privacy.service';
import { findResearcher } from './researchers.repo';
import * as repo from './mentoring.repo';

/**
 * Mentoring notes: personal and sometimes painful (time, pressure, family), so they are sealed with the field key,
 * readable only by the researcher's supervising partner, and every read is audited.
 */
export interface MentoringNoteView {
  id: string;
  body: string;
  author: string | null;
  createdAt: string;
}

async function supervised(deps: Deps, ctx: RequestContext, researcherId: string) {
  const r = isUuid(researcherId) ? await findResearcher(deps.db, researcherId) : undefined;
  // not the supervising partner: the notes (and whether they exist) are not theirs to know
  if (!r || (ctx.actor && ctx.actor.partnerId !== r.partner_id)) throw notFound('Researcher');
  return r;
}

export async function listNotes(deps: Deps, ctx: RequestContext, researcherId: string): Promise<MentoringNoteView[]> {
  const r = await supervised(deps, ctx, researcherId);
  return inTransaction(deps.db, async (trx) => {
    const rows = await repo.listNotes(trx, r.id);
    await recordAudit(trx, ctx, {
      action: 'research.mentoring.read',
      entity: 'researcher',
      entityId: r.id,
      partnerId: r.partner_id,
      detail: { notes: rows.length },
    });
    return rows.map((n) => ({
      id: n.id,
      body: openSpecialCategory(deps, n.body_enc) ?? '',
      author: n.author,
      createdAt: n.created_at.toISOString(),
    }));
  });
}

export async function addNote(deps: Deps, ctx: RequestContext, researcherId: string, body: string) {
  const r = await supervised(deps, ctx, researcherId);
  await inTransaction(deps.db, async (trx) => {
    const id = await repo.insertNote(trx, r.id, ctx.actor?.userId ?? null, sealSpecialCategory(deps, body)!);
    await recordAudit(trx, ctx, {
      action: 'research.mentoring.write',
      entity: 'mentoring_note',
      entityId: id,
      partnerId: r.partner_id,
    });
  });
  return listNotes(deps, ctx, researcherId);
}
