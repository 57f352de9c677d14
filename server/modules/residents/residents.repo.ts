import { likePattern, paginate } from '../../db/paging';
import type { Db } from '../../db/tx';
import type { PartnerScope } from '../../http/policy';
import type { ListQuery } from '../../lib/paging';

export type ResidentSort = 'reference' | 'displayName' | 'createdAt';

function base(db: Db) {
  return db
    .selectFrom('residents')
    .innerJoin('partners', 'partners.id', 'residents.partner_id')
    .select([
      'residents.id',
      'residents.reference',
      'residents.display_name',
      'residents.partner_id',
      'residents.area_id',
      'residents.languages',
      'residents.notes',
      'residents.created_at',
      'residents.immigration_status_enc',
      'partners.slug as partner_slug',
      'partners.name as partner_name',
    ]);
}

export async function listResidents(db: Db, scope: PartnerScope, query: ListQuery<ResidentSort>) {
  let qb = base(db);
  if (scope.kind === 'partner') qb = qb.where('residents.partner_id', '=', scope.partnerId);
  if (query.q) {
    const p = likePattern(query.q);
    qb = qb.where((eb) => eb.or([eb('residents.display_name', 'ilike', p), eb('residents.reference', 'ilike', p)]));
  }
  return paginate(
    qb,
    query,
    { reference: 'residents.reference', displayName: 'residents.display_name', createdAt: 'residents.created_at' },
    'residents.id',
  );
}

export const findResident = (db: Db, id: string) => base(db).where('residents.id', '=', id).executeTakeFirst();

export const findResidentByReference = (db: Db, reference: string) =>
  base(db).where('residents.reference', '=', reference).executeTakeFirst();

export type ResidentRow = NonNullable<Awaited<ReturnType<typeof findResident>>>;

export async function insertResident(
  db: Db,
  r: {
    reference: string;
    partner_id: string;
    display_name: string;
    area_id: string | null;
    languages: string[];
    immigration_status_enc: string | null;
    notes: string;
  },
) {
  return db
    .insertInto('residents')
    .values({ ...r, languages: JSON.stringify(r.languages), updated_at: new Date() })
    .returning('id')
    .executeTakeFirstOrThrow();
}
