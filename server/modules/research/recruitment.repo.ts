import { sql } from 'kysely';
import { likePattern, paginate } from '../../db/paging';
import type { Db } from '../../db/tx';
import type { PartnerScope } from '../../http/policy';
import type { ListQuery } from '../../lib/paging';
import { pdb } from './researchers.tables';

export type EventSort = 'heldOn' | 'title';

export async function listEvents(db: Db, scope: PartnerScope, query: ListQuery<EventSort>) {
  let q = pdb(db)
    .selectFrom('research_recruitment_events as e')
    .innerJoin('partners as p', 'p.id', 'e.partner_id')
    .leftJoin('areas as a', 'a.id', 'e.area_id');
  if (scope.kind === 'partner') q = q.where('e.partner_id', '=', scope.partnerId);
  if (query.q) q = q.where('e.title', 'ilike', likePattern(query.q));
  const { items, total } = await paginate(
    q.select([
      'e.id',
      'e.title',
      'e.held_on',
      'e.location',
      'e.notes',
      'e.partner_id',
      'p.name as partner_name',
      'a.name as area_name',
      (eb) =>
        eb
          .selectFrom('research_researchers as r')
          .whereRef('r.recruitment_event_id', '=', 'e.id')
          .select(sql<number>`count(*)`.as('n'))
          .as('sign_ups'),
    ]),
    query,
    { heldOn: 'e.held_on', title: 'e.title' },
    'e.id',
  );
  return { rows: items, total };
}

export async function findEvent(db: Db, id: string) {
  return pdb(db)
    .selectFrom('research_recruitment_events')
    .where('id', '=', id)
    .select(['id', 'partner_id', 'held_on'])
    .executeTakeFirst();
}

export async function insertEvent(
  db: Db,
  e: { partnerId: string; title: string; heldOn: string; areaId: string | null; location: string; notes: string },
): Promise<string> {
  const row = await pdb(db)
    .insertInto('research_recruitment_events')
    .values({
      partner_id: e.partnerId,
      title: e.title,
      held_on: e.heldOn,
      area_id: e.areaId,
      location: e.location,
      notes: e.notes,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function areaExists(db: Db, id: string): Promise<boolean> {
  return (await db.selectFrom('areas').where('id', '=', id).select('id').executeTakeFirst()) !== undefined;
}
