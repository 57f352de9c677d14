import ical from 'ical-generator';
import type { Deps } from '../../deps';
import { inTransaction } from '../../db/tx';
import type { RequestContext } from '../../http/context';
import { partnerScope } from '../../http/policy';
import type { ListQuery, Page } from '../../lib/paging';
import { getPartner } from '../identity/identity.directory.service';
import { recordAudit } from '../privacy/privacy.service';
import { recordActivity } from './activity.service';
import * as repo from './calendar.repo';
import type { EventKind } from './calendar.tables';
import { invalidField, unknownRef } from './coordination.errors';
import { workPackageId } from './work-packages.service';

/** The communications calendar: events shared across work packages; public ones feed an iCalendar. */
export interface CalendarEventView {
  id: string;
  title: string;
  description: string;
  startsAt: string;
  endsAt: string;
  location: string;
  public: boolean;
  partner: { id: string; slug: string; name: string };
  workPackage: { code: string; name: string } | null;
  kind: string;
  capacity: number | null;
  speakers: string[];
  topics: string[];
  registered: number;
}

export const toEventView = (r: repo.EventRow): CalendarEventView => ({
  id: r.id,
  title: r.title,
  description: r.description,
  startsAt: r.starts_at.toISOString(),
  endsAt: r.ends_at.toISOString(),
  location: r.location,
  public: r.public,
  partner: { id: r.p_id, slug: r.p_slug, name: r.p_name },
  workPackage: r.wp_code ? { code: r.wp_code, name: r.wp_name ?? '' } : null,
  kind: r.kind,
  capacity: r.capacity,
  speakers: r.speakers,
  topics: r.topics,
  registered: Number(r.registered ?? 0),
});

export async function listCalendar(
  deps: Deps,
  query: ListQuery<repo.EventSort> & {
    from?: string | undefined;
    to?: string | undefined;
    workPackage?: string | undefined;
    kind?: string | undefined;
    public?: boolean | undefined;
  },
): Promise<Page<CalendarEventView>> {
  const filter = {
    from: query.from ? new Date(query.from) : undefined,
    to: query.to ? new Date(query.to) : undefined,
    workPackageId: query.workPackage
      ? await workPackageId(deps, query.workPackage, 'querystring.workPackage')
      : undefined,
    kind: query.kind,
    publicOnly: query.public,
  };
  const { items, total } = await repo.listEvents(deps.db, filter, query);
  return { items: items.map(toEventView), page: query.page, pageSize: query.pageSize, total };
}

export interface NewCalendarEvent {
  title: string;
  description?: string | undefined;
  startsAt: string;
  endsAt: string;
  location?: string | undefined;
  public?: boolean | undefined;
  workPackage?: string | undefined;
  partner?: string | undefined;
  kind?: EventKind | undefined;
  capacity?: number | undefined;
  speakers?: string[] | undefined;
  topics?: string[] | undefined;
}

export async function createCalendarEvent(deps: Deps, ctx: RequestContext, input: NewCalendarEvent) {
  const startsAt = new Date(input.startsAt);
  const endsAt = new Date(input.endsAt);
  if (endsAt <= startsAt) throw invalidField('body.endsAt', 'an event must end after it starts');
  let partnerId = ctx.actor?.partnerId;
  if (input.partner) {
    const p = await getPartner(deps, input.partner).catch(() => {
      throw unknownRef('body.partner', `no partner ${input.partner}`);
    });
    if (ctx.actor && partnerScope(ctx.actor, 'calendar.manage').kind !== 'all' && p.id !== ctx.actor.partnerId)
      throw invalidField('body.partner', 'you can only add events for your own partner');
    partnerId = p.id;
  }
  if (!partnerId) throw invalidField('body.partner', 'name the partner holding the event');
  const wpId = input.workPackage ? await workPackageId(deps, input.workPackage, 'body.workPackage') : null;
  return inTransaction(deps.db, async (trx) => {
    const { id } = await repo.insertEvent(trx, {
      title: input.title,
      description: input.description ?? '',
      starts_at: startsAt,
      ends_at: endsAt,
      location: input.location ?? '',
      partner_id: partnerId,
      work_package_id: wpId,
      public: input.public ?? false,
      created_by: ctx.actor?.userId ?? null,
      kind: input.kind ?? 'event',
      capacity: input.capacity ?? null,
      speakers: input.speakers ?? [],
      topics: input.topics ?? [],
    });
    await recordAudit(trx, ctx, { action: 'calendar.create', entity: 'comms_event', entityId: id, partnerId });
    await recordActivity(trx, {
      kind: 'event',
      partnerId,
      workPackageId: wpId,
      subject: { type: 'comms_event', id },
      summary: `Event: ${input.title}`,
      visibility: input.public ? 'public' : 'partners',
      actorUserId: ctx.actor?.userId,
    });
    return { id };
  });
}

/** The public iCalendar feed: public events only, from a month ago on. */
export async function publicCalendarFeed(deps: Deps, programme: string): Promise<string> {
  const from = new Date(Date.now() - 31 * 86_400_000);
  const { items } = await repo.listEvents(
    deps.db,
    { from, publicOnly: true },
    { page: 1, pageSize: 500, sort: 'startsAt' },
  );
  const calendar = ical({
    prodId: { company: 'USE-IT', product: 'platform', language: 'EN' },
    name: `${programme} events`,
  });
  for (const e of items)
    calendar.createEvent({
      id: `${e.id}@useit`,
      start: e.starts_at,
      end: e.ends_at,
      summary: e.title,
      description: e.description,
      location: e.location || null,
      categories: [{ name: e.p_name }, { name: e.kind }],
    });
  return calendar.toString();
}
