import type { Deps } from '../../deps';
import { inTransaction } from '../../db/tx';
import type { RequestContext } from '../../http/context';
import { AppError, notFound } from '../../http/errors';
import { isUuid } from '../../lib/ids';
import { recordAudit } from '../privacy/privacy.service';
import { visibleEnterprise } from './enterprises.service';
import * as repo from './mentors.repo';
import type { Reason } from './mentors.rules';
import { ruleBroken } from './startups.errors';
import { checkDay } from './startups.service';

/** Mentoring relationships: the confirmed match, its reasons, the session log and the start-up's feedback. */
export interface RelationshipView {
  id: string;
  status: string;
  score: number;
  reasons: Reason[];
  confirmedAt: string;
  endedAt: string | null;
  mentor: { id: string; name: string };
  enterprise: { id: string; name: string };
  sessions: { id: string; heldOn: string; minutes: number; notes: string; rating: number | null; feedback: string }[];
}

const toView = (r: repo.RelationshipRow, sessions: Awaited<ReturnType<typeof repo.sessionsOf>>): RelationshipView => ({
  id: r.id,
  status: r.status,
  score: r.score,
  reasons: r.reasons as Reason[],
  confirmedAt: r.confirmed_at.toISOString(),
  endedAt: r.ended_at?.toISOString() ?? null,
  mentor: { id: r.mentor_id, name: r.mentor_name },
  enterprise: { id: r.enterprise_id, name: r.enterprise_name },
  sessions: sessions.map((s) => ({
    id: s.id,
    heldOn: s.held_on,
    minutes: s.minutes,
    notes: s.notes,
    rating: s.rating,
    feedback: s.feedback,
  })),
});

/** Staff see every relationship; an enterprise member only those of its enterprise (visibleEnterprise). */
async function visibleRelationship(deps: Deps, ctx: RequestContext, id: string) {
  const row = isUuid(id) ? await repo.getRelationship(deps.db, id) : undefined;
  if (!row) throw notFound('Mentoring relationship');
  if (ctx.actor?.role === 'enterprise_member')
    await visibleEnterprise(deps, ctx, row.enterprise_id).catch(() => {
      throw notFound('Mentoring relationship');
    });
  return row;
}

export async function getRelationship(deps: Deps, ctx: RequestContext, id: string): Promise<RelationshipView> {
  const row = await visibleRelationship(deps, ctx, id);
  return toView(row, await repo.sessionsOf(deps.db, id));
}

export async function relationshipsOfStartup(deps: Deps, ctx: RequestContext, enterpriseId: string) {
  await visibleEnterprise(deps, ctx, enterpriseId);
  const rows = await repo.relationshipsOf(deps.db, { enterpriseId });
  return rows.map((r) => toView(r, []));
}

export async function relationshipsOfMentor(deps: Deps, mentorId: string) {
  const rows = isUuid(mentorId) ? await repo.relationshipsOf(deps.db, { mentorId }) : [];
  return rows.map((r) => toView(r, []));
}

export interface NewMentorSession {
  heldOn: string;
  minutes: number;
  notes?: string | undefined;
  rating?: number | undefined;
  feedback?: string | undefined;
}

export async function logSession(deps: Deps, ctx: RequestContext, id: string, input: NewMentorSession) {
  checkDay(input.heldOn, 'body.heldOn');
  if (input.heldOn > new Date().toISOString().slice(0, 10))
    throw ruleBroken('body.heldOn', 'log a session once it has happened');
  const row = await visibleRelationship(deps, ctx, id);
  if (row.status !== 'active') throw new AppError('conflict', 'This mentoring relationship has ended');
  await inTransaction(deps.db, async (trx) => {
    await repo.insertSession(trx, {
      relationship_id: id,
      held_on: input.heldOn,
      minutes: input.minutes,
      notes: input.notes ?? '',
      rating: input.rating ?? null,
      feedback: input.feedback ?? '',
      logged_by: ctx.actor?.userId ?? null,
    });
    await recordAudit(trx, ctx, { action: 'mentoring.session', entity: 'mentor_relationship', entityId: id });
  });
  return getRelationship(deps, ctx, id);
}

export async function endRelationship(deps: Deps, ctx: RequestContext, id: string) {
  await visibleRelationship(deps, ctx, id);
  await inTransaction(deps.db, async (trx) => {
    if (!(await repo.endRelationship(trx, id)))
      throw new AppError('conflict', 'This mentoring relationship has already ended');
    await recordAudit(trx, ctx, { action: 'mentoring.end', entity: 'mentor_relationship', entityId: id });
  });
  return getRelationship(deps, ctx, id);
}
