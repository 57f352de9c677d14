import type { Db } from '../../db/tx';
import { cdb } from './activity.tables';

export interface Milestone {
  title: string;
  due: string;
  done: boolean;
}

/** A work package by id or slug, with its lead partner. */
export const findWorkPackageWithLead = (db: Db, idOrSlug: string, byId: boolean) =>
  cdb(db)
    .selectFrom('work_packages as w')
    .innerJoin('partners as p', 'p.id', 'w.lead_partner_id')
    .select(['w.id', 'w.slug', 'w.code', 'w.name', 'w.description', 'w.lead_partner_id'])
    .select(['p.slug as lead_slug', 'p.name as lead_name'])
    .select((eb) => [
      eb.ref('w.objectives' as never).as('objectives'),
      eb.ref('w.milestones' as never).as('milestones'),
    ])
    .where(byId ? 'w.id' : 'w.slug', '=', idOrSlug)
    .executeTakeFirst() as Promise<
    | {
        id: string;
        slug: string;
        code: string;
        name: string;
        description: string;
        lead_partner_id: string;
        lead_slug: string;
        lead_name: string;
        objectives: string[];
        milestones: Milestone[];
      }
    | undefined
  >;

export const listMembers = (db: Db, workPackageId: string) =>
  cdb(db)
    .selectFrom('work_package_members as m')
    .innerJoin('partners as p', 'p.id', 'm.partner_id')
    .select(['p.id', 'p.slug', 'p.name'])
    .where('m.work_package_id', '=', workPackageId)
    .orderBy('p.name')
    .execute();

export async function setWorkPackageDetails(
  db: Db,
  id: string,
  d: { objectives: string[]; milestones: Milestone[]; members: string[] },
): Promise<void> {
  await db
    .updateTable('work_packages')
    .set({ objectives: JSON.stringify(d.objectives), milestones: JSON.stringify(d.milestones) } as never)
    .where('id', '=', id)
    .execute();
  await cdb(db).deleteFrom('work_package_members').where('work_package_id', '=', id).execute();
  if (d.members.length)
    await cdb(db)
      .insertInto('work_package_members')
      .values(d.members.map((partner_id) => ({ work_package_id: id, partner_id })))
      .execute();
}
