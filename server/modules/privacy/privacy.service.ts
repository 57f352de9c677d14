import type { Deps } from '../../deps';
import type { Db } from '../../db/tx';
import type { RequestContext } from '../../http/context';
import type { ListQuery, Page } from '../../lib/paging';
import { decryptField, encryptField } from './privacy.crypto';
import { insertAuditEvent, listAuditEvents, type AuditFilter, type AuditSort } from './privacy.repo';

/** Small-cell suppression, for every module that publishes counts. */
export { smallCellThreshold, suppressCells, suppressSmall, type SuppressedCells } from './privacy.rules';

export interface AuditEntry {
  action: string;
  entity: string;
  entityId?: string | null;
  partnerId?: string | null;
  detail?: Record<string, unknown>;
}

/**
 * Records who did what, when and from where. Call it inside the use-case's transaction so the
 * record and the change commit together.
 */
export async function recordAudit(db: Db, ctx: RequestContext, entry: AuditEntry): Promise<void> {
  await insertAuditEvent(db, {
    actorUserId: ctx.actor?.userId ?? null,
    actorEmail: ctx.actor?.email ?? null,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId ?? null,
    partnerId: entry.partnerId ?? null,
    ip: ctx.ip,
    requestId: ctx.requestId,
    detail: entry.detail ?? {},
  });
}

export interface AuditEventView {
  id: number;
  at: string;
  actor: { id: string | null; email: string } | null;
  action: string;
  entity: string;
  entityId: string | null;
  partnerId: string | null;
  ip: string | null;
  requestId: string | null;
  detail: Record<string, unknown>;
}

export async function listAudit(
  deps: Deps,
  filter: AuditFilter,
  query: ListQuery<AuditSort>,
): Promise<Page<AuditEventView>> {
  const { items, total } = await listAuditEvents(deps.db, filter, query);
  return {
    items: items.map((r) => ({
      id: r.id,
      at: r.at.toISOString(),
      actor: r.actor_email ? { id: r.actor_user_id, email: r.actor_email } : null,
      action: r.action,
      entity: r.entity,
      entityId: r.entity_id,
      partnerId: r.partner_id,
      ip: r.ip,
      requestId: r.request_id,
      detail: r.detail,
    })),
    page: query.page,
    pageSize: query.pageSize,
    total,
  };
}

export const sealSpecialCategory = (deps: Pick<Deps, 'fieldKey'>, value: string | null): string | null =>
  value === null ? null : encryptField(deps.fieldKey, value);

export const openSpecialCategory = (deps: Pick<Deps, 'fieldKey'>, stored: string | null): string | null =>
  stored === null ? null : decryptField(deps.fieldKey, stored);
