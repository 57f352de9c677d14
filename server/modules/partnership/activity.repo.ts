import { likePattern, paginate } from '../../db/paging';
import type { Db } from '../../db/tx';
import type { ListQuery } from '../../lib/paging';
import { cdb } from './activity.tables';
import type { ActivityKind, ActivityVisibility, FeedViewer } from './activity.rules';

export interface NewActivityRow {
  kind: ActivityKind;
  partner_id: string | null;
  work_package_id: string | null;
  subject_type: string;
  subject_id: string;
  summary: string;
  visibility: ActivityVisibility;
  actor_user_id: string | null;
  occurred_at?: Date;
}

export async function insertActivity(db: Db, rows: NewActivityRow[]): Promise<void> {
  if (rows.length === 0) return;
  await cdb(db).insertInto('activity_events').values(rows).execute();
}

export type ActivitySort = 'occurredAt';
export interface ActivityFilter {
  viewer: FeedViewer;
  partnerId?: string | undefined;
  workPackageId?: string | undefined;
  kind?: ActivityKind | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
}

function feedQuery(db: Db, f: ActivityFilter) {
  let qb = cdb(db)
    .selectFrom('activity_events as e')
    .leftJoin('partners as p', 'p.id', 'e.partner_id')
    .leftJoin('work_packages as w', 'w.id', 'e.work_package_id')
    .select([
      'e.id',
      'e.kind',
      'e.subject_type',
      'e.subject_id',
      'e.summary',
      'e.visibility',
      'e.occurred_at',
      'e.partner_id',
      'p.slug as p_slug',
      'p.name as p_name',
      'e.work_package_id',
      'w.slug as wp_slug',
      'w.code as wp_code',
      'w.name as wp_name',
    ]);
  const viewer = f.viewer;
  if (viewer.kind === 'partner') {
    qb = qb.where((eb) =>
      eb.or([
        eb('e.visibility', 'in', ['public', 'partners']),
        eb.and([eb('e.visibility', '=', 'partner'), eb('e.partner_id', '=', viewer.partnerId)]),
      ]),
    );
  }
  if (f.partnerId) qb = qb.where('e.partner_id', '=', f.partnerId);
  if (f.workPackageId) qb = qb.where('e.work_package_id', '=', f.workPackageId);
  if (f.kind) qb = qb.where('e.kind', '=', f.kind);
  if (f.from) qb = qb.where('e.occurred_at', '>=', f.from);
  if (f.to) qb = qb.where('e.occurred_at', '<', f.to);
  return qb;
}

export async function listActivity(db: Db, f: ActivityFilter, query: ListQuery<ActivitySort>) {
  let qb = feedQuery(db, f);
  if (query.q) qb = qb.where('e.summary', 'ilike', likePattern(query.q));
  return paginate(qb, query, { occurredAt: 'e.occurred_at' }, 'e.id');
}

export type ActivityRow = Awaited<ReturnType<typeof listActivity>>['items'][number];

/** Counts by partner, work package and kind over a window: what the round-up compares week on week. */
export async function countActivity(db: Db, from: Date, to: Date) {
  return cdb(db)
    .selectFrom('activity_events')
    .select(['partner_id', 'work_package_id', 'kind', 'visibility', (eb) => eb.fn.countAll<string>().as('n')])
    .where('occurred_at', '>=', from)
    .where('occurred_at', '<', to)
    .groupBy(['partner_id', 'work_package_id', 'kind', 'visibility'])
    .execute();
}

/** The week's events every partner may see, newest first, capped: round-up highlights come from these. */
export async function recentSharedActivity(db: Db, from: Date, to: Date, limit: number) {
  return feedQuery(db, { viewer: { kind: 'all' }, from, to })
    .where('e.visibility', 'in', ['public', 'partners'])
    .orderBy('e.occurred_at', 'desc')
    .orderBy('e.id')
    .limit(limit)
    .execute();
}
