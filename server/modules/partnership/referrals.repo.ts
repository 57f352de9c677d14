import { sql } from 'kysely';
import { likePattern, paginate } from '../../db/paging';
import type { Db } from '../../db/tx';
import type { ListQuery } from '../../lib/paging';
import { cdb } from './activity.tables';
import type { ReferralStatus } from './referrals.rules';

function base(db: Db) {
  return cdb(db)
    .selectFrom('referrals as r')
    .innerJoin('residents as res', 'res.id', 'r.resident_id')
    .innerJoin('partners as fp', 'fp.id', 'r.from_partner_id')
    .innerJoin('partners as tp', 'tp.id', 'r.to_partner_id')
    .innerJoin('work_packages as tw', 'tw.id', 'r.to_work_package_id')
    .leftJoin('work_packages as fw', 'fw.id', 'r.from_work_package_id')
    .select([
      'r.id',
      'r.resident_id',
      'res.reference as resident_reference',
      'r.status',
      'r.reason',
      'r.decline_reason',
      'r.sent_at',
      'r.responded_at',
      'r.completed_at',
      'r.version',
      'r.from_partner_id',
      'fp.slug as fp_slug',
      'fp.name as fp_name',
      'r.to_partner_id',
      'tp.slug as tp_slug',
      'tp.name as tp_name',
      'r.to_work_package_id',
      'tw.slug as tw_slug',
      'tw.code as tw_code',
      'tw.name as tw_name',
      'r.from_work_package_id',
      'fw.slug as fw_slug',
      'fw.code as fw_code',
      'fw.name as fw_name',
    ]);
}
export type ReferralRow = NonNullable<Awaited<ReturnType<typeof findReferral>>>;

export const findReferral = (db: Db, id: string) => base(db).where('r.id', '=', id).executeTakeFirst();

export type ReferralSort = 'sentAt' | 'status';
export interface ReferralFilter {
  /** inbox: sent to this partner; outbox: sent by it; both: either (null partner: every referral) */
  box: 'inbox' | 'outbox' | 'all';
  partnerId: string | null;
  status?: ReferralStatus | undefined;
  toWorkPackageId?: string | undefined;
}

export async function listReferrals(db: Db, f: ReferralFilter, query: ListQuery<ReferralSort>) {
  let qb = base(db);
  const partnerId = f.partnerId;
  if (partnerId !== null) {
    if (f.box === 'inbox') qb = qb.where('r.to_partner_id', '=', partnerId);
    else if (f.box === 'outbox') qb = qb.where('r.from_partner_id', '=', partnerId);
    else qb = qb.where((eb) => eb.or([eb('r.to_partner_id', '=', partnerId), eb('r.from_partner_id', '=', partnerId)]));
  }
  if (f.status) qb = qb.where('r.status', '=', f.status);
  if (f.toWorkPackageId) qb = qb.where('r.to_work_package_id', '=', f.toWorkPackageId);
  if (query.q) qb = qb.where('res.reference', 'ilike', likePattern(query.q));
  return paginate(qb, query, { sentAt: 'r.sent_at', status: 'r.status' }, 'r.id');
}

export async function insertReferral(
  db: Db,
  r: {
    resident_id: string;
    from_partner_id: string;
    from_work_package_id: string | null;
    to_work_package_id: string;
    to_partner_id: string;
    reason: string;
    sent_by: string | null;
  },
) {
  return cdb(db).insertInto('referrals').values(r).returning('id').executeTakeFirstOrThrow();
}

/** Moves a referral on if it is still at `version`; returns false when someone else changed it first. */
export async function updateStatus(
  db: Db,
  id: string,
  version: number,
  change: { status: ReferralStatus; declineReason: string | null; by: string | null },
): Promise<boolean> {
  const now = new Date();
  const res = await cdb(db)
    .updateTable('referrals')
    .set({
      status: change.status,
      version: sql<number>`version + 1`,
      updated_at: now,
      ...(change.status === 'completed'
        ? { completed_at: now }
        : { responded_at: now, responded_by: change.by, decline_reason: change.declineReason }),
    })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}
