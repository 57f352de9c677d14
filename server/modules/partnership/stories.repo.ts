import { sql } from 'kysely';
import { likePattern, paginate } from '../../db/paging';
import type { Db } from '../../db/tx';
import type { ListQuery } from '../../lib/paging';
import { cdb } from './activity.tables';

/** The story library and the named champions (migrations 0015, 0021). */
const storyBase = (db: Db) =>
  cdb(db)
    .selectFrom('stories as s')
    .innerJoin('partners as p', 'p.id', 's.partner_id')
    .leftJoin('work_packages as w', 'w.id', 's.work_package_id')
    .select(['s.id', 's.kind', 's.title', 's.body', 's.person_name', 's.consent_level', 's.created_at'])
    .select(['s.version', 's.updated_at', 's.partner_id'])
    .select(['p.id as p_id', 'p.slug as p_slug', 'p.name as p_name', 'w.slug as wp_slug', 'w.code as wp_code']);
export type StoryRow = NonNullable<Awaited<ReturnType<typeof findStory>>>;

export type StorySort = 'createdAt' | 'title';
export interface StoryFilter {
  publicOnly: boolean;
  kind?: string | undefined;
  consentLevel?: string | undefined;
  partner?: string | undefined;
  workPackage?: string | undefined;
}
export function listStories(db: Db, f: StoryFilter, query: ListQuery<StorySort>) {
  let qb = storyBase(db);
  if (f.publicOnly) qb = qb.where('s.consent_level', '<>', 'internal');
  if (f.kind) qb = qb.where('s.kind', '=', f.kind);
  if (f.consentLevel) qb = qb.where('s.consent_level', '=', f.consentLevel);
  if (f.partner) qb = qb.where('p.slug', '=', f.partner);
  if (f.workPackage) qb = qb.where('w.slug', '=', f.workPackage);
  if (query.q) {
    const p = likePattern(query.q);
    qb = qb.where((eb) => eb.or([eb('s.title', 'ilike', p), eb('s.body', 'ilike', p)]));
  }
  return paginate(qb, query, { createdAt: 's.created_at', title: 's.title' }, 's.id');
}

export const findStory = (db: Db, id: string) => storyBase(db).where('s.id', '=', id).executeTakeFirst();

export interface StoryColumns {
  kind: string;
  title: string;
  body: string;
  person_name: string | null;
  consent_level: string;
  work_package_id: string | null;
}

export const insertStory = (db: Db, s: StoryColumns & { partner_id: string; created_by: string | null }) =>
  cdb(db).insertInto('stories').values(s).returning('id').executeTakeFirstOrThrow();

/** Applies an edit if the version still matches; false when someone else changed the story first. */
export async function updateStory(db: Db, id: string, version: number, s: Partial<StoryColumns>) {
  const r = await cdb(db)
    .updateTable('stories')
    .set({ ...s, version: sql`version + 1`, updated_at: new Date() })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

const championBase = (db: Db) =>
  cdb(db)
    .selectFrom('champions as c')
    .innerJoin('partners as p', 'p.id', 'c.partner_id')
    .leftJoin('work_packages as w', 'w.id', 'c.work_package_id')
    .select(['c.id', 'c.name', 'c.description', 'c.since', 'c.created_at'])
    .select(['p.slug as p_slug', 'p.name as p_name', 'w.slug as wp_slug', 'w.code as wp_code', 'w.name as wp_name']);
export type ChampionRow = NonNullable<Awaited<ReturnType<typeof findChampion>>>;

export type ChampionSort = 'name' | 'since';
export function listChampions(
  db: Db,
  f: { partner?: string | undefined; workPackage?: string | undefined },
  query: ListQuery<ChampionSort>,
) {
  let qb = championBase(db);
  if (f.partner) qb = qb.where('p.slug', '=', f.partner);
  if (f.workPackage) qb = qb.where('w.slug', '=', f.workPackage);
  if (query.q) {
    const p = likePattern(query.q);
    qb = qb.where((eb) => eb.or([eb('c.name', 'ilike', p), eb('c.description', 'ilike', p)]));
  }
  return paginate(qb, query, { name: 'c.name', since: 'c.since' }, 'c.id');
}

export const findChampion = (db: Db, id: string) => championBase(db).where('c.id', '=', id).executeTakeFirst();

export const insertChampion = (
  db: Db,
  c: { name: string; description: string; partner_id: string; work_package_id: string | null },
) => cdb(db).insertInto('champions').values(c).returning('id').executeTakeFirstOrThrow();
