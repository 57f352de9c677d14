import { likePattern, paginate } from '../../db/paging';
import type { Db } from '../../db/tx';
import type { ListQuery } from '../../lib/paging';
import { caldb } from './calendar.tables';

/** The communications calendar (migration 0015); stories and champions live in stories.repo.ts. */
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
