import { likePattern, paginate } from '../../db/paging';
import type { Db } from '../../db/tx';
import type { ListQuery } from '../../lib/paging';
import { cdb } from './activity.tables';
import { caldb } from './calendar.tables';

/** The communications calendar, stories and champions (migration 0015). */
const eventBase = (db: Db) =>
  caldb(db)
    .selectFrom('comms_events as e')
    .innerJoin('partners as p', 'p.id', 'e.partner_id')
    .leftJoin('work_packages as w', 'w.id', 'e.work_package_id')
    .select(['e.id', 'e.title', 'e.description', 'e.starts_at', 'e.ends_at', 'e.location', 'e.public'])
    .select(['e.kind', 'e.capacity', 'e.speakers', 'e.topics'])
    .select(['p.id as p_id', 'p.slug as p_slug', 'p.name as p_name', 'w.code as wp_code', 'w.name as wp_name'])
    .select((eb) =>
      eb
        .selectFrom('event_registrations as r')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('r.event_id', '=', 'e.id')
        .as('registered'),
    );
export type EventRow = Awaited<ReturnType<typeof listEvents>>['items'][number];

export type EventSort = 'startsAt';
export interface EventFilter {
  from?: Date | undefined;
  to?: Date | undefined;
  workPackageId?: string | undefined;
  publicOnly?: boolean | undefined;
  kind?: string | undefined;
}
export function listEvents(db: Db, f: EventFilter, query: ListQuery<EventSort>) {
  let qb = eventBase(db);
  if (f.from) qb = qb.where('e.starts_at', '>=', f.from);
  if (f.to) qb = qb.where('e.starts_at', '<', f.to);
  if (f.workPackageId) qb = qb.where('e.work_package_id', '=', f.workPackageId);
  if (f.publicOnly) qb = qb.where('e.public', '=', true);
  if (f.kind) qb = qb.where('e.kind', '=', f.kind);
  if (query.q) qb = qb.where('e.title', 'ilike', likePattern(query.q));
  return paginate(qb, query, { startsAt: 'e.starts_at' }, 'e.id');
}

export const getEvent = (db: Db, id: string) => eventBase(db).where('e.id', '=', id).executeTakeFirst();

export const insertEvent = (
  db: Db,
  e: {
    title: string;
    description: string;
    starts_at: Date;
    ends_at: Date;
    location: string;
    partner_id: string;
    work_package_id: string | null;
    public: boolean;
    created_by: string | null;
    kind: string;
    capacity: number | null;
    speakers: string[];
    topics: string[];
  },
) => caldb(db).insertInto('comms_events').values(e).returning('id').executeTakeFirstOrThrow();

const storyBase = (db: Db) =>
  cdb(db)
    .selectFrom('stories as s')
    .innerJoin('partners as p', 'p.id', 's.partner_id')
    .select(['s.id', 's.kind', 's.title', 's.body', 's.person_name', 's.consent_level', 's.created_at'])
    .select(['p.id as p_id', 'p.slug as p_slug', 'p.name as p_name']);
export type StoryRow = Awaited<ReturnType<typeof listStories>>['items'][number];

export type StorySort = 'createdAt' | 'title';
export function listStories(
  db: Db,
  f: { publicOnly: boolean; kind?: string | undefined; consentLevel?: string | undefined },
  query: ListQuery<StorySort>,
) {
  let qb = storyBase(db);
  if (f.publicOnly) qb = qb.where('s.consent_level', '<>', 'internal');
  if (f.kind) qb = qb.where('s.kind', '=', f.kind);
  if (f.consentLevel) qb = qb.where('s.consent_level', '=', f.consentLevel);
  if (query.q) qb = qb.where('s.title', 'ilike', likePattern(query.q));
  return paginate(qb, query, { createdAt: 's.created_at', title: 's.title' }, 's.id');
}

export const insertStory = (
  db: Db,
  s: {
    kind: string;
    title: string;
    body: string;
    person_name: string | null;
    consent_level: string;
    partner_id: string;
    work_package_id: string | null;
    created_by: string | null;
  },
) => cdb(db).insertInto('stories').values(s).returning('id').executeTakeFirstOrThrow();

export const listChampions = (db: Db) =>
  cdb(db)
    .selectFrom('champions as c')
    .innerJoin('partners as p', 'p.id', 'c.partner_id')
    .leftJoin('work_packages as w', 'w.id', 'c.work_package_id')
    .select(['c.id', 'c.name', 'c.description', 'c.since', 'p.slug as p_slug', 'p.name as p_name', 'w.code as wp_code'])
    .orderBy('c.name')
    .execute();

export const insertChampion = (
  db: Db,
  c: { name: string; description: string; partner_id: string; work_package_id: string | null },
) => cdb(db).insertInto('champions').values(c).returning('id').executeTakeFirstOrThrow();
