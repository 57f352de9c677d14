import { likePattern, paginate } from '../../db/paging';
import type { Db } from '../../db/tx';
import type { ListQuery } from '../../lib/paging';

export const getProgramme = (db: Db) => db.selectFrom('programme').selectAll().executeTakeFirst();

export async function upsertProgramme(
  db: Db,
  p: { slug: string; name: string; city: string; settings: Record<string, unknown> },
) {
  await db
    .insertInto('programme')
    .values({ id: 1, ...p, settings: JSON.stringify(p.settings) })
    .onConflict((oc) =>
      oc.column('id').doUpdateSet({ slug: p.slug, name: p.name, city: p.city, settings: JSON.stringify(p.settings) }),
    )
    .execute();
}

export type WorkPackageSort = 'code' | 'name';

export async function listWorkPackages(db: Db, query: ListQuery<WorkPackageSort> & { lead?: string | undefined }) {
  let qb = db
    .selectFrom('work_packages')
    .innerJoin('partners', 'partners.id', 'work_packages.lead_partner_id')
    .select([
      'work_packages.id',
      'work_packages.slug',
      'work_packages.code',
      'work_packages.name',
      'work_packages.description',
      'partners.id as lead_id',
      'partners.slug as lead_slug',
      'partners.name as lead_name',
    ]);
  if (query.lead) qb = qb.where('partners.slug', '=', query.lead);
  if (query.q) {
    const p = likePattern(query.q);
    qb = qb.where((eb) => eb.or([eb('work_packages.name', 'ilike', p), eb('work_packages.code', 'ilike', p)]));
  }
  return paginate(qb, query, { code: 'work_packages.code', name: 'work_packages.name' }, 'work_packages.id');
}

export async function insertWorkPackage(
  db: Db,
  w: { slug: string; code: string; name: string; lead_partner_id: string; description: string },
) {
  return db.insertInto('work_packages').values(w).returning('id').executeTakeFirstOrThrow();
}

export async function findWorkPackage(db: Db, idOrSlug: string, byId: boolean) {
  return db
    .selectFrom('work_packages')
    .select(['id', 'slug', 'code', 'name'])
    .where(byId ? 'id' : 'slug', '=', idOrSlug)
    .executeTakeFirst();
}
