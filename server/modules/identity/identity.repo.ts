import { likePattern, paginate } from '../../db/paging';
import type { Db } from '../../db/tx';
import type { ListQuery } from '../../lib/paging';
import type { PartnerScope } from '../../http/policy';
import { isUuid } from '../../lib/ids';

const userColumns = [
  'users.id',
  'users.email',
  'users.display_name',
  'users.role',
  'users.partner_id',
  'users.locale',
  'users.disabled',
  'users.created_at',
  'users.failed_attempts',
  'users.locked_until',
  'users.password_hash',
  'partners.slug as partner_slug',
  'partners.name as partner_name',
] as const;

export const findUserByEmail = (db: Db, email: string) =>
  db
    .selectFrom('users')
    .innerJoin('partners', 'partners.id', 'users.partner_id')
    .select(userColumns)
    .where('users.email', '=', email)
    .executeTakeFirst();

export const findUserById = (db: Db, id: string) =>
  db
    .selectFrom('users')
    .innerJoin('partners', 'partners.id', 'users.partner_id')
    .select(userColumns)
    .where('users.id', '=', id)
    .executeTakeFirst();

export type UserRow = NonNullable<Awaited<ReturnType<typeof findUserById>>>;

export async function recordFailure(db: Db, id: string, failedAttempts: number, lockedUntil: Date | null) {
  await db
    .updateTable('users')
    .set({ failed_attempts: failedAttempts, locked_until: lockedUntil })
    .where('id', '=', id)
    .execute();
}

export async function clearFailures(db: Db, id: string) {
  await db.updateTable('users').set({ failed_attempts: 0, locked_until: null }).where('id', '=', id).execute();
}

export async function updateUser(
  db: Db,
  id: string,
  patch: { display_name?: string; locale?: string | null; password_hash?: string },
) {
  await db
    .updateTable('users')
    .set({ ...patch, updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

export async function insertUser(
  db: Db,
  u: {
    email: string;
    display_name: string;
    password_hash: string;
    role: string;
    partner_id: string;
    locale?: string | null;
  },
) {
  return db
    .insertInto('users')
    .values({ ...u, updated_at: new Date() })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function insertSession(
  db: Db,
  s: { token_hash: string; user_id: string; expires_at: Date; ip: string | null; user_agent: string | null },
) {
  await db
    .insertInto('sessions')
    .values({ ...s, last_seen_at: new Date() })
    .execute();
}

export const findSession = (db: Db, tokenHash: string) =>
  db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'sessions.user_id',
      'sessions.expires_at',
      'sessions.last_seen_at',
      'users.email',
      'users.role',
      'users.partner_id',
      'users.disabled',
    ])
    .where('sessions.token_hash', '=', tokenHash)
    .executeTakeFirst();

export async function touchSession(db: Db, tokenHash: string, now: Date) {
  await db.updateTable('sessions').set({ last_seen_at: now }).where('token_hash', '=', tokenHash).execute();
}

export async function deleteSession(db: Db, tokenHash: string) {
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
}

export async function deleteOtherSessions(db: Db, userId: string, keepHash: string) {
  await db.deleteFrom('sessions').where('user_id', '=', userId).where('token_hash', '!=', keepHash).execute();
}

export type UserSort = 'email' | 'displayName' | 'role' | 'createdAt';

export async function listUsers(db: Db, scope: PartnerScope, query: ListQuery<UserSort>) {
  let qb = db.selectFrom('users').innerJoin('partners', 'partners.id', 'users.partner_id').select(userColumns);
  if (scope.kind === 'partner') qb = qb.where('users.partner_id', '=', scope.partnerId);
  if (query.q) {
    const p = likePattern(query.q);
    qb = qb.where((eb) => eb.or([eb('users.email', 'ilike', p), eb('users.display_name', 'ilike', p)]));
  }
  return paginate(
    qb,
    query,
    { email: 'users.email', displayName: 'users.display_name', role: 'users.role', createdAt: 'users.created_at' },
    'users.id',
  );
}

export type PartnerSort = 'name' | 'kind' | 'slug';

export async function listPartners(db: Db, query: ListQuery<PartnerSort>) {
  let qb = db
    .selectFrom('partners')
    .select(['id', 'slug', 'name', 'kind', 'website', 'description'])
    .where('merged_into_id', 'is', null);
  if (query.q) {
    const p = likePattern(query.q);
    qb = qb.where((eb) => eb.or([eb('name', 'ilike', p), eb('slug', 'ilike', p), eb('description', 'ilike', p)]));
  }
  return paginate(qb, query, { name: 'name', kind: 'kind', slug: 'slug' });
}

/** A partner by id or slug; a partner merged into another resolves to the one it was merged into. */
export async function findPartner(db: Db, idOrSlug: string) {
  const columns = ['id', 'slug', 'name', 'kind', 'website', 'description', 'merged_into_id'] as const;
  let row = await db
    .selectFrom('partners')
    .select(columns)
    .where((eb) => (isUuid(idOrSlug) ? eb('id', '=', idOrSlug) : eb('slug', '=', idOrSlug)))
    .executeTakeFirst();
  for (let hops = 0; row?.merged_into_id && hops < 10; hops++) {
    row = await db.selectFrom('partners').select(columns).where('id', '=', row.merged_into_id).executeTakeFirst();
  }
  if (!row) return undefined;
  const { merged_into_id: _, ...partner } = row;
  return partner;
}

export async function insertPartner(
  db: Db,
  p: { slug: string; name: string; kind: string; website: string | null; description: string },
) {
  return db.insertInto('partners').values(p).returning('id').executeTakeFirstOrThrow();
}
