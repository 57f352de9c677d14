import type { Deps } from '../../deps';
import { inTransaction } from '../../db/tx';
import type { RequestContext } from '../../http/context';
import { AppError, notFound } from '../../http/errors';
import { isUuid } from '../../lib/ids';
import { recordAudit } from '../privacy/privacy.service';
import { invalidField, unknownRef } from './coordination.errors';
import { eventCalendar } from './calendar.ics';
import { getEvent } from './calendar.repo';
import * as repo from './calendar.registrations.repo';
import { scheduleEventReminders } from './calendar.reminders';
import { toEventView, type CalendarEventView } from './calendar.service';

/** Registration and attendance for calendar events (network meetings, workshops, awareness days...). */
const organisers = new Set(['programme_admin', 'work_package_lead', 'partner_member']);
const isOrganiser = (ctx: RequestContext) => !!ctx.actor && organisers.has(ctx.actor.role);

export interface RegistrationView {
  id: string;
  name: string;
  email: string;
  language: string;
  attended: boolean | null;
  registeredAt: string;
}

async function eventRow(deps: Deps, ctx: RequestContext, id: string) {
  const row = isUuid(id) ? await getEvent(deps.db, id) : undefined;
  // a private event is the partnership's: visible to anyone signed in, never to the public
  if (!row || (!row.public && !ctx.actor)) throw notFound('Event');
  return row;
}

export async function getEventDetail(
  deps: Deps,
  ctx: RequestContext,
  id: string,
): Promise<CalendarEventView & { registrations: RegistrationView[]; mine: RegistrationView | null }> {
  const row = await eventRow(deps, ctx, id);
  const regs = (await repo.registrationsOf(deps.db, id)).map((r) => ({
    id: r.id,
    name: r.name,
    email: r.email,
    language: r.language,
    attended: r.attended,
    registeredAt: r.registered_at.toISOString(),
    userId: r.user_id,
  }));
  const strip = ({ userId: _, ...r }: (typeof regs)[number]) => r;
  const mine = regs.find((r) => r.userId === ctx.actor?.userId || r.email === ctx.actor?.email);
  return {
    ...toEventView(row),
    registrations: isOrganiser(ctx) ? regs.map(strip) : [],
    mine: mine ? strip(mine) : null,
  };
}

export interface NewRegistration {
  name?: string | undefined;
  email?: string | undefined;
  language?: string | undefined;
  enterprise?: string | undefined;
}

/** Registers the signed-in person (or, for an organiser, someone named); never past the event's capacity. */
export async function register(deps: Deps, ctx: RequestContext, eventId: string, input: NewRegistration) {
  if (!ctx.actor) throw new AppError('unauthenticated');
  const forSomeoneElse = input.email !== undefined && input.email.toLowerCase() !== ctx.actor.email.toLowerCase();
  if (forSomeoneElse && !isOrganiser(ctx)) throw invalidField('body.email', 'you can only register yourself');
  if (forSomeoneElse && !input.name) throw invalidField('body.name', 'name the person you register');
  const me = forSomeoneElse ? undefined : await repo.person(deps.db, ctx.actor.userId);
  const row = await eventRow(deps, ctx, eventId);
  const id = await inTransaction(deps.db, async (trx) => {
    const event = await repo.lockEvent(trx, eventId);
    if (!event) throw notFound('Event');
    if (event.starts_at <= new Date()) throw unknownRef('params.id', 'this event has already started');
    const taken = await repo.countRegistrations(trx, eventId);
    if (event.capacity !== null && taken >= event.capacity)
      throw new AppError('conflict', `${event.title} is full (${event.capacity} of ${event.capacity} places taken)`, {
        errors: [{ path: 'capacity', message: `at most ${event.capacity}` }],
      });
    const created = await repo.insertRegistration(trx, {
      event_id: eventId,
      user_id: forSomeoneElse ? null : ctx.actor!.userId,
      name: (input.name ?? me?.display_name ?? '').trim() || ctx.actor!.email,
      email: (input.email ?? me?.email ?? ctx.actor!.email).toLowerCase(),
      language: input.language ?? me?.locale?.split('-')[0] ?? 'en',
      enterprise_id: input.enterprise ?? null,
    });
    if (!created) throw new AppError('conflict', 'Already registered for this event');
    await scheduleEventReminders(trx, eventId, created.id, row.starts_at);
    await recordAudit(trx, ctx, { action: 'calendar.register', entity: 'comms_event', entityId: eventId });
    return created.id;
  });
  return { id };
}

/** Marks who came; every registration named must belong to the event. */
export async function recordEventAttendance(
  deps: Deps,
  ctx: RequestContext,
  eventId: string,
  attendance: { registration: string; attended: boolean }[],
) {
  await eventRow(deps, ctx, eventId);
  await inTransaction(deps.db, async (trx) => {
    for (const [i, a] of attendance.entries())
      if (!(await repo.setAttended(trx, eventId, a.registration, a.attended)))
        throw unknownRef(`body.attendance.${i}.registration`, 'not a registration for this event');
    await recordAudit(trx, ctx, { action: 'calendar.attendance', entity: 'comms_event', entityId: eventId });
  });
  return getEventDetail(deps, ctx, eventId);
}

/** One event as an .ics file: public events for anyone, the partnership's own for people signed in. */
export async function eventIcs(deps: Deps, ctx: RequestContext, id: string): Promise<string> {
  return eventCalendar(await eventRow(deps, ctx, id));
}
