import type { Db } from '../../db/tx';
import { sdb } from './startups.tables';

/** The peer board of a cohort: posts and their replies. */
export const listPosts = (db: Db, cohortId: string, limit: number) =>
  sdb(db)
    .selectFrom('peer_posts as p')
    .leftJoin('users as u', 'u.id', 'p.author_id')
    .select(['p.id', 'p.parent_id', 'p.body', 'p.created_at', 'u.display_name as author'])
    .where('p.cohort_id', '=', cohortId)
    .orderBy('p.created_at')
    .orderBy('p.id')
    .limit(limit)
    .execute();

export const getPost = (db: Db, id: string) =>
  sdb(db).selectFrom('peer_posts').select(['id', 'cohort_id', 'parent_id']).where('id', '=', id).executeTakeFirst();

export const insertPost = (
  db: Db,
  p: { cohort_id: string; parent_id: string | null; author_id: string | null; body: string },
) => sdb(db).insertInto('peer_posts').values(p).returning('id').executeTakeFirstOrThrow();
