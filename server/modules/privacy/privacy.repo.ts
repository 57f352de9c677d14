import { sql } from 'kysely';
import { likePattern, paginate } from '../../db/paging';
import type { Db } from '../../db/tx';
import type { ListQuery } from '../../lib/paging';

export interface AuditInsert {
  actorUserId: string | null;
  actorEmail: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  partnerId: string | null;
  ip: string | null;
  requestId: string | null;
  detail: Record<string, unknown>;
}

export async function insertAuditEvent(db: Db, e: AuditInsert): Promise<void> {
  await db
    .insertInto('audit_events')
    .values({
      actor_user_id: e.actorUserId,
      actor_email: e.actorEmail,
      action: e.action,
      entity: e.entity,
      entity_id: e.entityId,
      partner_id: e.partnerId,
      ip: e.ip,
      request_id: e.requestId,
      detail: JSON.stringify(e.detail),
    })
    .execute();
}

export type AuditSort = 'at' | 'action' | 'entity';

export interface AuditFilter {
  action?: string | undefined;
  entity?: string | undefined;
  entityId?: string | undefined;
  actor?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

export async function listAuditEvents(db: Db, filter: AuditFilter, query: ListQuery<AuditSort>) {
  let qb = db.selectFrom('audit_events').selectAll();
  if (filter.action) qb = qb.where('action', '=', filter.action);
  if (filter.entity) qb = qb.where('entity', '=', filter.entity);
  if (filter.entityId) qb = qb.where('entity_id', '=', filter.entityId);
  if (filter.actor) qb = qb.where('actor_email', 'ilike', likePattern(filter.actor));
  if (filter.from) qb = qb.where('at', '>=', sql<Date>`${filter.from}::timestamptz`);
  if (filter.to) qb = qb.where('at', '<', sql<Date>`${filter.to}::timestamptz`);
  if (query.q) {
    const p = likePattern(query.q);
    qb = qb.where((eb) => eb.or([eb('action', 'ilike', p), eb('entity', 'ilike', p), eb('actor_email', 'ilike', p)]));
  }
  return paginate(qb, query, { at: 'at', action: 'action', entity: 'entity' });
}
