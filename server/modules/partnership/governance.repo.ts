import { sql } from 'kysely';
import { likePattern, paginate } from '../../db/paging';
import type { Db } from '../../db/tx';
import type { ListQuery } from '../../lib/paging';
import type { BodyKind } from './coordination.rules';

/** Whose bodies and meetings a caller sees: every one, or those they or their partner belong to. */
export type MemberScope = { kind: 'all' } | { kind: 'member'; userId: string; partnerId: string };

export type BodySort = 'name' | 'kind';

/** Bodies whose membership includes the user, or the user's partner. */
export const memberBodyIds = (db: Db, userId: string, partnerId: string) =>
  db
    .selectFrom('governance_body_members')
    .select('body_id')
    .where((eb) => eb.or([eb('user_id', '=', userId), eb('partner_id', '=', partnerId)]));

const bodies = (db: Db) =>
  db
    .selectFrom('governance_bodies as b')
    .leftJoin('macro_assets as m', 'm.id', 'b.macro_asset_id')
    .select([
      'b.id',
      'b.slug',
      'b.name',
      'b.kind',
      'b.description',
      'm.id as macro_id',
      'm.slug as macro_slug',
      'm.name as macro_name',
    ]);
export type BodyRow = Awaited<ReturnType<ReturnType<typeof bodies>['executeTakeFirstOrThrow']>>;

export async function listBodies(
  db: Db,
  scope: MemberScope,
  query: ListQuery<BodySort> & { kind?: BodyKind | undefined },
) {
  let qb = bodies(db);
  if (scope.kind === 'member') qb = qb.where('b.id', 'in', memberBodyIds(db, scope.userId, scope.partnerId));
  if (query.kind) qb = qb.where('b.kind', '=', query.kind);
  if (query.q) qb = qb.where('b.name', 'ilike', likePattern(query.q));
  return paginate(qb, query, { name: 'b.name', kind: 'b.kind' }, 'b.id');
}

export async function findBody(db: Db, idOrSlug: string, byId: boolean) {
  return bodies(db)
    .where(byId ? 'b.id' : 'b.slug', '=', idOrSlug)
    .executeTakeFirst();
}

export async function isMember(db: Db, bodyId: string, userId: string, partnerId: string): Promise<boolean> {
  const row = await memberBodyIds(db, userId, partnerId).where('body_id', '=', bodyId).executeTakeFirst();
  return row !== undefined;
}

export async function membersOf(db: Db, bodyIds: string[]) {
  if (bodyIds.length === 0) return [];
  return db
    .selectFrom('governance_body_members as gm')
    .leftJoin('users as u', 'u.id', 'gm.user_id')
    .leftJoin('partners as p', (j) => j.on(sql<boolean>`p.id = coalesce(gm.partner_id, u.partner_id)`))
    .select([
      'gm.body_id',
      'gm.user_id',
      'gm.partner_id',
      'u.display_name',
      'p.id as p_id',
      'p.slug as p_slug',
      'p.name as p_name',
    ])
    .where('gm.body_id', 'in', bodyIds)
    .orderBy('p.name')
    .orderBy('u.display_name')
    .execute();
}

export async function insertBody(
  db: Db,
  b: { slug: string; name: string; kind: BodyKind; macro_asset_id: string | null; description: string },
) {
  return db.insertInto('governance_bodies').values(b).returning('id').executeTakeFirstOrThrow();
}

export async function addMember(db: Db, bodyId: string, m: { userId?: string; partnerId?: string }) {
  const column = m.userId ? 'user_id' : 'partner_id';
  const exists = await db
    .selectFrom('governance_body_members')
    .select('id')
    .where('body_id', '=', bodyId)
    .where(column, '=', (m.userId ?? m.partnerId)!)
    .executeTakeFirst();
  if (exists) return false;
  await db
    .insertInto('governance_body_members')
    .values({ body_id: bodyId, user_id: m.userId ?? null, partner_id: m.partnerId ?? null })
    .execute();
  return true;
}

export const slugTaken = async (db: Db, slug: string) =>
  (await db.selectFrom('governance_bodies').select('id').where('slug', '=', slug).executeTakeFirst()) !== undefined;

/** People who can be invited, own tasks or join bodies: every account that is not disabled. */
export async function listPeople(db: Db, q: string | undefined) {
  let qb = db
    .selectFrom('users as u')
    .innerJoin('partners as p', 'p.id', 'u.partner_id')
    .select(['u.id', 'u.display_name', 'u.email', 'p.id as p_id', 'p.slug as p_slug', 'p.name as p_name'])
    .where('u.disabled', '=', false);
  if (q)
    qb = qb.where((eb) =>
      eb.or([eb('u.display_name', 'ilike', likePattern(q)), eb('p.name', 'ilike', likePattern(q))]),
    );
  return qb.orderBy('u.display_name').limit(500).execute();
}

/** One account by id, with what invitations and reminders need. */
export const findPerson = (db: Db, id: string) =>
  db
    .selectFrom('users as u')
    .innerJoin('partners as p', 'p.id', 'u.partner_id')
    .select([
      'u.id',
      'u.display_name',
      'u.email',
      'u.locale',
      'u.disabled',
      'p.id as p_id',
      'p.slug as p_slug',
      'p.name as p_name',
    ])
    .where('u.id', '=', id)
    .executeTakeFirst();
export type PersonRow = NonNullable<Awaited<ReturnType<typeof findPerson>>>;
