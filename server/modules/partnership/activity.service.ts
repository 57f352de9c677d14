import type { Deps } from '../../deps';
import type { Db } from '../../db/tx';
import type { RequestContext } from '../../http/context';
import { AppError } from '../../http/errors';
import { partnerScope } from '../../http/policy';
import type { ListQuery, Page } from '../../lib/paging';
import { getPartner } from '../identity/identity.directory.service';
import * as repo from './activity.repo';
import type { ActivityKind, ActivityVisibility, FeedViewer } from './activity.rules';
import { workPackageId as wpId } from './work-packages.service';

export { activityKinds, activityVisibilities, type ActivityKind, type ActivityVisibility } from './activity.rules';

/** Something that happened, for the feed and the weekly round-up. Ids, not slugs: callers hold the rows. */
export interface ActivityEvent {
  kind: ActivityKind;
  /** the partner the event belongs to (whose record it is); null for programme-wide events */
  partnerId: string | null;
  workPackageId?: string | null | undefined;
  /** the record it is about, e.g. { type: 'micro_asset', id } */
  subject: { type: string; id: string };
  /** one line for people, with no special-category or personal detail */
  summary: string;
  /** default 'partners': every partner sees it; 'partner' keeps it to the owning partner and coordinators */
  visibility?: ActivityVisibility | undefined;
  actorUserId?: string | null | undefined;
  occurredAt?: Date | undefined;
}

const toRow = (e: ActivityEvent): repo.NewActivityRow => ({
  kind: e.kind,
  partner_id: e.partnerId,
  work_package_id: e.workPackageId ?? null,
  subject_type: e.subject.type,
  subject_id: e.subject.id,
  summary: e.summary.replace(/\s+/g, ' ').trim().slice(0, 300) || e.kind,
  visibility: e.visibility ?? 'partners',
  actor_user_id: e.actorUserId ?? null,
  ...(e.occurredAt ? { occurred_at: e.occurredAt } : {}),
});

/**
 * Records an event in the activity feed. Call it inside the use-case's transaction (pass the trx), so the event
 * exists if and only if the change committed.
 */
export async function recordActivity(db: Db, event: ActivityEvent): Promise<void> {
  await repo.insertActivity(db, [toRow(event)]);
}

/** Many events at once (seeding, benchmarks). */
export async function recordActivities(db: Db, events: ActivityEvent[]): Promise<void> {
  for (let i = 0; i < events.length; i += 1000) await repo.insertActivity(db, events.slice(i, i + 1000).map(toRow));
}

type Ref = { id: string; slug: string; name: string };
export interface ActivityView {
  id: string;
  kind: ActivityKind;
  summary: string;
  subject: { type: string; id: string };
  visibility: ActivityVisibility;
  occurredAt: string;
  partner: Ref | null;
  workPackage: (Ref & { code: string }) | null;
}

export function toActivityView(r: repo.ActivityRow): ActivityView {
  return {
    id: r.id,
    kind: r.kind as ActivityKind,
    summary: r.summary,
    subject: { type: r.subject_type, id: r.subject_id },
    visibility: r.visibility as ActivityVisibility,
    occurredAt: r.occurred_at.toISOString(),
    partner: r.partner_id ? { id: r.partner_id, slug: r.p_slug ?? '', name: r.p_name ?? '' } : null,
    workPackage: r.work_package_id
      ? { id: r.work_package_id, slug: r.wp_slug ?? '', code: r.wp_code ?? '', name: r.wp_name ?? '' }
      : null,
  };
}

export interface ActivityListQuery extends ListQuery<repo.ActivitySort> {
  partner?: string | undefined;
  workPackage?: string | undefined;
  kind?: ActivityKind | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

export function feedViewer(ctx: RequestContext): FeedViewer {
  if (!ctx.actor) return { kind: 'all' };
  const scope = partnerScope(ctx.actor, 'activity.list');
  return scope.kind === 'all' ? scope : { kind: 'partner', partnerId: scope.partnerId };
}

/** The feed, per partner and per work package, holding back what the viewer may not see. */
export async function listActivity(
  deps: Deps,
  ctx: RequestContext,
  query: ActivityListQuery,
): Promise<Page<ActivityView>> {
  if (!ctx.actor) throw new AppError('unauthenticated');
  const partnerId = query.partner ? (await getPartner(deps, query.partner)).id : undefined;
  const workPackageId = query.workPackage ? await wpId(deps, query.workPackage, 'querystring.workPackage') : undefined;
  const { items, total } = await repo.listActivity(
    deps.db,
    {
      viewer: feedViewer(ctx),
      partnerId,
      workPackageId,
      kind: query.kind,
      from: query.from ? new Date(query.from) : undefined,
      to: query.to ? new Date(query.to) : undefined,
    },
    query,
  );
  return { items: items.map(toActivityView), page: query.page, pageSize: query.pageSize, total };
}
