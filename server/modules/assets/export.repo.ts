import type { Db } from '../../db/tx';

/**
 * Reads for exports: live rows in id order, a page at a time (keyset, so a 200,000-row export never sorts
 * or counts the whole table), already narrowed to what the caller may take away.
 */

export type ExportReach = {
  /** the caller's partner ('' for the system): its own records are included */
  partnerId: string;
  /** other partners' non-resident assets at these visibilities */
  wider: readonly string[];
};

/** The system has no partner of its own: a nil uuid matches no row. */
const noPartner = '00000000-0000-0000-0000-000000000000';

export interface MicroAssetExportFilter {
  category?: string | undefined;
}

export async function microAssetPage(
  db: Db,
  reach: ExportReach,
  filter: MicroAssetExportFilter,
  after: string | null,
  limit: number,
) {
  let qb = db
    .selectFrom('micro_assets as m')
    .innerJoin('partners as p', 'p.id', 'm.partner_id')
    .leftJoin('partners as op', 'op.id', 'm.owner_partner_id')
    .leftJoin('areas as a', 'a.id', 'm.area_id')
    .leftJoin('residents as r', 'r.id', 'm.resident_id')
    .leftJoin('occupations as c', 'c.code', 'm.occupation_code')
    .selectAll('m')
    .select([
      'p.slug as partner_slug',
      'p.name as partner_name',
      'op.slug as owner_partner_slug',
      'op.name as owner_partner_name',
      'a.slug as area_slug',
      'a.name as area_name',
      'r.reference as resident_reference',
      'c.labels as occupation_labels',
    ])
    .where('m.merged_into_id', 'is', null)
    .where((eb) =>
      eb.or([
        eb('m.partner_id', '=', reach.partnerId || noPartner),
        eb.and([
          eb('m.owner_type', '<>', 'resident'),
          eb('m.sensitive', '=', false),
          eb('m.visibility', 'in', [...reach.wider]),
        ]),
      ]),
    );
  if (filter.category) qb = qb.where('m.category', '=', filter.category);
  if (after) qb = qb.where('m.id', '>', after);
  return qb.orderBy('m.id').limit(limit).execute();
}

export async function opportunityPage(
  db: Db,
  drafts: { kind: 'all' } | { kind: 'partner'; partnerId: string },
  after: string | null,
  limit: number,
) {
  let qb = db
    .selectFrom('opportunities as o')
    .innerJoin('partners as p', 'p.id', 'o.partner_id')
    .leftJoin('macro_assets as m', 'm.id', 'o.macro_asset_id')
    .leftJoin('areas as a', 'a.id', 'o.area_id')
    .selectAll('o')
    .select([
      'p.slug as partner_slug',
      'p.name as partner_name',
      'm.slug as macro_asset_slug',
      'm.name as macro_asset_name',
      'a.slug as area_slug',
      'a.name as area_name',
    ]);
  if (drafts.kind === 'partner')
    qb = qb.where((eb) => eb.or([eb('o.status', '<>', 'draft'), eb('o.partner_id', '=', drafts.partnerId)]));
  if (after) qb = qb.where('o.id', '>', after);
  return qb.orderBy('o.id').limit(limit).execute();
}
